// Repeat officers in storage: the keys CaseWriter stores, the cases an officer appears in, the
// roster, and schema 10 filling the keys of officers saved before it.
#include "domain/officeridentity.h"
#include "models/officerrostermodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/officerquery.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>
#include <memory>
#include <vector>

using namespace td;

namespace {

const QString kBpd = QStringLiteral("Boston Police Department");
const QString kMbta = QStringLiteral("MBTA Transit Police");
constexpr int kBeforeOfficerKeys = 9;

CaseFile caseWith(const QString &badge, const QString &agency, const QDate &date,
    const QStringList &violations = {QStringLiteral("pii_sharing")})
{
    CaseFile c = test::minimalCase(QStringLiteral("Ana Example"));
    c.incidents[0].date = date;
    c.incidents[0].agency = agency;
    c.incidents[0].violations = violations;
    Officer o;
    o.name = QStringLiteral("Officer Example");
    o.badgeNumber = badge;
    c.incidents[0].officers = {o};
    return c;
}

QStringList references(const QList<OfficerCase> &cases)
{
    QStringList out;
    for (const auto &c : cases)
        out.append(c.reference);
    return out;
}

} // namespace

class TestOfficerQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // One database per test function, a file or (the `_postgres` run) a server database.
    std::vector<std::unique_ptr<test::TestDatabase>> m_databases;

    QString freshPath()
    {
        m_databases.push_back(std::make_unique<test::TestDatabase>(m_dir));
        if (!m_databases.back()->error().isEmpty())
            qWarning("%s", qPrintable(m_databases.back()->error()));
        return m_databases.back()->target();
    }

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }
    void cleanup() { m_databases.clear(); }

    void casesWithMatchesNormalisedBadgeAndAgency()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        const auto a = repo.save(caseWith(QStringLiteral("#0123"), kBpd, QDate(2026, 1, 5)));
        const auto b = repo.save(caseWith(QStringLiteral("No. 123"),
            QStringLiteral("boston police  department"), QDate(2026, 2, 5)));
        const auto other = repo.save(caseWith(QStringLiteral("123"), kMbta, QDate(2026, 3, 5)));
        const auto unknown
            = repo.save(caseWith(QStringLiteral("123"), QString(), QDate(2026, 4, 5)));
        const auto noBadge = repo.save(caseWith(QString(), kBpd, QDate(2026, 5, 5)));
        QVERIFY(a && b && other && unknown && noBadge);

        OfficerQuery query(**db);
        auto found = query.casesWith(QStringLiteral("123"), kBpd, a->id);
        QVERIFY(found.ok());
        // Latest first; the MBTA officer is another person, the unknown agency is a lead.
        QCOMPARE(references(found.value()), (QStringList {unknown->reference, b->reference}));
        QCOMPARE(found->constLast().firstIncidentOn, QDate(2026, 2, 5));

        // Typed before the agency: every agency.
        found = query.casesWith(QStringLiteral(" 0123"), QString(), 0);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 4);

        // An empty badge never matches, though a case has an officer without one.
        found = query.casesWith(QStringLiteral("  "), kBpd, 0);
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty());
    }

    void rosterGroupsByIdentity()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QVERIFY(repo.save(caseWith(QStringLiteral("A-7"), kBpd, QDate(2026, 1, 5),
                              {QStringLiteral("civil_detainer")}))
                    .ok());
        QVERIFY(repo.save(caseWith(QStringLiteral("a-07"), kBpd, QDate(2026, 3, 1),
                              {QStringLiteral("civil_detainer"), QStringLiteral("pii_sharing")}))
                    .ok());
        // Two officers of one incident in one case: one incident each.
        CaseFile two = caseWith(
            QStringLiteral("A- 007"), kBpd, QDate(2026, 2, 1), {QStringLiteral("civil_detainer")});
        Officer second;
        second.badgeNumber = QStringLiteral("900");
        two.incidents[0].officers.append(second);
        QVERIFY(repo.save(two).ok());
        QVERIFY(repo.save(caseWith(QStringLiteral("A-7"), QString(), QDate(2026, 4, 1))).ok());

        auto roster = OfficerQuery(**db).roster(1);
        QVERIFY(roster.ok());
        QCOMPARE(roster->size(), 3);
        const OfficerRosterEntry &top = roster->constFirst();
        QCOMPARE(top.badgeKey, QStringLiteral("A-7"));
        QCOMPARE(top.agencyKey, OfficerIdentity::agencyKey(kBpd));
        QCOMPARE(top.agency, kBpd);
        QCOMPARE(top.incidents, 3);
        QCOMPARE(top.cases, 3);
        QCOMPARE(top.firstIncidentOn, QDate(2026, 1, 5));
        QCOMPARE(top.lastIncidentOn, QDate(2026, 3, 1));
        QCOMPARE(top.categories,
            (QStringList {QStringLiteral("civil_detainer"), QStringLiteral("pii_sharing")}));
        QCOMPARE(top.name, QStringLiteral("Officer Example"));
        // The record without an agency stays on its own row, not counted into the BPD officer.
        auto unknownRow = std::find_if(roster->cbegin(), roster->cend(),
            [](const OfficerRosterEntry &e) { return e.agencyKey.isEmpty(); });
        QVERIFY(unknownRow != roster->cend());
        QCOMPARE(unknownRow->incidents, 1);

        QCOMPARE(OfficerQuery(**db).roster(2)->size(), 1);

        // The roster's table model: checked by Qt's tester through a reset and a clear.
        OfficerRosterModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(roster.value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, OfficerRosterModel::IncidentsColumn).data().toInt(), 3);
        QCOMPARE(
            model.index(0, OfficerRosterModel::FirstColumn).data().toDate(), QDate(2026, 1, 5));
        QCOMPARE(model.index(0, OfficerRosterModel::BadgeColumn)
                     .data(OfficerRosterModel::BadgeKeyRole)
                     .toString(),
            QStringLiteral("A-7"));
        QVERIFY(model.index(0, OfficerRosterModel::CategoriesColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String(", ")));
        QVERIFY(!model.index(unknownRow - roster->cbegin(), OfficerRosterModel::AgencyColumn)
                     .data()
                     .toString()
                     .isEmpty()); // "(agency unknown)", not a blank
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        auto cases = OfficerQuery(**db).casesOf(top.badgeKey, top.agencyKey);
        QVERIFY(cases.ok());
        QCOMPARE(cases->size(), 3);
    }

    // An officer written down twice in one incident is in one incident: rows are not
    // incidents, for the count, the minimum, and how often each category was recorded.
    void rosterCountsAnIncidentOnceWhateverItsRows()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        CaseFile twice = caseWith(
            QStringLiteral("B-1"), kBpd, QDate(2026, 5, 1), {QStringLiteral("pii_sharing")});
        twice.incidents[0].officers.append(twice.incidents[0].officers.constFirst());
        QVERIFY(repo.save(twice).ok());
        QVERIFY(repo.save(caseWith(QStringLiteral("B-1"), kBpd, QDate(2026, 6, 1),
                              {QStringLiteral("civil_detainer")}))
                    .ok());
        // Twice in its only incident: two rows, one incident, below a minimum of two.
        CaseFile alone = caseWith(QStringLiteral("C-3"), kMbta, QDate(2026, 7, 1));
        alone.incidents[0].officers.append(alone.incidents[0].officers.constFirst());
        QVERIFY(repo.save(alone).ok());

        auto roster = OfficerQuery(**db).roster(2);
        QVERIFY(roster.ok());
        QCOMPARE(roster->size(), 1);
        const OfficerRosterEntry &b1 = roster->constFirst();
        QCOMPARE(b1.badgeKey, QStringLiteral("B-1"));
        QCOMPARE(b1.incidents, 2);
        QCOMPARE(b1.cases, 2);
        QCOMPARE(b1.firstIncidentOn, QDate(2026, 5, 1));
        QCOMPARE(b1.lastIncidentOn, QDate(2026, 6, 1));
        // Once each, so in code order; counted per row, pii_sharing would come first.
        QCOMPARE(b1.categories,
            (QStringList {QStringLiteral("civil_detainer"), QStringLiteral("pii_sharing")}));

        auto all = OfficerQuery(**db).roster(1);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->constLast().badgeKey, QStringLiteral("C-3"));
        QCOMPARE(all->constLast().incidents, 1);
        QCOMPARE(all->constLast().categories, QStringList {QStringLiteral("pii_sharing")});
        // Nothing below zero or one: every recorded officer.
        QCOMPARE(OfficerQuery(**db).roster(0)->size(), 2);
    }

    void updateRewritesKeys()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(caseWith(QStringLiteral("55"), kBpd, QDate(2026, 1, 5)));
        QVERIFY(saved.ok());
        CaseFile changed = saved.value();
        changed.incidents[0].officers[0].badgeNumber = QStringLiteral("56");
        QVERIFY(repo.save(changed).ok());
        OfficerQuery query(**db);
        QVERIFY(query.casesWith(QStringLiteral("55"), kBpd)->isEmpty());
        QCOMPARE(query.casesWith(QStringLiteral("056"), kBpd)->size(), 1);
    }

    // A file from before schema 10: officers without keys get them from the migration.
    void migrationFillsKeys()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("An office database starts at the current version: no file from before 10.");
        const QString path = freshPath();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            QVERIFY(repo.save(caseWith(QStringLiteral("# 0042"), kBpd, QDate(2026, 1, 5))).ok());
            QVERIFY(repo.save(caseWith(QStringLiteral("42"),
                                  QStringLiteral(" BOSTON police department"), QDate(2026, 1, 6)))
                        .ok());
            QVERIFY(repo.save(caseWith(QString(), kBpd, QDate(2026, 1, 7))).ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX officers_identity")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE officers DROP COLUMN badge_key")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE officers DROP COLUMN agency_key")));
            QVERIFY(q.exec(
                // The version before addOfficerKeys (schema 10): renumber with the step.
                QStringLiteral("PRAGMA user_version = %1").arg(kBeforeOfficerKeys)));
        }
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT badge_key, agency_key FROM officers ORDER BY id")));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        const QString bpdKey = OfficerIdentity::agencyKey(kBpd);
        QCOMPARE(keys,
            (QStringList {QStringLiteral("42|") + bpdKey, QStringLiteral("42|") + bpdKey,
                QStringLiteral("|")}));
        QCOMPARE(OfficerQuery(**db).casesWith(QStringLiteral("42"), kBpd)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOfficerQuery)
#include "tst_officerquery.moc"
