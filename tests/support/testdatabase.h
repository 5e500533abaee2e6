#pragma once

#include <QString>

class QTemporaryDir;

namespace td::test {

/// Where a storage test keeps its database: a file in a temporary folder, or — when the test runs
/// with TRUSTDESK_TEST_BACKEND=postgres (the CTest copies labelled `postgres`) — a fresh database
/// on the cluster that TRUSTDESK_TEST_PG_URI names (scripts/pg-test-cluster.sh), dropped again
/// when this object goes. Make one per test function, after closing the previous Database.
class TestDatabase
{
public:
    explicit TestDatabase(const QTemporaryDir &dir);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// What Database::open takes: the file's path or the database's URI.
    QString target() const { return m_target; }
    /// Empty when the database could be made; otherwise why not (for QVERIFY2).
    QString error() const { return m_error; }

    /// PostgreSQL only: runs `sql` on the test database over a connection of its own (to set
    /// up what Database::open must find); empty, or the server's complaint.
    QString execOnServer(const QString &sql) const;

    static bool onPostgres();
    /// Call first thing in initTestCase(): a `postgres` test run without a cluster exits with
    /// CTest's skip code (77, SKIP_RETURN_CODE) so it shows as not run, never as passed — unless
    /// TRUSTDESK_TEST_PG_REQUIRED is set (scripts/test.sh), when it fails.
    static void requireClusterIfOnPostgres();

private:
    QString m_target;
    QString m_database; ///< the PostgreSQL database to drop; empty for a file
    QString m_error;
};

/// The same database URI, connecting as another login (the test cluster trusts every local login
/// but the members of trustdesk_test_scram).
QString asLogin(const QString &uri, const QString &login);

} // namespace td::test
