// trustdesk-cli backup FILE / restore FILE.
#include "clicontext.h"
#include "exitcode.h"
#include "storage/backup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace td::cli {
namespace {

QString singleFile(CliContext &context, QCommandLineParser &parser, const QString &command,
    const QStringList &args, int &code)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("trustdesk-cli", "the backup file"));
    code = context.parse(parser, command, args);
    if (code >= 0)
        return {};
    if (parser.positionalArguments().size() != 1) {
        code = context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "%1 needs exactly one FILE.")
                .arg(command));
        return {};
    }
    return parser.positionalArguments().constFirst();
}

int runBackup(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Write a consistent copy of the database to FILE and of its evidence to the "
        "folder FILE.evidence beside it (safe while TrustDesk is open); together they are an "
        "openable "
        "TrustDesk database. Neither may exist yet. Every evidence file is re-hashed while it is "
        "copied: "
        "a missing or changed file stops the backup with exit code 3 and nothing is left behind."));
    int code = -1;
    const QString file = singleFile(context, parser, QStringLiteral("backup"), args, code);
    if (code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    if (auto s = Backup::create(*db, file); !s)
        return context.fail(s.error());
    context.out()
        << QCoreApplication::translate("trustdesk-cli", "Backup written and verified: %1").arg(file)
        << Qt::endl
        << QCoreApplication::translate(
               "trustdesk-cli", "Its evidence is in %1; keep the two together.")
               .arg(Backup::evidenceFolder(file))
        << Qt::endl;
    return ExitOk;
}

int runRestore(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Replace the database's contents and its evidence with the backup FILE and "
        "the folder FILE.evidence beside it. The backup is verified first, every evidence file "
        "re-hashed; "
        "a backup that does not verify is refused and nothing changes. Run it while TrustDesk is "
        "closed."));
    int code = -1;
    CliContext::addNewVaultOptions(parser);
    const QString file = singleFile(context, parser, QStringLiteral("restore"), args, code);
    if (code >= 0)
        return code;
    if (auto s = Backup::verifyFile(file); !s)
        return context.fail(Error {s.error().kind,
            QCoreApplication::translate(
                "trustdesk-cli", "\"%1\" was not restored; nothing changed. %2")
                .arg(QFileInfo(file).fileName(), s.error().message)});
    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return context.openFailed();
    if (auto s = Backup::restore(*db, file); !s)
        return context.fail(s.error());
    context.out() << QCoreApplication::translate("trustdesk-cli", "Restored from %1 into %2")
                         .arg(file, db->path())
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar backupRegistrar({"backup",
    QT_TRANSLATE_NOOP(
        "Command", "write a consistent, verified copy of the database and its evidence"),
    runBackup});
const CommandRegistrar restoreRegistrar({"restore",
    QT_TRANSLATE_NOOP("Command", "replace the database and its evidence with a verified backup"),
    runRestore});

} // namespace
} // namespace td::cli
