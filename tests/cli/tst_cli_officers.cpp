// trustdesk-cli officers and list --csv: the roster and one badge's cases; the case list as a
// spreadsheet, its sensitive columns withheld unless included, every export audited.
#include "clirun.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

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

const QString kBpd = QStringLiteral("Boston Police Department");
const QString kANumber = QStringLiteral("A555000111");

CaseFile withOfficer(const QString &client, const QString &badge, const QString &agency, int day,
    CaseStatus status = CaseStatus::Intake)
{
    CaseFile c = minimalCase(client);
    c.status = status;
    c.client.aNumber = kANumber;
    c.client.dateOfBirth = QDate(1990, 2, 3);
    c.incidents[0].date = QDate(2026, 1, day);
    c.incidents[0].agency = agency;
    c.incidents[0].violations = {QStringLiteral("pii_sharing")};
    Officer o;
    o.name = QStringLiteral("Officer Placeholder");
    o.badgeNumber = badge;
    c.incidents[0].officers = {o};
    return c;
}

} // namespace

class TestCliOfficers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_db; ///< the file, or the URI of a database on the test cluster
    QStringList m_refs;

    int auditCount(const QString &action)
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        if (!db)
            return -1;
        auto events = CaseRepository(**db, QStringLiteral("t")).audit().events({}, 10000);
        if (!events)
            return -1;
        int n = 0;
        for (const auto &e : std::as_const(events.value()))
            n += e.action == action ? 1 : 0;
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
        const QList<CaseFile> cases {
            withOfficer(QStringLiteral("Ana Example"), QStringLiteral("#0042"), kBpd, 1),
            withOfficer(
                QStringLiteral("Bo Example"), QStringLiteral("No. 42"), kBpd, 5, CaseStatus::Filed),
            withOfficer(QStringLiteral("=Cy Example"), QStringLiteral("42"),
                QStringLiteral("boston police DEPARTMENT"), 9),
            withOfficer(QStringLiteral("Di Example"), QStringLiteral("42"),
                QStringLiteral("MBTA Transit Police"), 3),
        };
        for (const auto &c : cases) {
            auto saved = repo.save(c);
            QVERIFY(saved.ok());
            m_refs << saved->reference;
        }
    }

    void officersPlain()
    {
        const CliRun r = runCliOn(m_db, {QStringLiteral("officers")});
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1); // the MBTA officer is in one incident only
        const QStringList fields = lines.constFirst().split(QLatin1Char('\t'));
        QCOMPARE(fields.at(0), QStringLiteral("3"));
        QCOMPARE(fields.at(1), QStringLiteral("3"));
        QCOMPARE(fields.at(4), QStringLiteral("2026-01-01"));
        QCOMPARE(fields.at(5), QStringLiteral("2026-01-09"));
        QCOMPARE(fields.at(6), QStringLiteral("pii_sharing"));
        // No client data in the roster.
        QVERIFY(!r.out.contains(QLatin1String("Example")));
        QVERIFY(!r.out.contains(kANumber));
    }

    void officersJson()
    {
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("officers"), QStringLiteral("--json"),
                QStringLiteral("--min-incidents"), QStringLiteral("1")});
        EXPECT_EXIT(r, 0);
        const QJsonArray officers = QJsonDocument::fromJson(r.stdoutBytes)
                                        .object()
                                        .value(QStringLiteral("officers"))
                                        .toArray();
        QCOMPARE(officers.size(), 2);
        const QJsonObject top = officers.at(0).toObject();
        QCOMPARE(top.value(QStringLiteral("badge_key")).toString(), QStringLiteral("42"));
        QCOMPARE(top.value(QStringLiteral("incidents")).toInt(), 3);
        QCOMPARE(top.value(QStringLiteral("cases")).toInt(), 3);
        QCOMPARE(top.value(QStringLiteral("categories")).toArray().size(), 1);
        QCOMPARE(top.value(QStringLiteral("first_incident_on")).toString(),
            QStringLiteral("2026-01-01"));
        QCOMPARE(officers.at(1).toObject().value(QStringLiteral("agency")).toString(),
            QStringLiteral("MBTA Transit Police"));
    }

    void officersByBadge()
    {
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("officers"), QStringLiteral("--badge"), QStringLiteral(" # 042"),
                QStringLiteral("--agency"), kBpd});
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(m_refs.at(2))); // latest incident first
        QVERIFY(!r.out.contains(m_refs.at(3)));
        const CliRun bad
            = runCliOn(m_db, {QStringLiteral("officers"), QStringLiteral("--agency"), kBpd});
        EXPECT_EXIT(bad, 1);
    }

    void listCsvWithholdsAndAudits()
    {
        const int before = auditCount(QStringLiteral("case.export"));
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("intake"),
                QStringLiteral("--csv")});
        EXPECT_EXIT(r, 0);
        QVERIFY(r.stdoutBytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = r.stdoutBytes.mid(3).split('\n');
        QCOMPARE(lines.constFirst(),
            QByteArray(
                "reference,status,opened_on,last_incident_on,assigned_caseworker,client_name,"
                "preferred_language,interpreter_needed\r"));
        QCOMPARE(r.stdoutBytes.count("\r\n"), 4); // the header and three intake cases
        QVERIFY(!r.stdoutBytes.contains(kANumber.toUtf8()));
        QVERIFY(!r.stdoutBytes.contains("1990-02-03"));
        QVERIFY(!r.stdoutBytes.contains("Bo Example"));
        QVERIFY(r.stdoutBytes.contains(",'=Cy Example,"));
        QCOMPARE(auditCount(QStringLiteral("case.export")), before + 3);
    }

    void listCsvIncludes()
    {
        const QString out = m_dir.filePath(QStringLiteral("list.csv"));
        const CliRun r = runCliOn(m_db,
            {QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--include"),
                QStringLiteral("a_number"), QStringLiteral("--out"), out});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.err.contains(QLatin1String("Exported 4 case")), qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(",a_number\r\n"));
        QCOMPARE(bytes.count(kANumber.toUtf8()), 4);
        QVERIFY(!bytes.contains("1990-02-03"));
        QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }

    void listOptionsStayUnchanged()
    {
        const CliRun plain = runCliOn(m_db, {QStringLiteral("list")});
        EXPECT_EXIT(plain, 0);
        QCOMPARE(plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
        QVERIFY(!plain.stdoutBytes.startsWith("\xEF\xBB\xBF"));
        EXPECT_EXIT(
            runCliOn(m_db,
                {QStringLiteral("list"), QStringLiteral("--include"), QStringLiteral("a_number")}),
            1);
        EXPECT_EXIT(
            runCliOn(
                m_db, {QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--json")}),
            1);
        const CliRun unknown = runCliOn(m_db,
            {QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--include"),
                QStringLiteral("witness_contact")});
        EXPECT_EXIT(unknown, 1);
        QVERIFY(unknown.err.contains(QLatin1String("a_number")));
    }
};

QTEST_GUILESS_MAIN(TestCliOfficers)
#include "tst_cli_officers.moc"
