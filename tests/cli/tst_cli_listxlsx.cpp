// trustdesk-cli list --xlsx: the case list as an Excel workbook, checked from outside with
// Python's zipfile and ElementTree (no spreadsheet program installed): every script kept, the
// withheld columns absent, --include adding one, nothing written to a terminal or left behind,
// each export audited and the audit chain still verifying.
#include "clirun.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::test;

namespace {

const QString kArabic = QStringLiteral("فاطمة الزهراء");
const QString kChinese = QStringLiteral("王小明");
const QString kVietnamese = QStringLiteral("Nguyễn Thị Lan");
const QString kANumber = QStringLiteral("A555000111");

// tests/cli/read_xlsx.py: the workbook as Python's zipfile and ElementTree read it, as JSON.

QJsonObject readWorkbook(const QString &path)
{
    const CliRun r = runProgram(QStringLiteral("python3"),
        {qEnvironmentVariable("TRUSTDESK_SOURCE_DIR") + QStringLiteral("/tests/cli/read_xlsx.py"),
            path});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return QJsonDocument::fromJson(r.stdoutBytes).object();
}

} // namespace

class TestCliListXlsx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_db; ///< the file, or the URI of a database on the test cluster

    int auditCount(const QString &action, const QString &detail)
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        if (!db)
            return -1;
        auto events = CaseRepository(**db, QStringLiteral("t")).audit().events({}, 10000);
        if (!events)
            return -1;
        int n = 0;
        for (const auto &e : std::as_const(events.value()))
            n += e.action == action && e.detail == detail ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        TestDatabase::requireClusterIfOnPostgres();
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_db = m_location->target();
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        for (const auto &name : {kArabic, kChinese, kVietnamese}) {
            CaseFile c = minimalCase(name);
            c.client.aNumber = kANumber;
            QVERIFY(repo.save(c).ok());
        }
    }

    void writesEveryScriptAndWithholds()
    {
        const QString out = m_dir.filePath(QStringLiteral("cases.xlsx"));
        const CliRun r = runCliOn(
            m_db, {QStringLiteral("list"), QStringLiteral("--xlsx"), QStringLiteral("--out"), out});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.contains(QLatin1String("Exported 3 case")), qPrintable(r.err));
        QVERIFY(r.stdoutBytes.isEmpty());
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const QJsonObject book = readWorkbook(out);
        QVERIFY(!book.isEmpty());
        const QJsonArray strings = book.value(QLatin1String("strings")).toArray();
        for (const auto &name : {kArabic, kChinese, kVietnamese})
            QVERIFY2(strings.contains(name), qPrintable(name));
        const QJsonArray header = book.value(QLatin1String("rows")).toArray().at(0).toArray();
        QCOMPARE(header.at(0).toString(), QStringLiteral("reference"));
        QCOMPARE(header.last().toString(), QStringLiteral("interpreter_needed"));
        QCOMPARE(book.value(QLatin1String("rows")).toArray().size(), 4);
        QVERIFY(book.value(QLatin1String("frozen")).toBool());
        const QString text = book.value(QLatin1String("text")).toString();
        QVERIFY(!text.contains(kANumber));
        QVERIFY(!text.contains(QLatin1String("a_number")));
        QCOMPARE(auditCount(QStringLiteral("case.export"), QStringLiteral("xlsx")), 3);
        // Only the workbook is left in the folder: no scratch or partial file.
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.xlsx*"), QStringLiteral(".*xlsx*"),
                                    QStringLiteral("tmp.*")},
                         QDir::Files | QDir::Hidden),
            QStringList({QStringLiteral("cases.xlsx")}));
    }

    void includeAddsAColumn()
    {
        const QString out = m_dir.filePath(QStringLiteral("with.xlsx"));
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("list"), QStringLiteral("--xlsx"), QStringLiteral("--include"),
                QStringLiteral("a_number"), QStringLiteral("--out"), out});
        EXPECT_EXIT(r, 0);
        const QJsonObject book = readWorkbook(out);
        const QJsonArray rows = book.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.at(0).toArray().last().toString(), QStringLiteral("a_number"));
        for (int i = 1; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).toArray().last().toString(), kANumber);
        QCOMPARE(
            auditCount(QStringLiteral("case.export"), QStringLiteral("xlsx; included: a_number")),
            3);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
    }

    void refusesWithoutAFile()
    {
        const CliRun r = runCliOn(m_db, {QStringLiteral("list"), QStringLiteral("--xlsx")});
        EXPECT_EXIT(r, 1);
        QVERIFY(r.err.contains(QLatin1String("--out")));
        QVERIFY(r.stdoutBytes.isEmpty());
        EXPECT_EXIT(runCliOn(m_db,
                        {QStringLiteral("list"), QStringLiteral("--xlsx"), QStringLiteral("--csv"),
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("both"))}),
            1);
        const CliRun unknown = runCliOn(m_db,
            {QStringLiteral("list"), QStringLiteral("--xlsx"), QStringLiteral("--include"),
                QStringLiteral("witness_contact"), QStringLiteral("--out"),
                m_dir.filePath(QStringLiteral("w.xlsx"))});
        EXPECT_EXIT(unknown, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("w.xlsx"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("both"))));
    }
};

QTEST_GUILESS_MAIN(TestCliListXlsx)
#include "tst_cli_listxlsx.moc"
