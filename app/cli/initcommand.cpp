// trustdesk-cli init: create or migrate the database.
#include "clicontext.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runInit(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Command", "Create the database, or bring an existing one to the current schema."));
    if (const int code = context.parse(parser, QStringLiteral("init"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "init takes no arguments."));
    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ExitBadInput;
    context.out() << QCoreApplication::translate("trustdesk-cli", "Database ready: %1 (schema %2)")
                         .arg(db->path())
                         .arg(db->schemaVersion())
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar(
    {"init", QT_TRANSLATE_NOOP("Command", "create or migrate the database"), runInit});

} // namespace
} // namespace td::cli
