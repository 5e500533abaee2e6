// statisticsCsv (the Statistics window's Export… as CSV) and assignedCaseworkers (its chooser).
#include "stats/publishedstatistics.h"
#include "stats/statisticscsv.h"
#include "storage/caserepository.h"
#include "storage/caseworkerlist.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestStatisticsCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void suppressedCountsAreEmptyAndFormulasAreDisarmed()
    {
        StatisticsTable table;
        table.rowDimension = StatisticsDimension::Agency;
        table.rows = {{QStringLiteral("city police"), QStringLiteral("City Police")},
            {QStringLiteral("=cmd"), QStringLiteral("=HYPERLINK(\"x\")")},
            {QStringLiteral("state, patrol"), QStringLiteral("State, Patrol")}};
        table.cells = {{40, 44}, {30, 31}, {3, 3}};
        table.rowTotals = table.cells;
        table.total = {73, 78};
        const QByteArray csv = statisticsCsv(PublishedStatistics(table, 11));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "agency,agency_label,cases,incidents\r\n"));
        QVERIFY(csv.contains("city police,City Police,40,44\r\n"));
        // A label a spreadsheet would run as a formula starts with an apostrophe.
        // 30 is hidden too (complementary): else the 3 would be 73 - 40 - 30.
        QVERIFY(csv.contains("'=cmd,\"'=HYPERLINK(\"\"x\"\")\",,\r\n"));
        // 3 is below 11 (primary), and so rare a typed agency is not named either.
        QVERIFY(csv.contains(",Other agency 1,,\r\n"));
        QVERIFY(!csv.contains("atrol"));
        QVERIFY(csv.endsWith(",Total,73,78\r\n"));
    }

    void caseworkersAreListedOncePerPerson()
    {
        QTemporaryDir dir;
        test::TestDatabase location(dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        auto db = Database::open(location.target());
        QVERIFY(db.ok());
        CaseRepository repository(**db, QStringLiteral("tester"));
        const QStringList typed {QStringLiteral("Ada Example"), QStringLiteral(" ada example "),
            QStringLiteral("Ada Example"), QStringLiteral("Bo Sample"), QString()};
        for (const QString &name : typed) {
            CaseFile c = test::minimalCase(QStringLiteral("Synthetic Person"));
            c.assignedCaseworker = name;
            QVERIFY(repository.save(c).ok());
        }
        auto names = assignedCaseworkers(**db);
        QVERIFY(names.ok());
        QCOMPARE(names.value(),
            (QStringList {QStringLiteral("Ada Example"), QStringLiteral("Bo Sample")}));
    }
};

QTEST_MAIN(TestStatisticsCsv)
#include "tst_statisticscsv.moc"
