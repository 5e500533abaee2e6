// The case list as CSV: RFC 4180 quoting, the byte-order mark, text in every script coming back
// unchanged, the formula guard, sensitive columns withheld unless included, and the audit.
#include "interchange/caselistcsv.h"
#include "interchange/csvwriter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

// A strict RFC 4180 reader, written independently of CsvWriter, for round trips.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return rows;
}

} // namespace

class TestCaseListCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(
            CsvWriter::row({QStringLiteral("a"), QStringLiteral("b c")}), QByteArray("a,b c\r\n"));
        QCOMPARE(CsvWriter::cell(QStringLiteral("Smith, Jo")), QStringLiteral("\"Smith, Jo\""));
        QCOMPARE(
            CsvWriter::cell(QStringLiteral("say \"no\"")), QStringLiteral("\"say \"\"no\"\"\""));
        QCOMPARE(CsvWriter::cell(QStringLiteral("line one\nline two")),
            QStringLiteral("\"line one\nline two\""));
        QCOMPARE(CsvWriter::cell(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(CsvWriter::cell(QString()), QString());
    }

    void guardsFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("-") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("quoted too") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                    << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        QTest::newRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("date") << QStringLiteral("2026-01-05") << QStringLiteral("2026-01-05");
    }
    void guardsFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(value), written);
    }

    void bomAndScriptsRoundTrip()
    {
        const QList<QStringList> rows {
            {QStringLiteral("reference"), QStringLiteral("client")},
            {QStringLiteral("TD-2026-00001"), QStringLiteral("فاطمة الزهراء، \"أم\"")},
            {QStringLiteral("TD-2026-00002"), QStringLiteral("王小明, 张\n李")},
            {QStringLiteral("TD-2026-00003"), QStringLiteral("Nguyễn Thị Lan")},
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(buffer);
        QVERIFY(csv.begin().ok());
        for (const auto &r : rows)
            QVERIFY(csv.writeRow(r).ok());
        QVERIFY(buffer.data().startsWith(QByteArray("\xEF\xBB\xBF")));
        QCOMPARE(parseCsv(buffer.data()), rows);
    }

    void sensitiveColumnsWithheldUnlessIncluded()
    {
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        auto db = Database::open(location.target());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        CaseFile first = test::minimalCase(QStringLiteral("Ana Example, Jr."));
        first.client.aNumber = QStringLiteral("A123456789");
        first.client.immigrationStatus = QStringLiteral("TPS pending");
        first.client.phone = QStringLiteral("+1 617 555 0100");
        auto a = repo.save(first);
        CaseFile second = test::minimalCase(QStringLiteral("=cmd|' /C calc'!A0"));
        second.status = CaseStatus::Filed;
        auto b = repo.save(second);
        QVERIFY(a && b);

        CaseListCsv exporter(**db, repo);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = exporter.write(buffer, CaseQuery {}, RedactionPolicy {});
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 2);
        QVERIFY(!buffer.data().contains("A123456789"));
        QVERIFY(!buffer.data().contains("TPS"));
        QVERIFY(!buffer.data().contains("555"));
        auto rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), CaseListCsv::columnKeys(RedactionPolicy {}));
        QVERIFY(!rows.at(0).contains(QStringLiteral("a_number")));
        // Newest first, as the list shows them; the formula is defused.
        QCOMPARE(rows.at(1).at(0), b->reference);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("filed"));
        QCOMPARE(rows.at(1).at(5), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("Ana Example, Jr."));

        // Every case that left is on the record.
        auto events = repo.audit().events();
        QVERIFY(events.ok());
        int exports = 0;
        for (const auto &e : std::as_const(events.value()))
            exports += e.action == QLatin1String("case.export") ? 1 : 0;
        QCOMPARE(exports, 2);

        RedactionPolicy withNumber;
        QVERIFY(withNumber.includeKey(QStringLiteral("a_number")));
        QBuffer included;
        included.open(QIODevice::WriteOnly);
        CaseQuery filed;
        filed.status = CaseStatus::Intake;
        QCOMPARE(exporter.write(included, filed, withNumber).value(), 1);
        rows = parseCsv(included.data());
        QCOMPARE(rows.size(), 2);
        const auto column = rows.at(0).indexOf(QStringLiteral("a_number"));
        QVERIFY(column > 0);
        QCOMPARE(rows.at(1).at(column), QStringLiteral("A123456789"));
        QVERIFY(!included.data().contains("TPS"));
        events = repo.audit().events(a->reference);
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("case.export"));
        QVERIFY(events->constFirst().detail.contains(QLatin1String("a_number")));
        QVERIFY(!events->constFirst().detail.contains(QLatin1String("A123456789")));
    }
};

QTEST_GUILESS_MAIN(TestCaseListCsv)
#include "tst_caselistcsv.moc"
