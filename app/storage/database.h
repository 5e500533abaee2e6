#pragma once

#include "common/result.h"
#include "opendatabasefiles.h"
#include "sqldialect.h"

#include "crypto/securekey.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace td {

class StatementCache;

/// An open TrustDesk database: one named QSqlDatabase connection, owned by the thread that opened
/// it. Opening refuses foreign, damaged, newer and read-only files before anything is written to
/// them. `path` is a file (SQLite) or a PostgreSQL connection URI (an office server, see
/// PgConnection); dialect() tells storage code which one it talks to.
class Database
{
public:
    enum class OpenMode
    {
        CreateIfMissing, ///< create a new database (0600, folder 0700) when the file does not exist
        ExistingOnly, ///< the file must exist
        ReadOnly, ///< the file must exist; opened read-only, not configured or migrated
    };

    static Result<std::unique_ptr<Database>> open(
        const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    /// Opens (or creates) an encrypted database: every page goes through the vault VFS with
    /// this data key (see VaultVfs). Refused unless the connection really uses that VFS.
    static Result<std::unique_ptr<Database>> open(
        const QString &path, OpenMode mode, const SecureKey &dataKey);
    /// Whether `path` names an office server (a postgresql:// URI) rather than a file.
    static bool isServerUri(const QString &path);
    SqlDialect dialect() const { return m_dialect; }
    /// Whether a transaction is open on the connection (a WriteTransaction, or on SQLite any
    /// BEGIN), so a step that must be atomic joins it instead of starting its own.
    bool inTransaction() const;
    bool isEncrypted() const { return !m_keyToken.isEmpty(); }
    /// The vault's data key, for opening another connection to the same vault; null when the
    /// database is not encrypted. Valid while this Database lives.
    const SecureKey *dataKey() const { return m_dataKey.get(); }
    /// The subkey of `purpose` (evidence, drafts…), so files written about this database are
    /// encrypted with keys of their own; a null key when the database is not encrypted.
    SecureKey subKey(KeyPurpose purpose) const;
    /// An office server's key (OfficeKeys), once a caller has unlocked it: what the evidence in
    /// the server is sealed with. Null until then, and on SQLite.
    void setOfficeKey(SecureKey key) { m_officeKey = std::make_unique<SecureKey>(std::move(key)); }
    const SecureKey *officeKey() const { return m_officeKey.get(); }
    /// The connection's SQLite handle, for the C API Qt does not wrap (backup, file control);
    /// null when the connection is closed or not SQLite.
    sqlite3 *sqliteHandle() const;
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    /// The file, or the server's URI without its password.
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    bool isReadOnly() const { return m_readOnly; }

    /// Office server: whether this connection's session is gone (the server restarted, the
    /// network dropped, an admin ended it), asked after a failure. Always false on SQLite.
    bool isConnectionLost() const;
    /// Office server: opens a new session on this connection, with the settings of the first
    /// one, after isConnectionLost(). Whatever was not committed is gone; the caller retries it
    /// whole. Nothing to do on SQLite.
    Status reconnect();
    /// "The office server cannot be reached…": what a person is told when isConnectionLost().
    static QString serverUnreachableMessage();

    /// Runs one statement that needs no result (a pragma, DDL); errors come back for people.
    Status exec(const QString &sql, const QString &whatFailed);

    /// Runs `task` once the current WriteTransaction has committed; dropped if it rolls back.
    void afterCommit(std::function<void()> task) { m_afterCommit.push_back(std::move(task)); }

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openWith(
        const QString &path, OpenMode mode, const SecureKey *dataKey);
    Status prepareNewVault();
    Status walForExistingVault();
    Status checkVaultVfs();
    Status checkIdentity();
    Status configure();
    Status enableWal();
    static Result<std::unique_ptr<Database>> openPostgres(const QString &uri, OpenMode mode);
    Status checkPostgresIdentity(OpenMode mode);
    Status configurePostgresSession();

    // Declared first, so it is released last: after the connection closed (see ~Database).
    OpenDatabaseFiles::Claim m_claim;
    QString m_keyToken; ///< the vault VFS's name for this connection's key; empty: plaintext
    std::unique_ptr<SecureKey> m_dataKey; ///< a copy in locked memory; null: plaintext
    std::unique_ptr<SecureKey> m_officeKey;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    bool m_inWriteTransaction = false; ///< a ReadSnapshot inside it is a savepoint
    std::vector<StatementCache *> m_statementCaches; ///< emptied by reconnect()
    std::vector<std::function<void()>> m_afterCommit;

    friend class StatementCache;
    friend class WriteTransaction;
    friend class ReadSnapshot;
};

/// A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so two writers
/// wait for each other instead of failing half-way; rolls back unless committed. On PostgreSQL a
/// plain BEGIN (row locks are taken as rows are written).
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
};

/// One consistent view for a read made of several statements (a case, then its incidents…):
/// all of them see the same committed state, even while another process commits in between.
/// A SAVEPOINT, so it also nests inside a write transaction; released when destroyed. On
/// PostgreSQL, outside a write transaction, a READ ONLY REPEATABLE READ transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    Database &m_db;
    bool m_open = false;
    bool m_transaction = false; ///< PostgreSQL: a transaction of its own, not a savepoint
};

} // namespace td
