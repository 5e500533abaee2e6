// trustdesk-cli stats, end to end on demo cases: the options and their usage errors, the JSON
// (null for a suppressed count), the CSV (UTF-8 with a byte order mark), the PDF, and that no
// reference or typed text leaves in any of them.
#include "clirun.h"
#include "stats/publishedstatistics.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/statisticsquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

class TestCliStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        const CliRun demo = runCliOn(m_db,
            {QStringLiteral("demo"), QStringLiteral("--unencrypted"), QStringLiteral("--cases"),
                QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
        EXPECT_EXIT(demo, 0);
    }

    void textByDefault()
    {
        const CliRun r = runCliOn(m_db, {QStringLiteral("stats")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Violation category")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Total")));
        QVERIFY(!r.out.contains(QStringLiteral("TD-")));
    }

    void jsonGivesNullForSuppressedCounts()
    {
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("district,outcome"),
                QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.stdoutBytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(
            o.value(QLatin1String("format")).toString(), QStringLiteral("trustdesk-statistics"));
        QCOMPARE(o.value(QLatin1String("by")).toArray(),
            (QJsonArray {QStringLiteral("district"), QStringLiteral("outcome")}));
        QCOMPARE(o.value(QLatin1String("from")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(o.value(QLatin1String("min_count")).toInt(), 11);

        // The same table counted in-process: every small count is null, every other count is
        // either itself or null (complementary), and the totals are there.
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        StatisticsFilter filter;
        filter.from = QDate(2024, 1, 1);
        auto table
            = StatisticsQuery(*db.value())
                  .table(filter, StatisticsDimension::District, StatisticsDimension::Outcome);
        QVERIFY(table.ok());
        const QJsonObject cases = o.value(QLatin1String("cases")).toObject();
        const QJsonArray rows = cases.value(QLatin1String("cells")).toArray();
        QCOMPARE(rows.size(), table->rows.size());
        int nulls = 0;
        for (qsizetype r2 = 0; r2 < rows.size(); ++r2) {
            const QJsonArray line = rows.at(r2).toArray();
            QCOMPARE(line.size(), table->columns.size());
            for (qsizetype c = 0; c < line.size(); ++c) {
                const qint64 value = table->cell(r2, c).cases;
                if (line.at(c).isNull()) {
                    ++nulls;
                    continue;
                }
                QVERIFY2(value == 0 || value >= 11, qPrintable(QString::number(value)));
                QCOMPARE(line.at(c).toInteger(), value);
            }
        }
        QVERIFY(nulls > 0);
        QCOMPARE(cases.value(QLatin1String("row_totals")).toArray().size(), table->rows.size());
        QCOMPARE(
            cases.value(QLatin1String("column_totals")).toArray().size(), table->columns.size());
        QCOMPARE(cases.value(QLatin1String("total")).toInteger(), table->total.cases);
        QVERIFY(cases.value(QLatin1String("totals_are_distinct")).toBool());
        QVERIFY(cases.value(QLatin1String("suppressed"))
                    .toObject()
                    .value(QLatin1String("primary"))
                    .toInt()
            > 0);
        QVERIFY(o.value(QLatin1String("incidents")).toObject().contains(QLatin1String("total")));
        QVERIFY(!r.out.contains(QStringLiteral("TD-")));
    }

    void minCountOneShowsEverything()
    {
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("month"),
                QStringLiteral("--min-count"), QStringLiteral("1"), QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        const QJsonObject all = QJsonDocument::fromJson(r.stdoutBytes).object();
        for (const char *unit : {"cases", "incidents"}) {
            const QJsonObject counts = all.value(QLatin1String(unit)).toObject();
            QVERIFY(!counts.value(QLatin1String("total")).isNull());
            for (const auto &v : counts.value(QLatin1String("cells")).toArray())
                QVERIFY(v.isDouble());
        }
        const CliRun high = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("month"),
                QStringLiteral("--min-count"), QStringLiteral("1000"), QStringLiteral("--json")});
        EXPECT_EXIT(high, 0);
        const QJsonObject o = QJsonDocument::fromJson(high.stdoutBytes).object();
        for (const auto &v :
            o.value(QLatin1String("cases")).toObject().value(QLatin1String("cells")).toArray())
            QVERIFY(v.isNull() || v.toInteger() == 0);
    }

    void csvHasAByteOrderMark()
    {
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("status"),
                QStringLiteral("--csv")});
        EXPECT_EXIT(r, 0);
        QVERIFY(r.stdoutBytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = r.stdoutBytes.mid(3).split('\n');
        QCOMPARE(lines.first(), QByteArray("status,status_label,cases,incidents\r"));
        QVERIFY(r.stdoutBytes.contains("under_review,Under review,"));
        QVERIFY(r.stdoutBytes.contains(",Total,"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown dimension") << QStringList {QStringLiteral("--by"),
            QStringLiteral("colour")} << QStringLiteral("Unknown dimension \"colour\"");
        QTest::newRow("three dimensions")
            << QStringList {QStringLiteral("--by"), QStringLiteral("category,month,status")}
            << QStringLiteral("one or two dimensions");
        QTest::newRow("twice") << QStringList {QStringLiteral("--by"),
            QStringLiteral("month,month")}
                               << QStringLiteral("twice");
        QTest::newRow("bad date") << QStringList {QStringLiteral("--from"),
            QStringLiteral("2025-13-01")}
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("not a date")
            << QStringList {QStringLiteral("--to"), QStringLiteral("yesterday")}
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("reversed") << QStringList {QStringLiteral("--from"),
            QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-01-01")}
                                  << QStringLiteral("--from must not be after --to");
        QTest::newRow("min count") << QStringList {QStringLiteral("--min-count"),
            QStringLiteral("0")} << QStringLiteral("--min-count");
        QTest::newRow("json and csv") << QStringList {QStringLiteral("--json"),
            QStringLiteral("--csv")} << QStringLiteral("not both");
        QTest::newRow("status") << QStringList {QStringLiteral("--status"), QStringLiteral("lost")}
                                << QStringLiteral("Unknown status");
        QTest::newRow("argument") << QStringList {QStringLiteral("extra")}
                                  << QStringLiteral("no arguments");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCliOn(m_db, QStringList {QStringLiteral("stats")} + args);
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingDatabase()
    {
        const CliRun r
            = runCliOn(m_dir.filePath(QStringLiteral("none.sqlite")), {QStringLiteral("stats")});
        EXPECT_EXIT(r, 2);
    }

    void pdfReadsLikeAReport()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("stats.pdf"));
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("category"),
                QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                QStringLiteral("2025-12-31"), QStringLiteral("--pdf"), pdf});
        EXPECT_EXIT(r, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Reported police conduct by violation category")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Method")));
        QVERIFY(text.contains(QStringLiteral("Suppression")));
        QVERIFY(text.contains(QStringLiteral("Table 1")));
        QVERIFY(!text.contains(QStringLiteral("TD-")));
    }

    void pdfWithJsonPrintsBoth()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("both.pdf"));
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("quarter,status"),
                QStringLiteral("--json"), QStringLiteral("--pdf"), pdf});
        EXPECT_EXIT(r, 0);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QJsonDocument::fromJson(r.stdoutBytes).isObject());
    }

    void publishedFormatsAreAudited()
    {
        // The text table stays at the terminal; CSV, JSON and a PDF leave the office.
        const qsizetype before = statisticsExports().size();
        const CliRun text = runCliOn(m_db, {QStringLiteral("stats")});
        EXPECT_EXIT(text, 0);
        QCOMPARE(statisticsExports().size(), before);

        const CliRun csv = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("district,month"),
                QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--status"),
                QStringLiteral("filed,closed"), QStringLiteral("--caseworker"),
                QStringLiteral("Ana Lima"), QStringLiteral("--min-count"), QStringLiteral("5"),
                QStringLiteral("--csv")});
        EXPECT_EXIT(csv, 0);
        QList<AuditEvent> events = statisticsExports();
        QCOMPARE(events.size(), before + 1);
        const QString detail = events.constLast().detail;
        QVERIFY2(detail.startsWith(QStringLiteral(
                     "format=csv by=district-month from=2025-01-01 to=open statuses=filed,closed "
                     "caseworker=one min_count=5 suppressed=")),
            qPrintable(detail));
        QVERIFY(events.constLast().caseReference.isEmpty());
        // No name, reference or count from the table in the record.
        QVERIFY(!detail.contains(QStringLiteral("Ana")));
        QVERIFY(!detail.contains(QStringLiteral("TD-")));

        const QString pdf = m_dir.filePath(QStringLiteral("audited.pdf"));
        const CliRun both = runCliOn(m_db,
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("agency"),
                QStringLiteral("--to"), QStringLiteral("2025-06-30"), QStringLiteral("--json"),
                QStringLiteral("--pdf"), pdf});
        EXPECT_EXIT(both, 0);
        events = statisticsExports();
        QCOMPARE(events.size(), before + 2);
        QVERIFY2(events.constLast().detail.startsWith(QStringLiteral(
                     "format=json,pdf by=agency from=open to=2025-06-30 min_count=11 "
                     "suppressed=")),
            qPrintable(events.constLast().detail));
        QVERIFY(QFile::exists(pdf));
    }

    void aPdfThatCannotBeWrittenIsRecordedAsAborted()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("no/such/folder/stats.pdf"));
        const CliRun r = runCliOn(m_db, {QStringLiteral("stats"), QStringLiteral("--pdf"), pdf});
        QVERIFY(r.exitCode != 0);
        const QList<AuditEvent> aborted = events(QStringLiteral("statistics.export_aborted"));
        QVERIFY(!aborted.isEmpty());
        QVERIFY(aborted.constLast().detail.startsWith(QStringLiteral("format=pdf by=category")));
    }

private:
    QList<AuditEvent> events(const QString &action) const
    {
        auto db = Database::open(m_db, Database::OpenMode::ReadOnly);
        if (!db)
            return {};
        auto all = AuditLog(*db.value(), QStringLiteral("t")).events({}, 100000);
        QList<AuditEvent> out;
        if (!all)
            return out;
        // Newest first from the log; oldest first here.
        for (auto it = all->crbegin(); it != all->crend(); ++it) {
            if (it->action == action)
                out.append(*it);
        }
        return out;
    }
    QList<AuditEvent> statisticsExports() const
    {
        return events(QStringLiteral("statistics.export"));
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
