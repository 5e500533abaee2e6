// Database on an office server: opening a PostgreSQL connection URI through QPSQL and checking
// that the database is TrustDesk's (or empty) before anything is written to it.
#include "database.h"

#include "databasefile.h"
#include "migrations.h"
#include "pgconnectfailure.h"
#include "pgconnection.h"
#include "sqlerror.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace td {
namespace {

QString nextServerConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("trustdesk-pg-%1").arg(++counter);
}

} // namespace

bool Database::isServerUri(const QString &path)
{
    return PgConnection::isUri(path);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &uri, OpenMode mode)
{
    auto parsed = PgConnection::parse(uri);
    if (!parsed)
        return parsed.error();
    const PgConnection &server = parsed.value();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("Database",
                "Office servers need Qt's PostgreSQL driver: install the package "
                "libqt6sql6-psql.")};

    std::unique_ptr<Database> database(new Database(server.displayUri, nextServerConnectionName()));
    database->m_dialect = SqlDialect::Postgres;
    database->m_readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setHostName(server.host);
        if (server.port > 0)
            db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(server.database);
        db.setConnectOptions(server.connectOptions());
        if (!db.open()) {
            (void)sqlError(db.lastError(), QString()); // logs the server's reason
            // Unreachable or refused: a caseworker does different things about each.
            return PgConnectFailure::explain(server);
        }
    }
    if (auto s = database->configurePostgresSession(); !s)
        return s.error();
    if (auto checked = database->checkPostgresIdentity(mode); !checked)
        return checked.error();
    if (database->m_readOnly)
        return database;
    if (auto migrated = Migrations::migrate(*database); !migrated)
        return migrated.error();
    return database;
}

Status Database::configurePostgresSession()
{
    const QString setUp = QCoreApplication::translate("Database", "Setting up the database");
    // Notices (IF NOT EXISTS…) are not for people; dates are stored as ISO text, so the session
    // time zone matters only to the server's own now(), kept in UTC like the app's timestamps.
    // Statements are prepared once and run many times (StatementCache); after five runs the
    // server may switch to a generic plan that ignores the bound search words, and a search
    // for a word in every case then took seconds instead of 60 ms at 1 000 000 cases
    // (bench_officesearch). Planning each run with its values costs well under a millisecond.
    // No JIT: the search's plan holds a branch costed for every match of a common word that
    // never runs, and compiling it added 10–25 ms to searches that take 3–20 ms.
    // No parallel workers, for the same branch: its parallel plan started two workers before
    // its one-time filter said it would not run, 55-135 ms of a 230 ms search for a word in
    // 12 % of 1 000 000 cases on a loaded server (BENCHMARKS.md). An office server answers many
    // people's short statements at once; a worker per statement only takes cores from the others.
    for (const auto &sql :
        {QStringLiteral("SET client_min_messages = warning"), QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET plan_cache_mode = force_custom_plan"),
            QStringLiteral("SET jit = off"),
            QStringLiteral("SET max_parallel_workers_per_gather = 0")}) {
        if (auto s = exec(sql, setUp); !s)
            return s;
    }
    if (m_readOnly) {
        if (auto s
            = exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), setUp);
            !s)
            return s;
    }
    return {};
}

bool Database::isConnectionLost() const
{
    if (m_dialect != SqlDialect::Postgres)
        return false;
    // libpq's own status is not reachable through Qt without linking libpq into the core; one
    // round trip answers the same question, and only ever after something failed.
    QSqlQuery probe(connection());
    return !probe.exec(QStringLiteral("SELECT 1"));
}

Status Database::reconnect()
{
    if (m_dialect != SqlDialect::Postgres)
        return {};
    for (StatementCache *cache : m_statementCaches)
        cache->clear(); // now, outside any transaction of the new session
    QSqlDatabase db = connection();
    db.close(); // drops the dead session; the driver keeps host, login and options
    m_inWriteTransaction = false;
    m_afterCommit.clear();
    if (!db.open()) {
        (void)sqlError(db.lastError(), QString()); // logs the reason, never shown
        // A password changed or a login dropped while the window was open is not the network.
        PgConnection server;
        server.host = db.hostName();
        server.port = db.port();
        server.user = db.userName();
        server.password = db.password();
        server.database = db.databaseName();
        server.options = db.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QString login = server.user;
        const auto reason = PgConnectFailure::diagnose(server, &login);
        if (reason == PgConnectFailure::Reason::Unreachable
            || reason == PgConnectFailure::Reason::Unknown)
            return Error {ErrorKind::Io, serverUnreachableMessage()};
        return PgConnectFailure::errorFor(reason, login, server);
    }
    return configurePostgresSession();
}

QString Database::serverUnreachableMessage()
{
    return QCoreApplication::translate("Database",
        "The office server cannot be reached. Check the network connection, then try again; "
        "nothing you typed is lost.");
}

Status Database::checkPostgresIdentity(OpenMode mode)
{
    const QString opening = QCoreApplication::translate("Database", "Opening the database");
    QSqlQuery q(connection());
    // Only the schema TrustDesk writes to (the first on the search path) counts: a database
    // whose other schemas hold other programs' tables can still host an office.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c"
                               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', "
                               "'v', 'm', 'f')"))
        || !q.next())
        return sqlError(q.lastError(), opening);
    const qint64 tables = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return sqlError(q.lastError(), opening);
    const bool marked = q.value(0).toBool();
    if (tables == 0) {
        if (mode == OpenMode::CreateIfMissing)
            return {};
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("Database",
                "The office database \"%1\" holds no TrustDesk data yet (run trustdesk-cli init "
                "to set it up).")
                .arg(m_path)};
    }
    const Error foreign {ErrorKind::BadInput,
        QCoreApplication::translate(
            "Database", "This database is not a TrustDesk database. It was left untouched.")};
    if (!marked)
        return foreign;
    if (!q.exec(QStringLiteral("SELECT application_id, version FROM schema_version")))
        return foreign;
    if (!q.next() || q.value(0).toLongLong() != qint64(DatabaseFile::kApplicationId))
        return foreign;
    const int version = q.value(1).toInt();
    if (q.next())
        return foreign;
    if (version > Migrations::latestVersion())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("Database",
                "This database was written by a newer version of TrustDesk. Update TrustDesk to "
                "open it.")};
    return {};
}

} // namespace td
