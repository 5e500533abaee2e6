// trustdesk-cli backup FILE / restore FILE.
#include "clicontext.h"
#include "exitcode.h"
#include "storage/backup.h"

#include <QCoreApplication>

namespace td::cli {
namespace {


QString singleFile(CliContext &context, QCommandLineParser &parser, const QString &command,
                   const QStringList &args, int &code)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("trustdesk-cli", "the backup file"));
    code = context.parse(parser, command, args);
    if (code >= 0)
        return {};
    if (parser.positionalArguments().size() != 1) {
        code = context.usage(parser, QCoreApplication::translate("trustdesk-cli", "%1 needs exactly one FILE.").arg(command));
        return {};
    }
    return parser.positionalArguments().constFirst();
}

int runBackup(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli", "Write a consistent copy of the database to FILE (safe while TrustDesk is "
                                        "open). FILE must not exist yet."));
    int code = -1;
    const QString file = singleFile(context, parser, QStringLiteral("backup"), args, code);
    if (code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return ExitBadInput;
    if (auto s = Backup::create(*db, file); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("trustdesk-cli", "Backup written and verified: %1").arg(file) << Qt::endl;
    return ExitOk;
}

int runRestore(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli", "Replace the database's contents with the backup FILE. The backup is verified "
                                        "first; a file that does not verify is refused and nothing changes."));
    int code = -1;
    const QString file = singleFile(context, parser, QStringLiteral("restore"), args, code);
    if (code >= 0)
        return code;
    if (auto s = Backup::verifyFile(file); !s)
        return context.fail(s.error());
    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ExitBadInput;
    if (auto s = Backup::restore(*db, file); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("trustdesk-cli", "Restored from %1 into %2").arg(file, db->path()) << Qt::endl;
    return ExitOk;
}

const CommandRegistrar backupRegistrar({"backup", QT_TRANSLATE_NOOP("Command", "write a consistent, verified copy of the database"), runBackup});
const CommandRegistrar restoreRegistrar({"restore", QT_TRANSLATE_NOOP("Command", "replace the database with a verified backup"), runRestore});

} // namespace
} // namespace td::cli
