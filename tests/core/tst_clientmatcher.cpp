// ClientMatcher: an existing client found by name (accents and case ignored) or phone digits,
// never an anonymous one; on SQLite and, as tst_clientmatcher_postgres, on PostgreSQL.
#include "storage/caserepository.h"
#include "storage/clientmatcher.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestClientMatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void init()
    {
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db.value());
    }

    void cleanup()
    {
        m_db.reset();
        m_location.reset();
    }

    void findsByNameAndPhone()
    {
        CaseRepository repo(*m_db, QStringLiteral("tester"));
        CaseFile a = test::minimalCase(QStringLiteral("Josué Pierre-Louis"));
        a.client.phone = QStringLiteral("+1 (617) 555-0142");
        QVERIFY(repo.save(a).ok());
        CaseFile b = test::minimalCase(QStringLiteral("陈美玲"));
        QVERIFY(repo.save(b).ok());
        CaseFile hidden = test::minimalCase(QString());
        hidden.client.anonymous = true;
        hidden.client.phone = QStringLiteral("617.555.0199");
        QVERIFY(repo.save(hidden).ok());

        ClientMatcher matcher(*m_db);
        auto byName = matcher.find(QStringLiteral("JOSUE pierre-louis"), QString());
        QVERIFY2(byName.ok(), qPrintable(byName.ok() ? QString() : byName.error().message));
        QCOMPARE(byName->size(), 1);
        QVERIFY(byName->first().nameMatches);
        QCOMPARE(byName->first().caseReferences.size(), 1);

        QCOMPARE(matcher.find(QStringLiteral("陈美玲"), QString())->size(), 1);
        QCOMPARE(matcher.find(QStringLiteral("Josué"), QString())->size(), 0); // the whole name

        auto byPhone = matcher.find(QString(), QStringLiteral("617.555.0142"));
        QVERIFY(byPhone.ok());
        QCOMPARE(byPhone->size(), 1);
        QVERIFY(byPhone->first().phoneMatches);
        QCOMPARE(matcher.find(QString(), QStringLiteral("617 555 0199"))->size(), 0); // anonymous
    }
};

QTEST_GUILESS_MAIN(TestClientMatcher)
#include "tst_clientmatcher.moc"
