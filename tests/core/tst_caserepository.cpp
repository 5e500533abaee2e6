#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

// Ids are assigned by storage; compare what a person entered.
QStringList references(const QList<CaseSummary> &list)
{
    QStringList out;
    for (const auto &s : list)
        out.append(s.reference);
    return out;
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Also run against PostgreSQL (the CTest copy labelled `postgres`, see test::TestDatabase).
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db.value());
        QCOMPARE(m_db->dialect(),
            test::TestDatabase::onPostgres() ? SqlDialect::Postgres : SqlDialect::Sqlite);
        m_repo = std::make_unique<CaseRepository>(*m_db, QStringLiteral("tester"));
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        m_location.reset();
    }

    void savesAndLoadsEveryField()
    {
        const CaseFile original = test::sampleCase();
        auto saved = m_repo->save(original);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->reference, QStringLiteral("TD-2026-00001"));
        QVERIFY(saved->id > 0);

        auto loaded = m_repo->loadByReference(saved->reference);
        QVERIFY(loaded.ok());
        CaseFile expected = original;
        expected.reference = saved->reference;
        QCOMPARE(test::withoutIds(loaded.value()), test::withoutIds(expected));
        // Badge numbers are kept exactly as entered, spaces and all.
        QCOMPARE(loaded->incidents.at(0).officers.at(1).badgeNumber, QStringLiteral("  7731-x "));
    }

    void referencesAreSequentialPerYear()
    {
        QCOMPARE(m_repo->save(test::minimalCase(QStringLiteral("A Example")))->reference,
            QStringLiteral("TD-2026-00001"));
        QCOMPARE(m_repo->save(test::minimalCase(QStringLiteral("B Example")))->reference,
            QStringLiteral("TD-2026-00002"));
        CaseFile older = test::minimalCase(QStringLiteral("C Example"));
        older.openedOn = QDate(2025, 12, 30);
        older.incidents[0].date = QDate(2025, 12, 29);
        QCOMPARE(m_repo->save(older)->reference, QStringLiteral("TD-2025-00001"));
        // An imported reference moves the counter past it.
        CaseFile imported = test::minimalCase(QStringLiteral("D Example"));
        imported.reference = QStringLiteral("TD-2026-00040");
        QVERIFY(m_repo->insertAll({imported}, QStringLiteral("case.import")).ok());
        QCOMPARE(m_repo->save(test::minimalCase(QStringLiteral("E Example")))->reference,
            QStringLiteral("TD-2026-00041"));
    }

    void updateReplacesChildren()
    {
        auto saved = m_repo->save(test::sampleCase());
        QVERIFY(saved.ok());
        CaseFile edited = saved.value();
        edited.status = CaseStatus::Filed;
        edited.client.fullName = QStringLiteral("Trần Văn Bình");
        edited.incidents[0].officers.removeFirst();
        edited.incidents[0].violations = {QStringLiteral("civil_detainer")};
        edited.followUps.clear();
        QVERIFY(m_repo->save(edited).ok());
        auto loaded = m_repo->load(saved->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->status, CaseStatus::Filed);
        QCOMPARE(loaded->client.fullName, QStringLiteral("Trần Văn Bình"));
        QCOMPARE(loaded->incidents.at(0).officers.size(), 1);
        QCOMPARE(
            loaded->incidents.at(0).violations, QStringList {QStringLiteral("civil_detainer")});
        QVERIFY(loaded->followUps.isEmpty());
        QCOMPARE(loaded->evidence.size(), 1); // evidence keeps its rows (and their custody)
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM officers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void invalidCaseIsNotSaved()
    {
        CaseFile c = test::minimalCase(QString());
        c.incidents[0].date = QDate::currentDate().addDays(3);
        auto saved = m_repo->save(c);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::BadInput);
        QVERIFY(saved.error().message.contains(QLatin1String("client.full_name")));
        QVERIFY(saved.error().message.contains(QLatin1String("incidents[0].date")));
        QCOMPARE(m_repo->count({}).value(), 0);
    }

    void anonymousClientNeedsNoName()
    {
        CaseFile c = test::minimalCase(QString());
        c.client.anonymous = true;
        auto saved = m_repo->save(c);
        QVERIFY(saved.ok());
        QCOMPARE(
            m_repo->page({}, 0, 10)->constFirst().clientName, QStringLiteral("Anonymous client"));
    }

    void searchStaysInStepWithEdits()
    {
        auto saved = m_repo->save(test::sampleCase(QStringLiteral("Josué Pierre-Louis")));
        QVERIFY(saved.ok());
        QCOMPARE(m_repo->search(QStringLiteral("josue"), 10)->size(), 1); // accents
        QCOMPARE(m_repo->search(QStringLiteral("PIERRE"), 10)->size(), 1); // case
        QCOMPARE(m_repo->search(QStringLiteral("BPD-0042"), 10)->size(), 1); // badge
        QCOMPARE(m_repo->search(QStringLiteral("7731"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("roxbury"), 10)->size(), 1); // location
        QCOMPARE(m_repo->search(QStringLiteral("photographed"), 10)->size(), 1); // narrative
        QCOMPARE(m_repo->search(QStringLiteral("placeholder"), 10)->size(), 1); // officer name
        QCOMPARE(m_repo->search(QStringLiteral("photog"), 10)->size(), 1); // prefix of last word

        CaseFile edited = saved.value();
        edited.client.fullName = QStringLiteral("Wilner Désir");
        edited.incidents[0].officers.clear();
        QVERIFY(m_repo->save(edited).ok());
        QCOMPARE(m_repo->search(QStringLiteral("josue"), 10)->size(), 0);
        QCOMPARE(m_repo->search(QStringLiteral("desir"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("BPD-0042"), 10)->size(), 0);

        QVERIFY(m_repo->remove(saved->id).ok());
        QCOMPARE(m_repo->search(QStringLiteral("desir"), 10)->size(), 0);
        QCOMPARE(m_repo->count({}).value(), 0);
    }

    void searchAnyScript()
    {
        QVERIFY(m_repo->save(test::minimalCase(QStringLiteral("王小明"))).ok());
        QVERIFY(m_repo->save(test::minimalCase(QStringLiteral("فاطمة الزهراء"))).ok());
        QVERIFY(m_repo->save(test::minimalCase(QStringLiteral("Nguyễn Thị Lan"))).ok());
        QVERIFY(m_repo->save(test::minimalCase(QStringLiteral("Анна Петрова"))).ok());
        QVERIFY(m_repo->save(test::minimalCase(QStringLiteral("Wideline Jean-Baptiste"))).ok());
        QCOMPARE(m_repo->search(QStringLiteral("小明"), 10)->size(), 1); // part of a CJK name
        QCOMPARE(m_repo->search(QStringLiteral("王"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("فاطمة"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("nguyen thi"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("NGUYỄN"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("петрова"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("jean baptiste"), 10)->size(), 1);
        QCOMPARE(m_repo->search(QStringLiteral("\"; DROP TABLE cases; --"), 10)->size(), 0);
        QCOMPARE(m_repo->count({}).value(), 5);
    }

    void pagesAndFilters()
    {
        QStringList expected;
        for (int i = 0; i < 25; ++i) {
            CaseFile c = test::minimalCase(QStringLiteral("Person %1").arg(i));
            c.status = i % 2 ? CaseStatus::Filed : CaseStatus::Intake;
            auto saved = m_repo->save(c);
            QVERIFY(saved.ok());
            expected.prepend(saved->reference);
        }
        QStringList seen;
        qint64 before = 0;
        for (;;) {
            auto page = m_repo->page({}, before, 10);
            QVERIFY(page.ok());
            seen += references(page.value());
            if (page->size() < 10)
                break;
            before = page->constLast().id;
        }
        QCOMPARE(seen, expected);
        CaseQuery filed;
        filed.status = CaseStatus::Filed;
        QCOMPARE(m_repo->count(filed).value(), 12);
        QCOMPARE(m_repo->page(filed, 0, 100)->size(), 12);
        CaseQuery text;
        text.text = QStringLiteral("person");
        QCOMPARE(m_repo->count(text).value(), 25);
        text.status = CaseStatus::Intake;
        QCOMPARE(m_repo->page(text, 0, 100)->size(), 13);
    }

    void listByClientFollowsRenames()
    {
        // Anonymous clients first, then names regardless of case, the id breaking ties; a renamed
        // client moves with every case of theirs (a server keeps the name on each case,
        // schema 16, so this also checks the triggers that keep it).
        auto carl = m_repo->save(test::minimalCase(QStringLiteral("carl")));
        QVERIFY(carl.ok());
        QVERIFY(m_repo->save(test::minimalCase(QStringLiteral("Alpha"))).ok());
        CaseFile hidden = test::minimalCase(QStringLiteral("Zed"));
        hidden.client.anonymous = true;
        QVERIFY(m_repo->save(hidden).ok());
        CaseFile again = test::minimalCase(QString());
        again.client = carl->client; // intake linked a second case to the same person
        QVERIFY(m_repo->save(again).ok());

        CaseQuery byClient;
        byClient.sort = CaseSort::Client;
        const auto names = [&](bool descending) {
            byClient.descending = descending;
            QStringList out;
            std::optional<CaseSummary> last;
            for (;;) { // pages of two: the second starts inside the two "carl" cases
                auto page = m_repo->pageAfter(byClient, last ? &*last : nullptr, 2);
                if (!page)
                    return QStringList {page.error().message};
                for (const auto &s : page.value())
                    out.append(s.clientName);
                if (page->size() < 2)
                    return out;
                last = page->constLast();
            }
        };
        const QString anonymous = QStringLiteral("Anonymous client");
        QCOMPARE(names(false),
            (QStringList {anonymous, QStringLiteral("Alpha"), QStringLiteral("carl"),
                QStringLiteral("carl")}));

        CaseFile renamed = carl.value();
        renamed.client.fullName = QStringLiteral("Aaron");
        QVERIFY(m_repo->save(renamed).ok());
        QCOMPARE(names(false),
            (QStringList {anonymous, QStringLiteral("Aaron"), QStringLiteral("Aaron"),
                QStringLiteral("Alpha")}));
        QCOMPARE(names(true),
            (QStringList {QStringLiteral("Alpha"), QStringLiteral("Aaron"), QStringLiteral("Aaron"),
                anonymous}));

        // Renamed by other means (psql, another program): the app touches every case of a
        // client it saves, an UPDATE of the client alone does not.
        QSqlQuery rename(m_db->connection());
        QVERIFY(rename.prepare(QStringLiteral("UPDATE clients SET full_name = ? WHERE id = ?")));
        rename.addBindValue(QStringLiteral("Bob"));
        rename.addBindValue(carl->client.id);
        QVERIFY(rename.exec());
        QCOMPARE(names(false),
            (QStringList {
                anonymous, QStringLiteral("Alpha"), QStringLiteral("Bob"), QStringLiteral("Bob")}));
    }

    void everyChangeIsAudited()
    {
        auto saved = m_repo->save(test::sampleCase());
        QVERIFY(saved.ok());
        QVERIFY(m_repo->save(saved.value()).ok());
        QVERIFY(m_repo->remove(saved->id).ok());
        auto events = m_repo->audit().events(saved->reference);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).action, QStringLiteral("case.delete"));
        QCOMPARE(events->at(1).action, QStringLiteral("case.update"));
        QCOMPARE(events->at(2).action, QStringLiteral("case.create"));
        QCOMPARE(events->at(2).actor, QStringLiteral("tester"));
        // Deleting leaves no orphaned client and no personal data in the audit log.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT detail || actor || action FROM audit_events")));
        int rows = 0;
        for (; q.next(); ++rows)
            QVERIFY(!q.value(0).toString().contains(QLatin1String("Lan")));
        QCOMPARE(rows, 3);
    }

    void importIsAllOrNothing()
    {
        CaseFile a = test::minimalCase(QStringLiteral("First Example"));
        a.reference = QStringLiteral("TD-2026-00100");
        CaseFile b = test::minimalCase(QStringLiteral("Second Example"));
        b.reference = QStringLiteral("TD-2026-00100"); // duplicate: the second insert must fail
        auto result = m_repo->insertAll({a, b}, QStringLiteral("case.import"));
        QVERIFY(!result.ok());
        QCOMPARE(m_repo->count({}).value(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
