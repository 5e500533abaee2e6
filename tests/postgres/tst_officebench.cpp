// The office-mode benchmarks at toy sizes, so they keep working: `trustdesk-cli demo` on a server
// URI, bench_demoload, bench_officesearch and bench_caseworkers (two caseworkers for three
// seconds: no lost update, revisions right, no error). Correctness only, never timings.
// Runs only under scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "clirun.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

QString benchProgram(const char *name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1String(name);
}

qint64 caseCount(const QString &uri)
{
    auto db = Database::open(uri, Database::OpenMode::ExistingOnly);
    if (!db)
        return -1;
    CaseRepository repository(*db.value(), QStringLiteral("test"));
    auto n = repository.count(CaseQuery {});
    return n ? n.value() : -1;
}

} // namespace

class TestOfficeBench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
    }

    void init()
    {
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_uri = m_location->target();
    }

    void cleanup() { m_location.reset(); }

    void demoFillsAnOfficeDatabase()
    {
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        const CliRun r = runCliOn(m_uri,
            {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("30"),
                QStringLiteral("--seed"), QStringLiteral("7")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("30")), qPrintable(r.out));
        QCOMPARE(caseCount(m_uri), 30);
        // Every case is found by its search index and its audit chain holds: verify says so.
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("verify")}), 0);
        const CliRun found
            = runCliOn(m_uri, {QStringLiteral("search"), QStringLiteral("approached")});
        EXPECT_EXIT(found, 0);
        QVERIFY2(found.out.contains(QLatin1String("TD-")), qPrintable(found.out));
    }

    void benchmarksRunAndLoseNothing()
    {
        const CliRun load = runProgram(benchProgram("bench_demoload"),
            {QStringLiteral("--db"), m_uri, QStringLiteral("--cases"), QStringLiteral("300"),
                QStringLiteral("--every"), QStringLiteral("2000")});
        EXPECT_EXIT(load, 0);
        QCOMPARE(caseCount(m_uri), 300);
        const CliRun search = runProgram(benchProgram("bench_officesearch"),
            {QStringLiteral("--db"), m_uri, QStringLiteral("--runs"), QStringLiteral("2")});
        EXPECT_EXIT(search, 0);
        QVERIFY2(search.out.contains(QLatin1String("load average after")), qPrintable(search.out));
        // Two caseworkers on a few dozen cases meet each other: conflicts are retried, and every
        // save that reported success must be in the stored case.
        const CliRun users = runProgram(benchProgram("bench_caseworkers"),
            {QStringLiteral("--db"), m_uri, QStringLiteral("--users"), QStringLiteral("2"),
                QStringLiteral("--seconds"), QStringLiteral("3")});
        EXPECT_EXIT(users, 0);
        QVERIFY2(users.out.contains(QLatin1String("lost updates 0; cases whose revision is not "
                                                  "its saves 0")),
            qPrintable(users.out));
        QVERIFY2(users.out.contains(QLatin1String("errors 0")), qPrintable(users.out));
    }
};

QTEST_GUILESS_MAIN(TestOfficeBench)
#include "tst_officebench.moc"
