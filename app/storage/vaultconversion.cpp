#include "vaultconversion.h"

#include "common/logging.h"
#include "crypto/vaultvfs.h"
#include "database.h"
#include "filemoves.h"
#include "sqlitecompare.h"
#include "vaultkeyhold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUrl>

#include <sodium.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::VaultConversion {
namespace {

Error cancelled()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate(
            "VaultConversion", "The encryption was canceled; nothing was changed.")};
}

Error inUse()
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate("VaultConversion",
            "The database is open in TrustDesk or another program. Close it there and try again; "
            "nothing was changed.")};
}

Error failed(const QString &what)
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate("VaultConversion",
            "The database could not be encrypted (%1); the original was kept unchanged.")
            .arg(what)};
}

// One raw SQLite connection, closed when it goes.
struct Connection
{
    sqlite3 *db = nullptr;
    Connection() = default;
    ~Connection() { close(); }
    Q_DISABLE_COPY_MOVE(Connection)
    bool open(const QString &name, int flags)
    {
        return sqlite3_open_v2(
                   QFile::encodeName(name).constData(), &db, flags | SQLITE_OPEN_URI, nullptr)
            == SQLITE_OK;
    }
    void close()
    {
        if (db)
            sqlite3_close(db);
        db = nullptr;
    }
    bool exec(const char *sql) const
    {
        return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    // The first column of the first row of `sql`, as text.
    QByteArray value(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        QByteArray out;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            out = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        return out;
    }
};

void removeVaultFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", ""})
        QFile::remove(path + QLatin1String(suffix));
}

bool createEmptyOwnerOnly(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// A file: URI that opens the plaintext file `path` read-only through SQLite's default VFS, to be
// attached to a connection on the vault VFS.
QByteArray plaintextUri(const QString &path)
{
    sqlite3_vfs *plain = sqlite3_vfs_find(nullptr);
    return QUrl::fromLocalFile(path).toEncoded()
        + "?mode=ro&vfs=" + (plain ? plain->zName : "unix");
}

QByteArray quoted(const QByteArray &name)
{
    QByteArray out = name;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

// Runs `sql` on `db`; false (and a warning naming only the statement kind) when it fails.
bool run(sqlite3 *db, const QByteArray &sql)
{
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    qCWarning(lcStorage) << "vault copy step failed:" << sql.left(40) << sqlite3_errmsg(db);
    return false;
}

// Rows of text columns from `sql`.
QList<QByteArrayList> rows(sqlite3 *db, const QByteArray &sql, int columns)
{
    QList<QByteArrayList> out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QByteArrayList row;
            for (int c = 0; c < columns; ++c)
                row.append(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
            out.append(row);
        }
    }
    sqlite3_finalize(stmt);
    return out;
}

// Schema and rows of the attached plaintext `src` rebuilt in the vault's main database, in one
// transaction: tables (virtual ones first, so their shadow tables come from them), every row,
// then indexes, triggers and views, then the file's identity. What VACUUM does, but into pages
// laid out with room for the nonce and tag (VACUUM INTO would need a rollback journal file,
// which the vault VFS refuses).
Status rebuildInVault(sqlite3 *vault, const std::function<bool(int)> &copying)
{
    if (!run(vault, "BEGIN"))
        return failed(
            QCoreApplication::translate("VaultConversion", "the copy could not be started"));
    auto rollback
        = qScopeGuard([vault] { sqlite3_exec(vault, "ROLLBACK", nullptr, nullptr, nullptr); });
    const auto existsInVault = [vault](const QByteArray &name) {
        return !rows(vault,
            "SELECT 1 FROM main.sqlite_master WHERE name = '" + QByteArray(name).replace('\'', "''")
                + "'",
            1)
                    .isEmpty();
    };
    for (const auto &t : rows(vault,
             "SELECT name, sql FROM src.sqlite_master WHERE type = 'table' AND name NOT LIKE "
             "'sqlite!_%' ESCAPE '!' ORDER BY sql LIKE 'CREATE VIRTUAL TABLE%' DESC, rowid",
             2)) {
        if (!existsInVault(t.at(0)) && !run(vault, t.at(1)))
            return failed(
                QCoreApplication::translate("VaultConversion", "the tables could not be made"));
    }
    const auto tables = rows(vault,
        "SELECT name FROM src.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE "
        "VIRTUAL TABLE%' AND (name NOT LIKE 'sqlite!_%' ESCAPE '!' OR name = 'sqlite_sequence') "
        "ORDER BY rowid",
        1);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (copying && !copying(int(90 * i / std::max<qsizetype>(1, tables.size()))))
            return cancelled();
        const QByteArray name = quoted(tables.at(i).at(0));
        if (!run(vault, "DELETE FROM main." + name)
            || !run(vault, "INSERT INTO main." + name + " SELECT * FROM src." + name))
            return failed(
                QCoreApplication::translate("VaultConversion", "the rows could not be copied"));
    }
    for (const auto &o : rows(vault,
             "SELECT name, sql FROM src.sqlite_master WHERE type IN ('index', 'trigger', 'view') "
             "AND sql IS NOT NULL ORDER BY rowid",
             2)) {
        if (!existsInVault(o.at(0)) && !run(vault, o.at(1)))
            return failed(
                QCoreApplication::translate("VaultConversion", "the indexes could not be made"));
    }
    const QByteArray applicationId = rows(vault, "PRAGMA src.application_id", 1).value(0).value(0);
    const QByteArray userVersion = rows(vault, "PRAGMA src.user_version", 1).value(0).value(0);
    if (!run(
            vault, "PRAGMA main.application_id = " + QByteArray::number(applicationId.toLongLong()))
        || !run(vault, "PRAGMA main.user_version = " + QByteArray::number(userVersion.toLongLong()))
        || !run(vault, "COMMIT"))
        return failed(
            QCoreApplication::translate("VaultConversion", "the copy could not be finished"));
    rollback.dismiss();
    if (copying)
        copying(95);
    return {};
}

// The plaintext file `source` (`sourceConnection` has it open, and may hold it exclusively for
// this process) written as the new vault file `target` (exists, empty) with `dataKey`, switched to
// WAL, synced, then read back and compared with the source. On failure the caller removes
// `target`.
Status copyIntoVault(sqlite3 *sourceConnection, const QString &source, const QString &target,
    const SecureKey &dataKey, const std::function<bool(int)> &copying,
    const std::function<bool(int)> &verifying)
{
    const VaultKeyHold key(dataKey);
    if (!key.isValid())
        return failed(QCoreApplication::translate(
            "VaultConversion", "encryption is not available on this system"));
    const QString uri = key.uriFor(target);
    {
        Connection vault;
        if (!vault.open(uri, SQLITE_OPEN_READWRITE))
            return failed(
                QCoreApplication::translate("VaultConversion", "the copy could not be opened"));
        // Before the first write, as for every new vault: room in each page for its nonce and
        // tag, the vault's page size, the journal in memory (a journal file would hold pages in
        // the clear).
        int reserve = VaultVfs::kReservedBytes;
        sqlite3_file_control(vault.db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        const QByteArray attach
            = "ATTACH '" + plaintextUri(source).replace('\'', "''") + "' AS src";
        if (!run(vault.db, "PRAGMA page_size = " + QByteArray::number(VaultVfs::kPageSize))
            || vault.value("PRAGMA journal_mode = MEMORY").toLower() != "memory"
            || !run(vault.db, "PRAGMA temp_store = MEMORY") || !run(vault.db, attach))
            return failed(
                QCoreApplication::translate("VaultConversion", "the copy could not be set up"));
        if (auto s = rebuildInVault(vault.db, copying); !s)
            return s;
        if (!run(vault.db, "DETACH src")
            || vault.value("PRAGMA journal_mode = WAL").toLower() != "wal")
            return failed(
                QCoreApplication::translate("VaultConversion", "the copy could not be set up"));
    }
    if (!FileMoves::sync(target))
        return failed(QCoreApplication::translate(
            "VaultConversion", "the copy could not be written to disk"));

    Connection vault;
    if (!vault.open(uri, SQLITE_OPEN_READWRITE))
        return failed(
            QCoreApplication::translate("VaultConversion", "the copy could not be opened"));
    sqlite3_exec(vault.db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    if (vault.value("PRAGMA integrity_check") != "ok")
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate("VaultConversion",
                "The encrypted copy did not pass its integrity check; the original was kept "
                "unchanged.")};
    return SqliteCompare::sameContents(sourceConnection, vault.db, verifying);
}

QString keyFileOf(const QString &path)
{
    return VaultKeyFile::pathFor(path);
}

// The evidence store beside a database (EvidenceStore::rootFor; storage cannot link evidence/).
QString evidenceOf(const QString &path)
{
    return path + QStringLiteral(".evidence");
}

// Where the plaintext evidence store waits, during the switch, until the sealed one is in place.
QString plainEvidenceAside(const QString &path)
{
    return evidenceOf(path) + QStringLiteral(".unencrypted");
}

// The sealed store built beside the staging copy and the staging folders of an interrupted
// sealing run (EvidenceStoreConversion::encryptStore's `<target>.sealing-XXXXXX`).
void removeStagingEvidence(const QString &staging)
{
    const QString target = evidenceOf(staging);
    const QFileInfo info(target);
    const QDir parent = info.absoluteDir();
    for (const QString &name : parent.entryList({info.fileName() + QStringLiteral(".sealing-*")},
             QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System))
        FileMoves::removeTree(parent.filePath(name));
    if (FileMoves::existsNoFollow(target))
        FileMoves::removeTree(target);
}

// After the key file is in place: the sealed store built beside the copy takes the evidence
// store's name, the plaintext one having been moved aside first. Safe to run again after a crash
// at any point of it (recover()).
bool switchEvidence(const QString &path, const QString &staging)
{
    const QString sealed = evidenceOf(staging);
    if (!FileMoves::existsNoFollow(sealed))
        return true; // no evidence, or already moved
    const QString store = evidenceOf(path);
    const QString aside = plainEvidenceAside(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (FileMoves::existsNoFollow(store)) {
        if (FileMoves::existsNoFollow(aside) || !FileMoves::renameNoReplace(store, aside))
            return false;
        FileMoves::sync(folder);
    }
    if (!FileMoves::renameNoReplace(sealed, store))
        return false;
    FileMoves::sync(folder);
    return true;
}

// The last step: the plaintext evidence store, moved aside, is deleted once the vault is in place.
bool removePlainEvidence(const QString &path)
{
    const QString aside = plainEvidenceAside(path);
    if (FileMoves::existsNoFollow(aside) && !FileMoves::removeTree(aside))
        return false;
    FileMoves::sync(QFileInfo(path).absolutePath());
    return true;
}

Error plainEvidenceLeft(const QString &path)
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate("VaultConversion",
            "The database is encrypted, but the old unencrypted evidence folder \"%1\" could not "
            "be deleted completely. Run `trustdesk-cli encrypt` again to delete it.")
            .arg(QDir::toNativeSeparators(plainEvidenceAside(path)))};
}

// Holds the plaintext database for this process alone: out of WAL mode (which fails while any
// other connection is open), then an exclusive lock kept until the connection closes.
Status holdExclusively(Connection &plain, const QString &path)
{
    if (!plain.open(path, SQLITE_OPEN_READWRITE))
        return failed(QCoreApplication::translate("VaultConversion", "it could not be opened"));
    sqlite3_busy_timeout(plain.db, 2000);
    if (plain.value("PRAGMA journal_mode = DELETE").toLower() != "delete")
        return inUse();
    // Exclusive locking mode keeps the shared lock of the first read until the connection
    // closes: other programs may still read, none can write (the copy is read through a second
    // connection of this process, which an exclusive lock would shut out too).
    if (!plain.exec("PRAGMA locking_mode = EXCLUSIVE")
        || plain.value("SELECT count(*) FROM sqlite_master").isEmpty())
        return inUse();
    return {};
}

bool renameReplacing(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString stagingPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".encrypting");
}

bool interrupted(const QString &databasePath)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    const QString staging = stagingPath(path);
    return FileMoves::existsNoFollow(staging) || FileMoves::existsNoFollow(keyFileOf(staging))
        || FileMoves::existsNoFollow(plainEvidenceAside(path));
}

Result<Recovered> recover(const QString &databasePath)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    const QString staging = stagingPath(path);
    const QString stagingKey = keyFileOf(staging);
    if (!interrupted(path))
        return Recovered::Nothing;
    // A conversion running now holds the plaintext database exclusively from before it makes
    // the staging files until after it has put them in place. (With neither left, the vault is
    // in place, which this plaintext connection could not lock; only the plaintext evidence
    // moved aside is left to delete.)
    Connection plain;
    const bool stagingLeft
        = FileMoves::existsNoFollow(staging) || FileMoves::existsNoFollow(stagingKey);
    if (stagingLeft && !plain.open(path, SQLITE_OPEN_READWRITE))
        return failed(QCoreApplication::translate("VaultConversion", "it could not be opened"));
    if (stagingLeft)
        sqlite3_busy_timeout(plain.db, 0);
    if (stagingLeft
        && (!plain.exec("PRAGMA locking_mode = EXCLUSIVE") || !plain.exec("BEGIN EXCLUSIVE")
            || !plain.exec("COMMIT")))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("VaultConversion",
                "The database is being encrypted by another program right now. Wait for it to "
                "finish.")};
    const QString folder = QFileInfo(path).absolutePath();
    const bool keyInPlace = FileMoves::existsNoFollow(keyFileOf(path));
    if (keyInPlace && !FileMoves::existsNoFollow(stagingKey)) {
        // The key file was already in place, so the copy (and the sealed evidence) had
        // verified: finish the switch where it stopped.
        const auto unfinished = [](const QString &why) {
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "VaultConversion", "The interrupted encryption could not be finished: %1")
                    .arg(why)};
        };
        if (!switchEvidence(path, staging))
            return unfinished(qt_error_string(errno));
        if (FileMoves::existsNoFollow(staging)) {
            QFile::remove(path + QStringLiteral("-shm"));
            if (!renameReplacing(staging, path))
                return unfinished(qt_error_string(errno));
            FileMoves::sync(folder);
        }
        plain.close();
        if (!removePlainEvidence(path))
            return plainEvidenceLeft(path);
        return Recovered::Finished;
    }
    // Before the switch: the plaintext database and its evidence are untouched; drop the copy
    // and its sealed evidence, the key file last (it is what marks the run as interrupted).
    removeStagingEvidence(staging);
    removeVaultFiles(staging);
    QFile::remove(stagingKey);
    // A plaintext store moved aside without the key file in place is not this program's doing;
    // give it its name back rather than lose it.
    const QString aside = plainEvidenceAside(path);
    if (!keyInPlace && FileMoves::existsNoFollow(aside)
        && !FileMoves::existsNoFollow(evidenceOf(path)))
        FileMoves::renameNoReplace(aside, evidenceOf(path));
    FileMoves::sync(folder);
    if (interrupted(path))
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultConversion", "The files of an interrupted encryption could not be removed.")};
    return Recovered::Undone;
}

Status copyFileToVault(const QString &source, const QString &target, const SecureKey &dataKey,
    const std::function<bool(int percent)> &progress)
{
    Connection plain;
    if (!plain.open(QFileInfo(source).absoluteFilePath(), SQLITE_OPEN_READONLY))
        return failed(
            QCoreApplication::translate("VaultConversion", "the file could not be opened"));
    if (!createEmptyOwnerOnly(target))
        return failed(QCoreApplication::translate("VaultConversion", "\"%1\" could not be created")
                          .arg(QFileInfo(target).fileName()));
    auto discard = qScopeGuard([&target] { removeVaultFiles(target); });
    if (auto s = copyIntoVault(
            plain.db, QFileInfo(source).absoluteFilePath(), target, dataKey, progress, {});
        !s)
        return s;
    discard.dismiss();
    return {};
}

Status encrypt(const QString &databasePath, const QString &passphrase, VaultKeyFile::Cost cost,
    const Callbacks &callbacks)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    const QString keyFile = keyFileOf(path);
    const QString staging = stagingPath(path);
    const QString stagingKey = keyFileOf(staging);
    const auto report = [&callbacks](Step step, int percent) {
        return !callbacks.progress || callbacks.progress(step, percent);
    };

    if (!report(Step::Checking, 0))
        return cancelled();
    if (FileMoves::existsNoFollow(keyFile))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("VaultConversion", "This database is already encrypted.")};
    if (interrupted(path))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("VaultConversion",
                "An earlier encryption of this database did not finish; finish or undo it first.")};
    {
        // Ours, not newer, not damaged, and at the current schema before it is copied.
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened)
            return opened.error();
        // A vault reads only sealed evidence files. Without the step that seals the store too
        // (Callbacks::evidence), a database with evidence files is not converted: it would be a
        // vault whose evidence it cannot read, beside files still in the clear.
        if (!callbacks.evidence) {
            QSqlQuery q((*opened)->connection());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM evidence WHERE in_store = 1"))
                || !q.next())
                return Error {ErrorKind::Io,
                    QCoreApplication::translate(
                        "VaultConversion", "The evidence of this database could not be counted.")};
            if (q.value(0).toLongLong() > 0)
                return Error {ErrorKind::BadInput,
                    QCoreApplication::translate("VaultConversion",
                        "This database has evidence files, and this conversion does not encrypt "
                        "them; nothing was changed.")};
        }
    }
    Connection plain;
    if (auto s = holdExclusively(plain, path); !s)
        return s;
    if (FileMoves::existsNoFollow(path + QStringLiteral("-wal")))
        return inUse();

    auto created = VaultKeyFile::create(stagingKey, passphrase, cost);
    if (!created)
        return created.error();
    QString &recoveryKey = created->recoveryKey;
    auto undo = qScopeGuard([&] {
        sodium_memzero(recoveryKey.data(), size_t(recoveryKey.size()) * sizeof(QChar));
        removeStagingEvidence(staging);
        removeVaultFiles(staging);
        QFile::remove(stagingKey);
        FileMoves::sync(folder);
    });
    if (!createEmptyOwnerOnly(staging))
        return failed(QCoreApplication::translate("VaultConversion", "\"%1\" could not be created")
                          .arg(QFileInfo(staging).fileName()));
    if (auto s = copyIntoVault(
            plain.db, path, staging, created->dataKey,
            [&report](int p) { return report(Step::Copying, p); },
            [&report](int p) { return report(Step::Verifying, p); });
        !s)
        return s;

    // ---- The evidence step plugs in here (Callbacks::evidence): after the database copy
    // verified, before anything is switched. ----
    if (callbacks.evidence) {
        if (!report(Step::Evidence, 0))
            return cancelled();
        if (auto s = callbacks.evidence(
                path, created->dataKey, [&report](int p) { return report(Step::Evidence, p); });
            !s)
            return s;
    }
    if (!report(Step::Switching, 0))
        return cancelled();
    if (callbacks.keepRecoveryKey) {
        if (auto s = callbacks.keepRecoveryKey(recoveryKey); !s)
            return s;
    }

    // The switch: the key file first (from here on there is no going back: recover() finishes),
    // then the sealed evidence store in the plaintext one's place (moved aside), then the vault
    // over the plaintext name, and last the plaintext evidence deleted. Progress is still
    // reported between the renames, but a cancel is no longer honoured.
    FileMoves::sync(folder);
    if (!FileMoves::renameNoReplace(stagingKey, keyFile))
        return failed(QCoreApplication::translate(
            "VaultConversion", "the key file could not be put in place"));
    FileMoves::sync(folder);
    undo.dismiss();
    sodium_memzero(recoveryKey.data(), size_t(recoveryKey.size()) * sizeof(QChar));
    report(Step::Switching, 25);
    const auto unfinished = [](const QString &why) {
        return Error {ErrorKind::Io,
            QCoreApplication::translate("VaultConversion",
                "The encryption stopped while the encrypted copy was being put in place (%1). "
                "Nothing is lost: run `trustdesk-cli encrypt` again, or open the database in "
                "TrustDesk, to finish it.")
                .arg(why)};
    };
    if (!switchEvidence(path, staging))
        return unfinished(qt_error_string(errno));
    report(Step::Switching, 50);
    QFile::remove(path + QStringLiteral("-shm")); // the plaintext's stale index, no one uses it
    if (!renameReplacing(staging, path))
        return unfinished(qt_error_string(errno));
    FileMoves::sync(folder);
    // Closing the last connection to the old file lets the system free it: no plaintext copy of
    // the database is left under any name.
    plain.close();
    report(Step::Switching, 75);
    if (!removePlainEvidence(path))
        return plainEvidenceLeft(path);
    report(Step::Switching, 100);
    qCInfo(lcStorage) << "database encrypted in place";
    return {};
}

} // namespace td::VaultConversion
