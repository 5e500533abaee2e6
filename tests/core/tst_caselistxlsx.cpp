// The case list as a table and as an .xlsx workbook: one column model for CSV and XLSX, cells
// typed (dates as dates, numbers as numbers), every script kept, sensitive columns withheld
// unless included, the header frozen, the file owner-only and complete or absent, and the audit.
// The workbook is read back with an independent zip and XML reader (tests/support/xlsxreader).
#include "interchange/caselistcsv.h"
#include "interchange/caselisttable.h"
#include "interchange/caselistxlsx.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;

namespace {

const QString kArabic = QStringLiteral("فاطمة الزهراء");
const QString kChinese = QStringLiteral("王小明");
const QString kVietnamese = QStringLiteral("Nguyễn Thị Lan");
const QString kANumber = QStringLiteral("A123456789");

// Excel's day number of a date (the 1900 system, counted from 1899-12-30).
QString serial(const QDate &date)
{
    return QString::number(QDate(1899, 12, 30).daysTo(date));
}

} // namespace

class TestCaseListXlsx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    QString m_dbPath; ///< the file's path or the test database's URI
    QStringList m_references; // newest first, as the list shows them

    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_dbPath = m_location->target();
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        for (const auto &name : {kArabic, kChinese, kVietnamese, QStringLiteral("=1+1")}) {
            CaseFile c = test::minimalCase(name);
            c.client.aNumber = kANumber;
            c.client.immigrationStatus = QStringLiteral("TPS pending");
            c.client.dateOfBirth = QDate(1990, 2, 3);
            c.client.interpreterNeeded = true;
            auto saved = repo.save(c);
            QVERIFY(saved.ok());
            m_references.prepend(saved->reference);
        }
    }

    void oneColumnModelForEveryFormat()
    {
        const auto plain = CaseListTable::columns(RedactionPolicy {}, CaseListTable::Headers::Keys);
        QStringList keys;
        for (const auto &c : plain)
            keys.append(c.key);
        QCOMPARE(keys, CaseListCsv::columnKeys(RedactionPolicy {}));
        QCOMPARE(keys,
            QStringList({QStringLiteral("reference"), QStringLiteral("status"),
                QStringLiteral("opened_on"), QStringLiteral("last_incident_on"),
                QStringLiteral("assigned_caseworker"), QStringLiteral("client_name"),
                QStringLiteral("preferred_language"), QStringLiteral("interpreter_needed")}));
        QCOMPARE(
            plain.at(keys.indexOf(QStringLiteral("opened_on"))).type, CaseListColumn::Type::Date);
        QCOMPARE(plain.at(keys.indexOf(QStringLiteral("interpreter_needed"))).type,
            CaseListColumn::Type::Number);
        QCOMPARE(plain.at(0).type, CaseListColumn::Type::Text);
        for (const auto &key : CaseListTable::includableKeys())
            QVERIFY2(!keys.contains(key), qPrintable(key));

        RedactionPolicy withBirth;
        QVERIFY(withBirth.includeKey(QStringLiteral("date_of_birth")));
        const auto included = CaseListTable::columns(withBirth, CaseListTable::Headers::Labels);
        QCOMPARE(included.size(), plain.size() + 1);
        QCOMPARE(included.constLast().key, QStringLiteral("date_of_birth"));
        QCOMPARE(included.constLast().type, CaseListColumn::Type::Date);
        QCOMPARE(included.constFirst().heading, QStringLiteral("Reference"));
    }

    void writesATypedSheetWithoutWithheldColumns()
    {
        auto db = Database::open(m_dbPath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("cases.xlsx"));
        auto written = CaseListXlsx(**db, repo).write(path, CaseQuery {}, RedactionPolicy {});
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written.value(), 4);
        QCOMPARE(filesIn(out.path()), QStringList({QStringLiteral("cases.xlsx")}));
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther),
            QFileDevice::Permissions());

        const auto sheet = test::readXlsx(path);
        QVERIFY(sheet.ok);
        QCOMPARE(sheet.rows.size(), 5);
        QCOMPARE(sheet.rows.at(0), CaseListCsv::columnKeys(RedactionPolicy {}));
        const QStringList names {
            QStringLiteral("=1+1"), kVietnamese, kChinese, kArabic}; // newest first
        for (int r = 1; r <= 4; ++r) {
            const QStringList &row = sheet.rows.at(r);
            QCOMPARE(row.at(0), m_references.at(r - 1));
            QCOMPARE(row.at(5), names.at(r - 1));
            QCOMPARE(sheet.types.at(r).at(5), QStringLiteral("s")); // "=1+1" stays text
            QCOMPARE(row.at(2), serial(QDate(2026, 1, 10)));
            QCOMPARE(sheet.types.at(r).at(2), QStringLiteral("d"));
            QCOMPARE(row.at(3), serial(QDate(2026, 1, 9)));
            QCOMPARE(row.at(7), QStringLiteral("1"));
            QCOMPARE(sheet.types.at(r).at(7), QStringLiteral("n"));
        }
        // Nothing withheld anywhere in the workbook; no formula either.
        for (auto it = sheet.parts.cbegin(); it != sheet.parts.cend(); ++it) {
            QVERIFY2(!it.value().contains(kANumber.toUtf8()), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("TPS pending"), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("1990"), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("<f>"), qPrintable(it.key()));
        }
        const QByteArray xml = sheet.parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(xml.contains("state=\"frozen\""));
        QVERIFY(xml.contains("ySplit=\"1\""));
        QVERIFY(xml.contains("<cols>"));

        auto events = repo.audit().events(m_references.constFirst());
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("case.export"));
        QCOMPARE(events->constFirst().detail, QStringLiteral("xlsx"));
    }

    void includedColumnsComeTyped()
    {
        auto db = Database::open(m_dbPath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("with.xlsx"));
        RedactionPolicy policy;
        QVERIFY(policy.includeKey(QStringLiteral("a_number")));
        QVERIFY(policy.includeKey(QStringLiteral("date_of_birth")));
        QVERIFY(CaseListXlsx(**db, repo)
                    .write(path, CaseQuery {}, policy, CaseListXlsx::Headers::Labels)
                    .ok());
        const auto sheet = test::readXlsx(path);
        QVERIFY(sheet.ok);
        QCOMPARE(sheet.rows.at(0).constFirst(), QStringLiteral("Reference"));
        const auto keys = CaseListTable::columnKeys(policy);
        const auto birth = keys.indexOf(QStringLiteral("date_of_birth"));
        const auto number = keys.indexOf(QStringLiteral("a_number"));
        QCOMPARE(sheet.rows.at(1).at(birth), serial(QDate(1990, 2, 3)));
        QCOMPARE(sheet.types.at(1).at(birth), QStringLiteral("d"));
        QCOMPARE(sheet.rows.at(1).at(number), kANumber);
        QVERIFY(!sheet.parts.value(QStringLiteral("xl/sharedStrings.xml")).contains("TPS"));
        auto events = repo.audit().events(m_references.constFirst());
        QVERIFY(events.ok());
        QCOMPARE(
            events->constFirst().detail, QStringLiteral("xlsx; included: date_of_birth, a_number"));
    }

    void stoppedOrFailedLeavesNothing()
    {
        auto db = Database::open(m_dbPath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("stopped.xlsx"));
        auto stopped
            = CaseListXlsx(**db, repo)
                  .write(path, CaseQuery {}, RedactionPolicy {}, CaseListXlsx::Headers::Keys,
                      [](qsizetype, qsizetype) { return false; });
        QVERIFY(!stopped.ok());
        QVERIFY(filesIn(out.path()).isEmpty());
        auto events = repo.audit().events(m_references.constFirst());
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("case.export_aborted"));
        QVERIFY(events->constFirst().detail.startsWith(QLatin1String("xlsx; after 4 of 4")));

        // A file already there is replaced only by a complete one.
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        QVERIFY(!CaseListXlsx(**db, repo)
                     .write(path, CaseQuery {}, RedactionPolicy {}, CaseListXlsx::Headers::Keys,
                         [](qsizetype, qsizetype) { return false; })
                     .ok());
        QCOMPARE(filesIn(out.path()), QStringList({QStringLiteral("stopped.xlsx")}));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("old"));
        existing.close();

        const QString nowhere = out.filePath(QStringLiteral("missing/cases.xlsx"));
        auto failed = CaseListXlsx(**db, repo).write(nowhere, CaseQuery {}, RedactionPolicy {});
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QLatin1String("cases.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestCaseListXlsx)
#include "tst_caselistxlsx.moc"
