#include "sqlitecopy.h"

#include "common/logging.h"
#include "database.h"
#include "filemoves.h"
#include "vaultkeyhold.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <span>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::SqliteCopy {
namespace {

// Messages keep the "Backup" translation context they were written in.

// Copies every page from `from` to `to` in one step, under SQLite's locks.
Status copyPages(sqlite3 *from, sqlite3 *to, const QString &whatFailed)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "%1: %2")
                .arg(whatFailed, QString::fromUtf8(sqlite3_errmsg(to)))};
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        qCWarning(lcStorage) << "backup step failed with code" << rc;
        if (rc == SQLITE_FULL)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "%1: the disk is full.").arg(whatFailed)};
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "%1: the copy could not be completed.")
                .arg(whatFailed)};
    }
    return {};
}

struct SqliteHandle
{
    sqlite3 *db = nullptr;
    ~SqliteHandle()
    {
        if (db)
            sqlite3_close(db);
    }
};

} // namespace

Status toNewFile(Database &db, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    sqlite3 *source = db.sqliteHandle();
    if (!source)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "The backup could not be started.")};
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "The backup file \"%1\" could not be created.")
                .arg(name)};
    ::close(fd);
    {
        const bool encrypted = db.isEncrypted();
        std::unique_ptr<VaultKeyHold> key;
        if (encrypted)
            key = std::make_unique<VaultKeyHold>(*db.dataKey());
        SqliteHandle target;
        if ((encrypted && !key->isValid())
            || sqlite3_open_v2(QFile::encodeName(encrypted ? key->uriFor(path) : path).constData(),
                   &target.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr)
                != SQLITE_OK)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The backup file \"%1\" could not be opened.")
                    .arg(name)};
        // The copy's journal stays in memory: a journal file would hold pages in the clear (the
        // vault VFS refuses one), and a failed copy is discarded whole anyway.
        if (encrypted
            && sqlite3_exec(target.db, "PRAGMA journal_mode = MEMORY", nullptr, nullptr, nullptr)
                != SQLITE_OK)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The backup file could not be finished.")};
        if (auto s
            = copyPages(source, target.db, QCoreApplication::translate("Backup", "Backing up"));
            !s)
            return s;
        // A backup should be one self-contained file, whatever mode the live database is in, so
        // that reading it (verify) makes no -wal or -shm beside it. A vault's copy gets there by
        // way of WAL and back to an in-memory journal: the header says "rollback journal", and
        // no journal file is ever made (Database switches an opened vault back to WAL the same
        // way).
        const char *const finish[] = {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode = MEMORY"};
        const char *const plainFinish[] = {"PRAGMA journal_mode = DELETE"};
        bool finished = true;
        for (const char *sql : encrypted ? std::span<const char *const>(finish)
                                         : std::span<const char *const>(plainFinish))
            finished
                = finished && sqlite3_exec(target.db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!finished)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The backup file could not be finished.")};
    }
    // VACUUM INTO and the backup API do not fsync their output: do it before trusting the file.
    if (!FileMoves::sync(path))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "The backup could not be written to disk.")};
    return {};
}

Status fromFile(Database &db, const QString &source, const SecureKey *sourceKey)
{
    sqlite3 *target = db.sqliteHandle();
    if (!target || db.isEncrypted() != (sourceKey != nullptr))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "The restore could not be started.")};
    std::unique_ptr<VaultKeyHold> key;
    if (sourceKey) {
        key = std::make_unique<VaultKeyHold>(*sourceKey);
        if (!key->isValid())
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Backup", "The restore could not be started.")};
    }
    SqliteHandle from;
    if (sqlite3_open_v2(QFile::encodeName(key ? key->uriFor(source) : source).constData(), &from.db,
            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        != SQLITE_OK)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Backup", "\"%1\" could not be opened.")
                .arg(QFileInfo(source).fileName())};
    return copyPages(from.db, target, QCoreApplication::translate("Backup", "Restoring"));
}

} // namespace td::SqliteCopy
