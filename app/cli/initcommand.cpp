// trustdesk-cli init: create or migrate the database.
#include "clicontext.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runInit(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Command",
        "Create the database, or bring an existing one to the current schema. A new database is "
        "encrypted: its passphrase comes from --passphrase-file (or the file named by "
        "TRUSTDESK_PASSPHRASE_FILE, or is asked twice on the terminal), and its recovery key is "
        "shown once or written to --recovery-key-out."));
    CliContext::addNewVaultOptions(parser);
    if (const int code = context.parse(parser, QStringLiteral("init"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "init takes no arguments."));
    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return context.openFailed();
    context.out() << QCoreApplication::translate("trustdesk-cli", "Database ready: %1 (schema %2)")
                         .arg(db->path())
                         .arg(db->schemaVersion())
                  << Qt::endl;
    if (!db->isEncrypted() && db->dialect() == SqlDialect::Sqlite)
        context.out() << QCoreApplication::translate("trustdesk-cli",
            "This database is not encrypted: anyone with the file can read it. "
            "`trustdesk-cli encrypt` makes it a vault.")
                      << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar(
    {"init", QT_TRANSLATE_NOOP("Command", "create or migrate the database"), runInit});

} // namespace
} // namespace td::cli
