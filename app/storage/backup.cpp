#include "backup.h"

#include "auditlog.h"
#include "common/appinfo.h"
#include "common/logging.h"
#include "database.h"
#include "databasefile.h"
#include "migrations.h"
#include "verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::Backup {
namespace {


sqlite3 *handleOf(Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Copies every page from `from` to `to` in one step, under SQLite's locks.
Status copyPages(sqlite3 *from, sqlite3 *to, const QString &whatFailed)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "%1: %2").arg(whatFailed, QString::fromUtf8(sqlite3_errmsg(to)))};
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
            return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "%1: the disk is full.").arg(whatFailed)};
        return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "%1: the copy could not be completed.").arg(whatFailed)};
    }
    return {};
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
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

Status create(Database &db, const QString &destination)
{
    const QFileInfo dest(destination);
    if (dest.exists())
        return Error{ErrorKind::BadInput, QCoreApplication::translate("Backup", "\"%1\" already exists; choose a new file name for the backup.").arg(dest.filePath())};
    if (!dest.absoluteDir().exists())
        return Error{ErrorKind::NotFound, QCoreApplication::translate("Backup", "The folder \"%1\" does not exist.").arg(dest.absolutePath())};
    sqlite3 *source = handleOf(db);
    if (!source)
        return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup could not be started.")};

    const QString temp = dest.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temp);
    const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup file \"%1\" could not be created.").arg(dest.fileName())};
    ::close(fd);

    const auto cleanup = [&](Error error) -> Status {
        QFile::remove(temp);
        return error;
    };
    {
        SqliteHandle target;
        if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &target.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return cleanup(Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup file \"%1\" could not be opened.").arg(dest.fileName())});
        if (auto s = copyPages(source, target.db, QCoreApplication::translate("Backup", "Backing up")); !s)
            return cleanup(s.error());
        // A backup should be one self-contained file, whatever mode the live database is in.
        if (sqlite3_exec(target.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return cleanup(Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup file could not be finished.")});
    }
    // VACUUM INTO and the backup API do not fsync their output: do it before trusting the file.
    if (!syncPath(temp, false))
        return cleanup(Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup could not be written to disk.")});
    if (auto s = verifyFile(temp); !s)
        return cleanup(Error{ErrorKind::Integrity, QCoreApplication::translate("Backup", "The backup did not verify, so it was discarded: %1").arg(s.error().message)});
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(dest.absoluteFilePath()).constData()) != 0)
        return cleanup(Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The backup could not be moved into place.")});
    syncPath(dest.absolutePath(), true);

    AuditLog audit(db, currentActor());
    (void)audit.record(QStringLiteral("database.backup"), QString(), dest.fileName());
    return {};
}

Status verifyFile(const QString &source)
{
    auto opened = Database::open(source, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    auto problems = Verifier(**opened).run();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{ErrorKind::Integrity, problems->join(QLatin1Char('\n'))};
    return {};
}

Status restore(Database &db, const QString &source)
{
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{ErrorKind::BadInput, QCoreApplication::translate("Backup", "A database cannot be restored from itself.")};
    if (auto s = verifyFile(source); !s)
        return Error{s.error().kind, QCoreApplication::translate("Backup", "\"%1\" was not restored: %2").arg(QFileInfo(source).fileName(), s.error().message)};
    sqlite3 *target = handleOf(db);
    if (!target)
        return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "The restore could not be started.")};
    {
        SqliteHandle from;
        if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return Error{ErrorKind::Io, QCoreApplication::translate("Backup", "\"%1\" could not be opened.").arg(QFileInfo(source).fileName())};
        if (auto s = copyPages(from.db, target, QCoreApplication::translate("Backup", "Restoring")); !s)
            return s;
    }
    if (auto s = Migrations::migrate(db); !s)
        return s;
    AuditLog audit(db, currentActor());
    (void)audit.record(QStringLiteral("database.restore"), QString(), QFileInfo(source).fileName());
    return {};
}

} // namespace td::Backup
