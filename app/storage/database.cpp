#include "database.h"

#include "statementcache.h"

#include "common/logging.h"
#include "common/ownerfolder.h"
#include "crypto/vaultkeyfile.h"
#include "crypto/vaultvfs.h"
#include "databasefile.h"
#include "migrations.h"
#include "opendatabasefiles.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <atomic>
#include <functional>
#include <utility>

#include <sodium.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

// SQLite's primary result codes for "another connection holds a lock".
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
// Below this much free space an I/O error on opening is taken to be the full disk.
constexpr qint64 kNearlyFullBytes = 1024 * 1024;

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("trustdesk-%1").arg(++counter);
}

// Creates the folder (0700) and an empty file (0600) before SQLite sees the path, so the case
// data is owner-only from its first byte; SQLite gives its -wal and -shm files the same mode.
Status createOwnerOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!makeOwnerOnlyPath(dir.path()))
            return Error {ErrorKind::Io,
                QCoreApplication::translate("Database", "The folder \"%1\" could not be created.")
                    .arg(dir.path())};
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int fd
        = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "Database", "The database file \"%1\" could not be created.")
                .arg(info.fileName())};
    ::close(fd);
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    for (StatementCache *cache : m_statementCaches)
        cache->m_database = nullptr; // a repository outliving its database must not reach back
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
        // An office server's password: the connection's copy is overwritten before it is freed
        // (the QString shares the connection's buffer; libpq wipes its own).
        if (QString password = db.password(); !password.isEmpty())
            sodium_memzero(
                const_cast<QChar *>(password.constData()), size_t(password.size()) * sizeof(QChar));
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_keyToken.isEmpty())
        VaultVfs::releaseKey(m_keyToken);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (isServerUri(path))
        return openPostgres(path, mode);
    return openWith(path, mode, nullptr);
}

Result<std::unique_ptr<Database>> Database::open(
    const QString &path, OpenMode mode, const SecureKey &dataKey)
{
    if (dataKey.isNull())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Database", "The database key is missing.")};
    if (isServerUri(path))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Database",
                "An office server database is not opened with a vault key: its connection is "
                "protected by the server's login and TLS.")};
    return openWith(path, mode, &dataKey);
}

Result<std::unique_ptr<Database>> Database::openWith(
    const QString &path, OpenMode mode, const SecureKey *dataKey)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool exists = QFileInfo::exists(absolute);
    if (!exists && mode != OpenMode::CreateIfMissing)
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("Database", "The database \"%1\" does not exist.")
                .arg(absolute)};

    if (!dataKey && QFileInfo::exists(VaultKeyFile::pathFor(absolute)))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Database",
                "This database is encrypted: it opens only with its passphrase or recovery key.")};

    // Refuse anything that is not ours, damaged or newer while it is still byte-for-byte
    // untouched. The raw header is read only while no connection of this process has the file
    // open (see OpenDatabaseFiles); a later connection relies on checkIdentity(), through SQLite.
    const auto inspectRaw = [&absolute]() -> Status {
        if (auto header = DatabaseFile::inspect(absolute, Migrations::latestVersion()); !header)
            return header.error();
        return {};
    };
    if (!exists) {
        if (auto created = createOwnerOnlyFile(absolute); !created)
            return created.error();
    }
    // An encrypted file's bytes are ciphertext: its identity is checked through SQLite only.
    auto claim = OpenDatabaseFiles::claim(
        absolute, exists && !dataKey ? inspectRaw : std::function<Status()>());
    if (!claim)
        return claim.error();
    if (exists && mode != OpenMode::ReadOnly) {
        if (auto writable = DatabaseFile::checkWritable(absolute); !writable)
            return writable.error();
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_claim = std::move(claim.value());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        database->m_readOnly = mode == OpenMode::ReadOnly;
        QString options = database->m_readOnly
            ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (dataKey) {
            if (!VaultVfs::ensureRegistered())
                return Error {ErrorKind::Io,
                    QCoreApplication::translate(
                        "Database", "Encryption is not available on this system.")};
            database->m_dataKey
                = std::make_unique<SecureKey>(SecureKey::fromBytes(dataKey->data()));
            database->m_keyToken = VaultVfs::addKey(*dataKey);
            if (database->m_keyToken.isEmpty())
                return Error {ErrorKind::Io,
                    QCoreApplication::translate(
                        "Database", "Encryption is not available on this system.")};
            db.setDatabaseName(VaultVfs::uriFor(absolute, database->m_keyToken));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(absolute);
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            if (!exists)
                QFile::remove(absolute);
            return sqlError(
                db.lastError(), QCoreApplication::translate("Database", "Opening the database"));
        }
    }
    if (dataKey) {
        if (auto s = database->checkVaultVfs(); !s) {
            if (!exists)
                QFile::remove(absolute);
            return s.error();
        }
        if (exists && mode != OpenMode::ReadOnly) {
            if (auto s = database->walForExistingVault(); !s)
                return s.error();
        }
        if (!exists) {
            if (auto s = database->prepareNewVault(); !s) {
                database.reset();
                QFile::remove(absolute);
                QFile::remove(absolute + QStringLiteral("-wal"));
                QFile::remove(absolute + QStringLiteral("-shm"));
                return s.error();
            }
        }
    }
    if (database->m_readOnly) {
        if (auto checked = database->checkIdentity(); !checked)
            return checked.error();
        return database;
    }
    if (auto configured = database->configure(); !configured) {
        if (!exists)
            QFile::remove(absolute);
        return configured.error();
    }
    // A new file gets its application_id and schema in rollback-journal mode, so they are in the
    // main file's header before WAL is switched on: a crash right after creation leaves a file
    // that is still recognisably ours.
    if (auto migrated = Migrations::migrate(*database); !migrated)
        return migrated.error();
    if (auto wal = database->enableWal(); !wal)
        return wal.error();
    return database;
}

Status Database::checkIdentity()
{
    QSqlQuery q(connection());
    // A file another program holds locked (busy past the timeout) is in use, not damaged: calling
    // it damaged would send people to restore a backup over a healthy database.
    // Nor is one that cannot be read because the disk is full (SQLite cannot create its -shm file).
    const auto unreadable = [this, &q]() -> Error {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == kSqliteBusy || code == kSqliteLocked)
            return sqlError(
                q.lastError(), QCoreApplication::translate("Database", "Opening the database"));
        if (code == kSqliteIoErr || code == kSqliteFull || code == kSqliteCantOpen) {
            if (QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable() < kNearlyFullBytes)
                return Error {ErrorKind::Io,
                    QCoreApplication::translate("Database",
                        "The database cannot be opened: the disk is full. Free some space and "
                        "try again.")};
            return sqlError(
                q.lastError(), QCoreApplication::translate("Database", "Opening the database"));
        }
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "Database", "The database file is damaged and cannot be read.")};
    };
    // The header check ran on the main file only; a WAL may hold newer pages, so ask SQLite too.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return unreadable();
    const quint32 appId = q.value(0).toUInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadable();
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return unreadable();
    const int objects = q.value(0).toInt();
    q.finish();
    if (objects > 0 && appId != DatabaseFile::kApplicationId)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "Database", "This file is not a TrustDesk database. It was left untouched.")};
    if (version > Migrations::latestVersion())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Database",
                "This database was written by a newer version of TrustDesk. Update TrustDesk to "
                "open it.")};
    return {};
}

Status Database::configure()
{
    if (auto checked = checkIdentity(); !checked)
        return checked;
    const QStringList pragmas {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // Sorts and temporary tables stay in memory: no temporary file can hold case data (a
        // vault refuses temporary files outright).
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // 32 MiB of page cache per connection (SQLite's default is 2 MB). In a vault a page that
        // falls out of the cache costs a decryption and an authentication when it is read again;
        // with the default, searches on 100 000 cases re-read the same index pages from the VFS
        // and took 2.5–2.9× as long as on plaintext (bench_vault, BENCHMARKS.md). The memory is
        // only taken as pages are read.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const auto &pragma : pragmas) {
        if (auto s
            = exec(pragma, QCoreApplication::translate("Database", "Setting up the database"));
            !s)
            return s;
    }
    return {};
}

Status Database::checkVaultVfs()
{
    // The safety belt: a driver that ignored the URI would have made a plaintext file named
    // "file:…"; a connection that is not on the vault VFS must not be used for a vault.
    sqlite3 *handle = sqliteHandle();
    char *vfsName = nullptr;
    if (!handle || sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFSNAME, &vfsName) != SQLITE_OK
        || !vfsName || qstrncmp(vfsName, VaultVfs::name(), qstrlen(VaultVfs::name())) != 0) {
        sqlite3_free(vfsName);
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Database",
                "The database could not be opened encrypted; nothing was written to it.")};
    }
    sqlite3_free(vfsName);
    return {};
}

Status Database::prepareNewVault()
{
    // Before the first page is written: room in every page for its nonce and tag, the page size
    // the vault format uses, and WAL from the start (by way of an in-memory journal, so no
    // rollback journal file, which would hold pages in the clear, is ever made).
    sqlite3 *handle = sqliteHandle();
    int reserve = VaultVfs::kReservedBytes;
    if (!handle
        || sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Database", "The encrypted database could not be set up.")};
    const QString what = QCoreApplication::translate("Database", "Setting up the database");
    for (const auto &sql : {QStringLiteral("PRAGMA page_size = %1").arg(VaultVfs::kPageSize),
             QStringLiteral("PRAGMA journal_mode = MEMORY"),
             QStringLiteral("PRAGMA journal_mode = WAL")}) {
        if (auto s = exec(sql, what); !s)
            return s;
    }
    return {};
}

Status Database::walForExistingVault()
{
    // A vault in rollback-journal mode (a backup, a converted copy) goes to WAL before anything
    // writes to it, by way of an in-memory journal: the switch needs a journal, and a journal file
    // would hold pages in the clear (the vault VFS refuses one).
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return {};
    q.finish();
    const QString what = QCoreApplication::translate("Database", "Setting up the database");
    for (const auto &sql : {QStringLiteral("PRAGMA journal_mode = MEMORY"),
             QStringLiteral("PRAGMA journal_mode = WAL")}) {
        if (auto s = exec(sql, what); !s)
            return s;
    }
    return {};
}

Status Database::enableWal()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return sqlError(
            q.lastError(), QCoreApplication::translate("Database", "Setting up the database"));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "journal mode is" << q.value(0).toString() << "instead of WAL";
    return {};
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool Database::inTransaction() const
{
    if (m_dialect == SqlDialect::Postgres)
        return m_inWriteTransaction;
    sqlite3 *handle = sqliteHandle();
    return handle && sqlite3_get_autocommit(handle) == 0;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SecureKey Database::subKey(KeyPurpose purpose) const
{
    return m_dataKey ? m_dataKey->derive(purpose) : SecureKey();
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (m_dialect == SqlDialect::Postgres) {
        // No table yet: an empty database, version 0, as a new SQLite file's user_version.
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"))
            || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::exec(const QString &sql, const QString &whatFailed)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q.lastError(), whatFailed);
    return {};
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    const bool postgres = m_db.dialect() == SqlDialect::Postgres;
    // PostgreSQL only warns about a BEGIN inside a transaction, and this one's COMMIT would then
    // commit the outer one half-way: refuse it, as SQLite refuses a nested BEGIN.
    if (postgres && m_db.m_inWriteTransaction) {
        m_begun = Error {ErrorKind::Io,
            QCoreApplication::translate(
                "Database", "Starting to save: a save is already under way.")};
        return;
    }
    m_begun = m_db.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"),
        QCoreApplication::translate("Database", "Starting to save"));
    m_open = m_begun.ok();
    if (m_open)
        m_db.m_inWriteTransaction = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"), QString());
        m_db.m_afterCommit.clear();
        m_db.m_inWriteTransaction = false;
    }
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error {ErrorKind::Io, QString()}) : m_begun;
    auto s = m_db.exec(QStringLiteral("COMMIT"), QCoreApplication::translate("Database", "Saving"));
    if (s) {
        m_open = false;
        m_db.m_inWriteTransaction = false;
        for (const auto &task : std::exchange(m_db.m_afterCommit, {}))
            task();
    }
    return s;
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    // PostgreSQL refuses a savepoint outside a transaction block, and in autocommit mode each
    // statement would see its own snapshot.
    m_transaction = m_db.dialect() == SqlDialect::Postgres && !m_db.m_inWriteTransaction;
    m_open = m_db.exec(m_transaction
                         ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                         : QStringLiteral("SAVEPOINT td_read_snapshot"),
                     QString())
                 .ok();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        (void)m_db.exec(
            m_transaction ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE td_read_snapshot"),
            QString());
}

} // namespace td
