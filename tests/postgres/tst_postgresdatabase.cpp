// Database on an office server: what opening a PostgreSQL URI creates, and what it refuses.
// Runs only under scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "demo/demogenerator.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/queryinterrupt.h"
#include "storage/searchindex.h"
#include "storage/searchtext.h"
#include "storage/statisticsquery.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

using namespace td;

class TestPostgresDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;

    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::TestDatabase::onPostgres());
        test::TestDatabase::requireClusterIfOnPostgres();
    }

    void init()
    {
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
    }

    void cleanup() { m_location.reset(); }

    void createsTheCurrentSchema()
    {
        auto db = Database::open(m_location->target());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->dialect(), SqlDialect::Postgres);
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT application_id FROM schema_version")),
            qint64(0x54444B31));
        // The same tables as a SQLite file of this version, the search index included.
        for (const auto *table : {"clients", "cases", "incidents", "incident_violations",
                 "officers", "witnesses", "evidence", "evidence_custody", "complaint_submissions",
                 "follow_ups", "generated_reports", "audit_events", "case_search",
                 "reference_counters", "violation_categories"}) {
            QCOMPARE(scalar(**db,
                         QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = '%1'")
                             .arg(QLatin1String(table))),
                1);
        }
        QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM violation_categories")) > 0);
        QCOMPARE(scalar(**db,
                     QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname ="
                                    " 'case_search_document' AND indexdef LIKE '%USING gin%'")),
            1);
    }

    void reopeningIsIdempotent()
    {
        {
            auto db = Database::open(m_location->target());
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            QVERIFY(repo.save(test::minimalCase(QStringLiteral("Ana Example"))).ok());
        }
        auto again = Database::open(m_location->target(), Database::OpenMode::ExistingOnly);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE((*again)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(**again, QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(scalar(**again, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
    }

    void emptyDatabaseIsNotFoundWhenItMustExist()
    {
        for (const auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::ReadOnly}) {
            auto db = Database::open(m_location->target(), mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().kind, ErrorKind::NotFound);
        }
        // Nothing was created on the way.
        QVERIFY(m_location->execOnServer(QStringLiteral("SELECT 1 FROM schema_version"))
                    .contains(QLatin1String("schema_version")));
    }

    void refusesForeignDatabaseUntouched()
    {
        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (7)")),
            QString());
        for (const auto mode :
            {Database::OpenMode::CreateIfMissing, Database::OpenMode::ReadOnly}) {
            auto db = Database::open(m_location->target(), mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().kind, ErrorKind::BadInput);
            QVERIFY2(db.error().message.contains(QLatin1String("not a TrustDesk database")),
                qPrintable(db.error().message));
        }
        QVERIFY(
            !m_location->execOnServer(QStringLiteral("SELECT 1 FROM schema_version")).isEmpty());
        QVERIFY(!m_location->execOnServer(QStringLiteral("SELECT 1 FROM cases")).isEmpty());
        QCOMPARE(m_location->execOnServer(QStringLiteral("SELECT id FROM invoices")), QString());
    }

    void refusesNewerSchema()
    {
        QVERIFY(Database::open(m_location->target()).ok());
        QCOMPARE(m_location->execOnServer(QStringLiteral("UPDATE schema_version SET version = %1")
                                              .arg(Migrations::latestVersion() + 1)),
            QString());
        auto db = Database::open(m_location->target());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("newer version")),
            qPrintable(db.error().message));
    }

    void readOnlyCannotWrite()
    {
        QVERIFY(Database::open(m_location->target()).ok());
        auto db = Database::open(m_location->target(), Database::OpenMode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->isReadOnly());
        QVERIFY(!(*db)->exec(QStringLiteral("DELETE FROM violation_categories"), QString()).ok());
        QVERIFY(scalar(**db, QStringLiteral("SELECT count(*) FROM violation_categories")) > 0);
    }

    void transactionsRollBackAndSnapshotsNest()
    {
        auto opened = Database::open(m_location->target());
        QVERIFY(opened.ok());
        Database &db = **opened;
        {
            WriteTransaction tx(db);
            QVERIFY(tx.begun().ok());
            QVERIFY(db.exec(QStringLiteral("DELETE FROM violation_categories"), QString()).ok());
            ReadSnapshot inside(db); // a savepoint within the write transaction
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM violation_categories")), 0);
        } // not committed
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM violation_categories")) > 0);
        {
            ReadSnapshot outside(db); // a read-only transaction of its own
            QVERIFY(!db.exec(QStringLiteral("DELETE FROM violation_categories"), QString()).ok());
        }
        // The snapshot ended: writing works again.
        WriteTransaction tx(db);
        QVERIFY(db.exec(QStringLiteral("UPDATE violation_categories SET position = position"),
                      QString())
                    .ok());
        QVERIFY(tx.commit().ok());
    }

    void auditLogIsAppendOnly()
    {
        auto opened = Database::open(m_location->target());
        QVERIFY(opened.ok());
        CaseRepository repo(**opened, QStringLiteral("tester"));
        QVERIFY(repo.save(test::minimalCase(QStringLiteral("Ana Example"))).ok());
        QVERIFY(scalar(**opened, QStringLiteral("SELECT count(*) FROM audit_events")) > 0);
        QVERIFY(!(*opened)->exec(QStringLiteral("UPDATE audit_events SET actor = 'x'"), QString()));
        QVERIFY(!(*opened)->exec(QStringLiteral("DELETE FROM audit_events"), QString()));
    }

    void searchConfigurationStripsAccents()
    {
        // Text written by other means than SearchText (psql, a server-side import) is found too.
        auto opened = Database::open(m_location->target());
        QVERIFY(opened.ok());
        QCOMPARE(scalar(**opened,
                     QStringLiteral("SELECT count(*) WHERE to_tsvector('trustdesk_search',"
                                    " 'Josué Désir') @@ to_tsquery('trustdesk_search', 'josue')")),
            1);
    }

    void statisticsCountAsOnSqlite()
    {
        // Schema 11's index is there (and replaces incidents_case) on the server too.
        auto pg = Database::open(m_location->target());
        QVERIFY(pg.ok());
        QCOMPARE(scalar(**pg,
                     QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname ="
                                    " 'incidents_case_keys'")),
            1);
        QCOMPARE(scalar(**pg,
                     QStringLiteral(
                         "SELECT count(*) FROM pg_indexes WHERE indexname = 'incidents_case'")),
            0);
        // The portable GROUP BY statements on the server, the ordered pass on SQLite: the same
        // counts for the same cases.
        auto file = Database::open(test::databasePath(m_dir, QStringLiteral("stats.sqlite")));
        QVERIFY(file.ok());
        DemoGenerator demo(3);
        const QList<CaseFile> cases = demo.generate(80);
        for (Database *db : {pg->get(), file->get()}) {
            CaseRepository repo(*db, QStringLiteral("tester"));
            for (const CaseFile &c : cases)
                QVERIFY(repo.save(c).ok());
        }
        using D = StatisticsDimension;
        const QList<std::pair<D, std::optional<D>>> tables {{D::Agency, D::Outcome},
            {D::Category, D::Month}, {D::District, D::Quarter}, {D::Outcome, std::nullopt},
            {D::Agency, std::nullopt}, {D::Status, D::Category}};
        StatisticsFilter filter;
        filter.from = QDate(2024, 1, 1);
        for (const auto &[rows, columns] : tables) {
            for (const StatisticsFilter &f : {StatisticsFilter {}, filter}) {
                auto server = StatisticsQuery(**pg).table(f, rows, columns);
                auto local = StatisticsQuery(**file).table(f, rows, columns);
                QVERIFY(server.ok());
                QVERIFY(local.ok());
                const auto keys = [](const QList<StatisticsKey> &list) {
                    QStringList out;
                    for (const auto &k : list)
                        out << k.key;
                    return out;
                };
                const QString name = statisticsDimensionCode(rows)
                    + (columns ? QLatin1Char(',') + statisticsDimensionCode(*columns) : QString());
                QVERIFY2(keys(server->rows) == keys(local->rows), qPrintable(name));
                QVERIFY2(keys(server->columns) == keys(local->columns), qPrintable(name));
                QVERIFY2(server->cells == local->cells, qPrintable(name));
                QVERIFY2(server->rowTotals == local->rowTotals, qPrintable(name));
                QVERIFY2(server->columnTotals == local->columnTotals, qPrintable(name));
                QVERIFY2(server->total == local->total, qPrintable(name));
                QVERIFY(server->total.cases > 0);
            }
        }
    }

    void searchMeansTheSameAsOnSqlite()
    {
        auto opened = Database::open(m_location->target());
        QVERIFY(opened.ok());
        CaseRepository repo(**opened, QStringLiteral("tester"));
        // Words PostgreSQL's own parser would keep whole (an e-mail, a host, a path, a decimal)
        // are found by their parts, as FTS5 finds them.
        CaseFile c = test::minimalCase(QStringLiteral("张伟 Example"));
        c.incidents[0].narrative
            = QStringLiteral("Wrote to maria@example.org from cbp.gov, file /tmp/a.pdf at 3.14");
        QVERIFY(repo.save(c).ok());
        for (const auto *query : {"maria", "example org", "cbp", "gov", "tmp", "pdf", "3 14",
                 "张伟", "伟", "MARÍA", "examp"}) {
            QCOMPARE(repo.search(QString::fromUtf8(query), 10)->size(), 1);
        }
        for (const auto *query : {"伟张", "exampl org", "maria@example.org x"})
            QCOMPARE(repo.search(QString::fromUtf8(query), 10)->size(), 0);
        QCOMPARE(SearchIndex(**opened).count(QStringLiteral("example")).value(), 1);
    }

    void searchAboveTheCapIsNewestFirst()
    {
        // As on SQLite: more matches than the ranking cap give the newest, fewer are ranked.
        auto opened = Database::open(m_location->target());
        QVERIFY(opened.ok());
        Database &db = **opened;
        CaseRepository repo(db, QStringLiteral("tester"));
        auto oldest = repo.save(test::minimalCase(QStringLiteral("Zebra Example")));
        QVERIFY(oldest.ok());
        // Copies in bulk, found by their narrative only (a lower weight than the client's name).
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO cases (reference, client_id, status, opened_on, created_at, updated_at)"
            " SELECT 'TD-2026-' || (10000 + g), client_id, status, opened_on, created_at,"
            " updated_at FROM cases, generate_series(1, %1) g")
                           .arg(SearchIndex::kRankingCap + 10)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO case_search (case_id, narrative)"
                                      " SELECT id, 'zebra' FROM cases WHERE id <> %1")
                           .arg(oldest->id)));
        const auto newest = repo.search(QStringLiteral("zebra"), 5);
        QVERIFY(newest.ok());
        QList<qint64> expected;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id DESC LIMIT 5")));
        while (q.next())
            expected.append(q.value(0).toLongLong());
        QList<qint64> found;
        for (const auto &summary : newest.value())
            found.append(summary.id);
        QCOMPARE(found, expected);

        QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE id > %1")
                           .arg(oldest->id + SearchIndex::kRankingCap - 10)));
        const auto ranked = repo.search(QStringLiteral("zebra"), 5);
        QVERIFY(ranked.ok());
        QCOMPARE(ranked->size(), 5);
        QCOMPARE(ranked->constFirst().id, oldest->id);
    }

    void oneWordThePlannerPutsFarAboveTheCapIsNotCounted()
    {
        // A one-word search skips its count up to the cap when the planner's statistics put the
        // matches at ten times the cap: the answer is the newest matches, as above the cap.
        auto opened = Database::open(m_location->target());
        QVERIFY(opened.ok());
        Database &db = **opened;
        CaseRepository repo(db, QStringLiteral("tester"));
        auto oldest = repo.save(test::minimalCase(QStringLiteral("Zebra Example")));
        QVERIFY(oldest.ok());
        QSqlQuery q(db.connection());
        // Statistics change only when this test says so. Other words beside "zebra", as in real
        // narratives: with a single word in the column the planner does not trust its
        // statistics for a prefix ("zebra" typed last is one) and estimates 2 %.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE case_search SET (autovacuum_enabled = off)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO cases (reference, client_id, status, opened_on, created_at, updated_at)"
            " SELECT 'TD-2026-' || (10000 + g), client_id, status, opened_on, created_at,"
            " updated_at FROM cases, generate_series(1, %1) g")
                           .arg(int(SearchIndex::kSurelyAboveCap * 1.5))));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO case_search (case_id, narrative)"
                           " SELECT id, 'zebra w' || (id % 3000) || ' v' || (id % 700) FROM cases"
                           " WHERE id <> %1")
                .arg(oldest->id)));
        QVERIFY(q.exec(QStringLiteral("ANALYZE case_search")));
        const auto estimate
            = SearchIndex::estimatedMatches(db, SearchText::tsQuery(QStringLiteral("zebra")));
        QVERIFY(estimate.ok());
        QVERIFY2(estimate.value() >= SearchIndex::kSurelyAboveCap,
            qPrintable(QString::number(estimate.value())));
        const auto newestIds = [&q](int n) {
            QList<qint64> ids;
            if (q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id DESC LIMIT %1").arg(n))) {
                while (q.next())
                    ids.append(q.value(0).toLongLong());
            }
            return ids;
        };
        const auto idsOf = [](const QList<CaseSummary> &summaries) {
            QList<qint64> ids;
            for (const auto &summary : summaries)
                ids.append(summary.id);
            return ids;
        };
        auto found = repo.search(QStringLiteral("zebra"), 5);
        QVERIFY(found.ok());
        QCOMPARE(idsOf(found.value()), newestIds(5));

        // Proof that no count ran: with the statistics left stale after most matches are gone
        // (below the cap now), the answer is still the newest, not the ranked one. Current
        // statistics (autovacuum renews them after such a change) bring the ranking back.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE id > %1")
                           .arg(oldest->id + SearchIndex::kRankingCap - 10)));
        const auto stale
            = SearchIndex::estimatedMatches(db, SearchText::tsQuery(QStringLiteral("zebra")));
        QVERIFY(stale.ok());
        QVERIFY2(stale.value() >= SearchIndex::kSurelyAboveCap,
            qPrintable(QString::number(stale.value())));
        found = repo.search(QStringLiteral("zebra"), 5);
        QVERIFY(found.ok());
        QCOMPARE(idsOf(found.value()), newestIds(5));
        QVERIFY(q.exec(QStringLiteral("ANALYZE case_search")));
        found = repo.search(QStringLiteral("zebra"), 5);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 5);
        QCOMPARE(found->constFirst().id, oldest->id);
    }

    // A window that locks or closes while a count runs on its own connection ends that statement
    // from the owner's thread (QueryInterrupt: libpq's cancel request) instead of waiting for it.
    // A statement that would sleep a minute ends within seconds, failing; the connection stays
    // usable.
    void interruptEndsAStatementOnTheServer()
    {
        std::promise<QueryInterrupt> made;
        auto interruptFuture = made.get_future();
        QString outcome;
        bool failedAsCancelled = false;
        bool usableAfter = false;
        qint64 ranMs = -1;
        std::atomic<bool> done = false;
        std::promise<void> quiet;
        const QString target = m_location->target();
        std::thread worker([&] {
            auto db = Database::open(target);
            if (!db) {
                outcome = db.error().message;
                made.set_value(QueryInterrupt());
                done = true;
                return;
            }
            made.set_value(QueryInterrupt(**db));
            QElapsedTimer timer;
            timer.start();
            QSqlQuery q((*db)->connection());
            failedAsCancelled = !q.exec(QStringLiteral("SELECT pg_sleep(60)"));
            ranMs = timer.elapsed();
            outcome = q.lastError().text();
            done = true;
            // Once the test has stopped cancelling, so that no late cancel hits this one.
            quiet.get_future().wait();
            QSqlQuery after((*db)->connection());
            usableAfter = after.exec(QStringLiteral("SELECT 1")) && after.next();
        });
        const QueryInterrupt interrupt = interruptFuture.get();
        // Again and again until the worker is done: a cancel that reaches the server before the
        // sleep starts cancels nothing.
        QElapsedTimer waited;
        waited.start();
        while (!done.load() && waited.elapsed() < 45000) {
            QTest::qWait(200);
            interrupt.interrupt();
        }
        quiet.set_value();
        worker.join();
        QVERIFY2(failedAsCancelled, qPrintable(outcome));
        QVERIFY2(ranMs >= 0 && ranMs < 30000, qPrintable(QString::number(ranMs)));
        QVERIFY(usableAfter);
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
