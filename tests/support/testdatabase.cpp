#include "testdatabase.h"

#include "storage/pgconnection.h"
#include "testcases.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace td::test {
namespace {

QString clusterUri()
{
    return qEnvironmentVariable("TRUSTDESK_TEST_PG_URI");
}

// Runs one statement on a connection of its own; empty, or the server's complaint.
QString runOn(const QString &uri, const QString &sql)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("td-test-admin-%1").arg(++counter);
    QString error;
    {
        auto server = PgConnection::parse(uri);
        if (!server)
            return server.error().message;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        if (server->port > 0)
            db.setPort(server->port);
        db.setUserName(server->user);
        db.setPassword(server->password);
        db.setDatabaseName(server->database);
        db.setConnectOptions(server->connectOptions());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The same on the cluster's maintenance database.
QString onCluster(const QString &sql)
{
    return runOn(clusterUri(), sql);
}

} // namespace

bool TestDatabase::onPostgres()
{
    return qEnvironmentVariable("TRUSTDESK_TEST_BACKEND") == QLatin1String("postgres");
}

void TestDatabase::requireClusterIfOnPostgres()
{
    if (!onPostgres() || !clusterUri().isEmpty())
        return;
    if (qEnvironmentVariableIsSet("TRUSTDESK_TEST_PG_REQUIRED")) {
        std::fprintf(stderr, "FAIL: TRUSTDESK_TEST_PG_URI is not set\n");
        std::exit(1);
    }
    std::fprintf(
        stderr, "SKIP: no PostgreSQL cluster; run: scripts/pg-test-cluster.sh ctest -L postgres\n");
    std::exit(77);
}

TestDatabase::TestDatabase(const QTemporaryDir &dir)
{
    if (!onPostgres()) {
        m_target = databasePath(dir);
        for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_target + suffix);
        return;
    }
    static std::atomic<int> counter {0};
    m_database = QStringLiteral("td_test_%1_%2").arg(::getpid()).arg(++counter);
    if (const QString e = onCluster(QStringLiteral("CREATE DATABASE %1").arg(m_database));
        !e.isEmpty()) {
        m_error = e;
        m_database.clear();
        return;
    }
    QUrl url(clusterUri());
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("dbname"));
    url.setQuery(query);
    m_target = url.toString();
}

QString TestDatabase::execOnServer(const QString &sql) const
{
    if (m_database.isEmpty())
        return QStringLiteral("not a PostgreSQL test database");
    return runOn(m_target, sql);
}

TestDatabase::~TestDatabase()
{
    if (!m_database.isEmpty())
        (void)onCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
}

QString asLogin(const QString &uri, const QString &login)
{
    QUrl url(uri);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    query.addQueryItem(QStringLiteral("user"), login);
    url.setQuery(query);
    url.setUserName(QString());
    return url.toString();
}

} // namespace td::test
