#include "backup.h"

#include "auditcarryover.h"
#include "auditlog.h"
#include "common/appinfo.h"
#include "common/logging.h"
#include "crypto/vaultkeyfile.h"
#include "database.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencestorecopy.h"
#include "evidencerepository.h"
#include "filemoves.h"
#include "migrations.h"
#include "sqlitecopy.h"
#include "vaultconversion.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <utility>

#include <unistd.h>

namespace td::Backup {
namespace {

// A removal of evidence while the backup copies the files can take a file the copied rows still
// hold; the backup then starts again from a newer snapshot, a few times at most.
constexpr int kAttempts = 3;

Result<std::unique_ptr<Database>> openReadOnly(const QString &file, const SecureKey *key)
{
    return key ? Database::open(file, Database::OpenMode::ReadOnly, *key)
               : Database::open(file, Database::OpenMode::ReadOnly);
}

Status verifyDatabase(const QString &source, const SecureKey *key)
{
    auto opened = openReadOnly(source, key);
    if (!opened)
        return opened.error();
    auto problems = Verifier(**opened).run();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error {ErrorKind::Integrity, problems->join(QLatin1Char('\n'))};
    return {};
}

Result<QList<StoredEvidence>> storedRowsOf(const QString &databaseFile, const SecureKey *key)
{
    auto opened = openReadOnly(databaseFile, key);
    if (!opened)
        return opened.error();
    return EvidenceStoreCopy::storedRows(**opened);
}

// True when the live database holds none of these files any more: they were removed after the
// snapshot was taken, not lost from the store.
bool removedSinceSnapshot(Database &db, const QStringList &sha256s)
{
    EvidenceRepository rows(db);
    for (const auto &sha : sha256s) {
        const auto stored = rows.isHashStored(sha);
        if (!stored || stored.value())
            return false;
    }
    return true;
}

Error evidenceProblems(const QString &sentence, const EvidenceCopyReport &report)
{
    return Error {ErrorKind::Integrity,
        sentence + QLatin1Char('\n') + report.problems.join(QLatin1Char('\n'))};
}

Error backupCancelled()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("Backup", "The backup was canceled; nothing was written.")};
}

Error restoreCancelled()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("Backup", "The restore was canceled; nothing was changed.")};
}

Error encryptedBackupNeedsKey()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("Backup",
            "This backup is encrypted: it opens only with the passphrase it was made with, or the "
            "recovery key.")};
}

Error alreadyExists(const QString &path)
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate(
            "Backup", "\"%1\" already exists; choose a new file name for the backup.")
            .arg(path)};
}

// Where restore copies the pages from: the backup itself, or (a plaintext backup into a vault)
// an encrypted copy of it made beside the database first, removed when this goes.
struct RestorePages
{
    QString file;
    const SecureKey *key = nullptr;
    QString staged;
    RestorePages() = default;
    RestorePages(RestorePages &&other) noexcept
        : file(std::move(other.file))
        , key(other.key)
        , staged(std::exchange(other.staged, QString()))
    { }
    RestorePages &operator=(RestorePages &&) = delete;
    RestorePages(const RestorePages &) = delete;
    RestorePages &operator=(const RestorePages &) = delete;
    ~RestorePages()
    {
        if (staged.isEmpty())
            return;
        for (const char *suffix : {"-wal", "-shm", ""})
            QFile::remove(staged + QLatin1String(suffix));
    }
};

Result<RestorePages> pagesToRestore(Database &db, const QString &source, const SecureKey *sourceKey)
{
    RestorePages pages;
    pages.file = source;
    pages.key = sourceKey;
    if (!db.isEncrypted() || sourceKey)
        return pages;
    QByteArray name = QFile::encodeName(db.path() + QStringLiteral(".restoring-XXXXXX"));
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "Backup", "the backup cannot be encrypted beside the database: %1")
                .arg(qt_error_string(errno))};
    ::close(fd);
    const QString staged = QFile::decodeName(name);
    QFile::remove(staged); // copyFileToVault makes it anew, owner-only
    if (auto s = VaultConversion::copyFileToVault(source, staged, *db.dataKey()); !s)
        return s.error();
    pages.file = pages.staged = staged;
    pages.key = db.dataKey();
    return pages;
}

/// The keys of a backup's evidence store: sealed under the backup's vault key, or plaintext.
EvidenceKeys evidenceKeysOf(const SecureKey *vaultKey)
{
    if (!vaultKey)
        return EvidenceKeys();
    return EvidenceKeys::sealed(
        vaultKey->derive(KeyPurpose::EvidenceContent), vaultKey->derive(KeyPurpose::EvidenceNames));
}

/// Whether two vault keys are the same key (both null: both plaintext).
bool sameVaultKey(const SecureKey *a, const SecureKey *b)
{
    if (!a || !b)
        return !a && !b;
    return sodium_memcmp(a->data(), b->data(), SecureKey::kSize) == 0;
}

enum class Attempt
{
    Written,
    StartAgain
};

// One try at writing the backup: the database under FILE.partial, its evidence in a new folder
// FILE.evidence.partial-XXXXXX, both checked, then renamed into place (the evidence first, so a
// FILE in place always has its evidence beside it).
Result<Attempt> writeOnce(Database &db, const QString &target, const BackupProgress &progress)
{
    const QString temp = target + QStringLiteral(".partial");
    QFile::remove(temp); // left over from an interrupted backup to the same name
    auto discardDatabase = qScopeGuard([&temp] { QFile::remove(temp); });
    if (!progress.enter(BackupStep::CopyingDatabase))
        return backupCancelled();
    if (auto s = SqliteCopy::toNewFile(db, temp); !s)
        return s.error();
    if (!progress.enter(BackupStep::CheckingDatabase))
        return backupCancelled();
    if (auto s = verifyDatabase(temp, db.dataKey()); !s)
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "Backup", "The backup did not verify, so it was discarded: %1")
                .arg(s.error().message)};
    const auto rows = storedRowsOf(temp, db.dataKey());
    if (!rows)
        return rows.error();

    // A name of its own, so nothing that was there before is ever deleted.
    QByteArray tempStoreName
        = QFile::encodeName(evidenceFolder(target) + QStringLiteral(".partial-XXXXXX"));
    if (!::mkdtemp(tempStoreName.data()))
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "Backup", "The backup's evidence folder could not be created: %1")
                .arg(qt_error_string(errno))};
    const QString tempStore = QFile::decodeName(tempStoreName);
    auto discardStore = qScopeGuard([&tempStore] { FileMoves::removeTree(tempStore); });
    if (!progress.enter(BackupStep::CopyingEvidence))
        return backupCancelled();
    // A vault's sealed files are copied as they are (and checked by decrypting them).
    const auto copied = EvidenceStoreCopy::copy(rows.value(), EvidenceKeys::of(db),
        EvidenceStore::rootFor(db.path()), tempStore, progress.bytes);
    if (!copied)
        return Error {copied.error().kind,
            QCoreApplication::translate("Backup", "The backup was not written: %1")
                .arg(copied.error().message)};
    if (!copied->ok()) {
        if (copied->changed.isEmpty() && removedSinceSnapshot(db, copied->missing))
            return Attempt::StartAgain;
        return evidenceProblems(
            QCoreApplication::translate("Backup",
                "The backup was not written, because evidence files in the store are missing or "
                "have changed (run verify to check the whole store):"),
            copied.value());
    }

    // An encrypted backup opens with a copy of the vault's key file, as it is today.
    const QString tempKey = keyFileOf(temp);
    auto discardKey = qScopeGuard([&tempKey] { QFile::remove(tempKey); });
    if (db.isEncrypted()) {
        QFile::remove(tempKey);
        if (!QFile::copy(VaultKeyFile::pathFor(db.path()), tempKey) || !FileMoves::sync(tempKey))
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "Backup", "The backup was not written: the key file could not be copied.")};
        QFile::setPermissions(tempKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    if (!progress.enter(BackupStep::Finishing))
        return backupCancelled();
    const QString targetStore = evidenceFolder(target);
    if (!FileMoves::renameNoReplace(tempStore, targetStore))
        return errno == EEXIST
            ? alreadyExists(targetStore)
            : Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The backup could not be moved into place.")};
    // The key file before the database, so a FILE in place always has its key beside it.
    if (db.isEncrypted() && !FileMoves::renameNoReplace(tempKey, keyFileOf(target))) {
        const int error = errno;
        FileMoves::removeTree(targetStore);
        return error == EEXIST
            ? alreadyExists(keyFileOf(target))
            : Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The backup could not be moved into place.")};
    }
    if (!FileMoves::renameNoReplace(temp, target)) {
        const int error = errno;
        FileMoves::removeTree(
            targetStore); // placed a moment ago by this backup, without its database
        if (db.isEncrypted())
            QFile::remove(keyFileOf(target));
        return error == EEXIST
            ? alreadyExists(target)
            : Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The backup could not be moved into place.")};
    }
    discardDatabase.dismiss();
    discardStore.dismiss();
    discardKey.dismiss();
    FileMoves::sync(QFileInfo(target).absolutePath());
    qCInfo(lcStorage) << "backup written with" << copied->files << "evidence files";
    return Attempt::Written;
}

} // namespace

QString evidenceFolder(const QString &backupFile)
{
    return EvidenceStore::rootFor(backupFile);
}

QString keyFileOf(const QString &backupFile)
{
    return VaultKeyFile::pathFor(QFileInfo(backupFile).absoluteFilePath());
}

bool isEncrypted(const QString &backupFile)
{
    return FileMoves::existsNoFollow(keyFileOf(backupFile));
}

Status create(Database &db, const QString &destination, const BackupProgress &progress)
{
    const QFileInfo dest(destination);
    if (FileMoves::existsNoFollow(dest.absoluteFilePath()))
        return alreadyExists(dest.filePath());
    if (FileMoves::existsNoFollow(keyFileOf(dest.absoluteFilePath())))
        return alreadyExists(keyFileOf(dest.absoluteFilePath()));
    if (const QString store = evidenceFolder(dest.absoluteFilePath());
        FileMoves::existsNoFollow(store))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Backup",
                "\"%1\" already exists, and a backup keeps its evidence there; "
                "choose a new file name for the backup.")
                .arg(store)};
    if (!dest.absoluteDir().exists())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("Backup", "The folder \"%1\" does not exist.")
                .arg(dest.absolutePath())};

    for (int attempt = 1;; ++attempt) {
        const auto written = writeOnce(db, dest.absoluteFilePath(), progress);
        if (!written)
            return written.error();
        if (written.value() == Attempt::Written)
            break;
        if (attempt == kAttempts)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup",
                    "Evidence kept being removed while the backup ran, so it was not written. "
                    "Try again when no one is removing evidence.")};
        qCInfo(lcStorage) << "evidence removed while the backup ran; starting again";
    }

    AuditLog audit(db, currentActor());
    (void)audit.record(QStringLiteral("database.backup"), QString(), dest.fileName());
    return {};
}

Status verifyFile(const QString &source, const BackupProgress &progress, const SecureKey *sourceKey)
{
    const auto checkCancelled = [] {
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Backup", "The check of the backup was canceled.")};
    };
    if (!progress.enter(BackupStep::CheckingDatabase))
        return checkCancelled();
    if (isEncrypted(source) && !sourceKey)
        return encryptedBackupNeedsKey();
    if (auto s = verifyDatabase(source, sourceKey); !s)
        return s;
    const auto rows = storedRowsOf(source, sourceKey);
    if (!rows)
        return rows.error();
    if (!progress.enter(BackupStep::CheckingEvidence))
        return checkCancelled();
    // A vault's backup keeps its store sealed under the vault's keys; a plaintext one in the clear.
    const auto checked = EvidenceStoreCopy::copy(
        rows.value(), evidenceKeysOf(sourceKey), evidenceFolder(source), QString(), progress.bytes);
    if (!checked)
        return checked.error();
    if (!checked->ok())
        return evidenceProblems(QCoreApplication::translate("Backup",
                                    "Evidence files of the backup are missing or have changed:"),
            checked.value());
    return {};
}

Status restore(
    Database &db, const QString &source, const BackupProgress &progress, const SecureKey *sourceKey)
{
    const QString name = QFileInfo(source).fileName();
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Backup", "A database cannot be restored from itself.")};
    const auto notRestored = [&name](const Error &error) {
        return Error {error.kind,
            QCoreApplication::translate("Backup", "\"%1\" was not restored: %2")
                .arg(name, error.message)};
    };
    if (isEncrypted(source) && !sourceKey)
        return notRestored(encryptedBackupNeedsKey());
    if (sourceKey && !db.isEncrypted())
        return notRestored(Error {ErrorKind::BadInput,
            QCoreApplication::translate("Backup",
                "the backup is encrypted and this database is not, so its cases would be written "
                "unencrypted. Restore it to a new database, or encrypt this one first.")});
    if (!progress.enter(BackupStep::CheckingDatabase))
        return restoreCancelled();
    if (auto s = verifyDatabase(source, sourceKey); !s)
        return notRestored(s.error());
    const auto rows = storedRowsOf(source, sourceKey);
    if (!rows)
        return notRestored(rows.error());
    // The evidence files are copied as they are, so they must already be in this database's
    // form: sealed with its own keys (a backup of this vault), or plaintext for a plaintext one.
    const bool hasFiles = std::any_of(
        rows->cbegin(), rows->cend(), [](const StoredEvidence &row) { return row.inStore; });
    if (hasFiles && !sameVaultKey(db.dataKey(), sourceKey))
        return notRestored(Error {ErrorKind::BadInput,
            sourceKey ? QCoreApplication::translate("Backup",
                "the backup is of another encrypted database, and its evidence files "
                "are sealed with that database's keys. Restore it to a new path "
                "instead.")
                      : QCoreApplication::translate("Backup",
                          "the backup is not encrypted and holds evidence files, which would be "
                          "placed unencrypted into this encrypted database. Restore it to a new "
                          "path, then encrypt that database (trustdesk-cli encrypt).")});
    auto pages = pagesToRestore(db, source, sourceKey);
    if (!pages)
        return notRestored(pages.error());

    // The backup's store is built (and every file re-hashed) beside the live one, then swapped in.
    const QString liveStore = EvidenceStore::rootFor(db.path());
    QByteArray stagedName = QFile::encodeName(liveStore + QStringLiteral(".restoring-XXXXXX"));
    if (!::mkdtemp(stagedName.data()))
        return notRestored(Error {ErrorKind::Io,
            QCoreApplication::translate(
                "Backup", "the evidence cannot be written beside the database: %1")
                .arg(qt_error_string(errno))});
    const QString staged = QFile::decodeName(stagedName);
    auto discard = qScopeGuard([&staged] { FileMoves::removeTree(staged); });
    if (!progress.enter(BackupStep::CopyingEvidence))
        return restoreCancelled();
    // A backup of a vault has the vault's key, so the live database's keys read its store.
    const auto copied = EvidenceStoreCopy::copy(
        rows.value(), EvidenceKeys::of(db), evidenceFolder(source), staged, progress.bytes);
    if (!copied)
        return notRestored(copied.error());
    if (!copied->ok())
        return notRestored(
            evidenceProblems(QCoreApplication::translate("Backup",
                                 "evidence files of the backup are missing or have changed:"),
                copied.value()));
    if (!progress.enter(BackupStep::Replacing))
        return restoreCancelled();

    // The live audit log, so that the entries made since the backup survive it.
    const auto auditBefore = AuditCarryover::collect(db);
    if (!auditBefore)
        return notRestored(auditBefore.error());
    if (auto s = SqliteCopy::fromFile(db, pages->file, pages->key); !s)
        return s;
    // The database now holds the backup's rows: their store goes in place at once.
    if (!rows->isEmpty() || FileMoves::existsNoFollow(liveStore)) {
        const auto previous = FileMoves::replace(staged, liveStore);
        if (!previous)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup",
                    "The database was restored, but its evidence could not be put in place (%1). "
                    "Run the restore again.")
                    .arg(previous.error().message)};
        if (!previous->isEmpty() && !FileMoves::removeTree(previous.value()))
            qCWarning(lcStorage) << "the previous evidence store could not be deleted completely";
        FileMoves::sync(QFileInfo(liveStore).absolutePath());
    }
    if (auto s = Migrations::migrate(db); !s)
        return s;
    if (auto carried = AuditCarryover::carryOver(db, auditBefore.value()); !carried)
        return Error {carried.error().kind,
            QCoreApplication::translate("Backup",
                "The database was restored, but the audit entries made since the backup could "
                "not be added back to its log: %1")
                .arg(carried.error().message)};
    AuditLog audit(db, currentActor());
    (void)audit.record(QStringLiteral("database.restore"), QString(), name);
    return {};
}

} // namespace td::Backup
