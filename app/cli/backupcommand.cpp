// trustdesk-cli backup FILE / restore FILE.
#include "clicontext.h"
#include "common/ownerfolder.h"
#include "crypto/vaultkeyfile.h"
#include "exitcode.h"
#include "officebackup.h"
#include "storage/backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

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
        "a missing or changed file stops the backup with exit code 3 and nothing is left behind. "
        "Of an office database (a postgresql:// URI), FILE alone holds everything, evidence "
        "included, encrypted with the office key."));
    int code = -1;
    const QString file = singleFile(context, parser, QStringLiteral("backup"), args, code);
    if (code >= 0)
        return code;
    if (Database::isServerUri(context.databasePath()))
        return backUpOffice(context, file);
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

// The key of an encrypted backup: the live vault's own when the backup is of the same vault
// (no second unlock), else unlocked from the backup's key file with the passphrase or recovery
// key given. Null after printing why (exit code in `code`).
std::optional<SecureKey> backupKey(
    CliContext &context, const QString &file, Database *db, int &code)
{
    const QString keyFile = Backup::keyFileOf(file);
    if (db && db->isEncrypted() && VaultKeyFile::holdsKey(keyFile, *db->dataKey()))
        return SecureKey::fromBytes(db->dataKey()->data());
    KeyFailure failure;
    auto key = context.keys().unlock(keyFile, failure);
    if (!key)
        code = context.fail(failure);
    return key;
}

int runRestore(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Replace the database's contents and its evidence with the backup FILE and "
        "the folder FILE.evidence beside it. The backup is verified first, every evidence file "
        "re-hashed; "
        "a backup that does not verify is refused and nothing changes. Run it while TrustDesk is "
        "closed. An encrypted backup (FILE.vault beside it) opens with the passphrase it was made "
        "with or the recovery key; it restores into an encrypted database, or onto a new path, "
        "which then opens like the backup. It is never restored into an unencrypted database. "
        "A plaintext backup restored into an encrypted database is encrypted on the way. "
        "An office backup restores into an empty office database only (a postgresql:// URI), "
        "opened with the passphrase of a login that held the office key when it was made."));
    CliContext::addNewVaultOptions(parser);
    const QCommandLineOption loginOption(QStringLiteral("login"),
        QCoreApplication::translate("trustdesk-cli",
            "office backup: whose copy of the office key opens it (default: the login of --db)"),
        QStringLiteral("login"));
    parser.addOption(loginOption);
    int code = -1;
    const QString file = singleFile(context, parser, QStringLiteral("restore"), args, code);
    if (code >= 0)
        return code;
    if (Database::isServerUri(context.databasePath()))
        return restoreOffice(context, file, parser.value(loginOption));
    if (parser.isSet(loginOption))
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "--login is for restoring an office backup into an office database."));
    const bool targetExists = QFileInfo::exists(context.databasePath());
    const bool backupEncrypted = Backup::isEncrypted(file);
    const auto notRestored = [&context, &file](const Error &error) {
        return context.fail(Error {error.kind,
            QCoreApplication::translate(
                "trustdesk-cli", "\"%1\" was not restored; nothing changed. %2")
                .arg(QFileInfo(file).fileName(), error.message)});
    };
    if (targetExists && backupEncrypted
        && !QFileInfo::exists(
            VaultKeyFile::pathFor(QFileInfo(context.databasePath()).absoluteFilePath())))
        return notRestored(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "The backup is encrypted and this database is not, so its cases would be written "
                "unencrypted. Restore it to a new path with --db, or run `trustdesk-cli encrypt` "
                "on this database first.")});

    Database *db = nullptr;
    if (targetExists) {
        db = context.database(Database::OpenMode::ExistingOnly);
        if (!db)
            return context.openFailed();
    }
    std::optional<SecureKey> key;
    if (backupEncrypted) {
        key = backupKey(context, file, db, code);
        if (!key)
            return code;
    }
    if (auto s = Backup::verifyFile(file, {}, key ? &*key : nullptr); !s)
        return notRestored(s.error());
    if (!targetExists) {
        // A new path: an encrypted backup becomes a vault with a copy of the backup's key file
        // (same passphrase, same recovery key); a plaintext one a new vault unless --unencrypted.
        const QString keyFile
            = VaultKeyFile::pathFor(QFileInfo(context.databasePath()).absoluteFilePath());
        if (backupEncrypted) {
            makeOwnerOnlyPath(QFileInfo(keyFile).absolutePath());
            if (!QFile::copy(Backup::keyFileOf(file), keyFile))
                return notRestored(Error {ErrorKind::Io,
                    QCoreApplication::translate(
                        "trustdesk-cli", "The key file could not be copied beside %1.")
                        .arg(context.databasePath())});
            QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            context.useVaultKey(SecureKey::fromBytes(key->data()));
        }
        db = context.database(Database::OpenMode::CreateIfMissing);
        if (!db) {
            if (backupEncrypted)
                QFile::remove(keyFile);
            return context.openFailed();
        }
    }
    if (auto s = Backup::restore(*db, file, {}, key ? &*key : nullptr); !s)
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
