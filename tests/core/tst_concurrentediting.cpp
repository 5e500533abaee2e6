// Many people at once (issue 16): two caseworkers on one database — two connections, as two
// TrustDesk windows, a window and trustdesk-cli, or two laptops on the office server. Runs on
// SQLite and, as tst_concurrentediting_postgres, on PostgreSQL (test::TestDatabase).
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasewatcher.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace td;

class TestConcurrentEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_anasDb;
    std::unique_ptr<Database> m_bensDb;

    static std::unique_ptr<Database> open(const QString &target)
    {
        auto db = Database::open(target);
        if (!db) {
            qWarning() << db.error().message;
            return {};
        }
        return std::move(db.value());
    }

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_anasDb = open(m_location->target());
        m_bensDb = open(m_location->target());
        QVERIFY(m_anasDb && m_bensDb);
    }

    void cleanup()
    {
        m_anasDb.reset();
        m_bensDb.reset();
        m_location.reset();
    }

    void aStaleSaveIsRefusedSayingWhoChangedWhatAndWhen()
    {
        CaseRepository ana(*m_anasDb, QStringLiteral("ana"));
        CaseRepository ben(*m_bensDb, QStringLiteral("ben"));
        auto created = ana.save(test::sampleCase());
        QVERIFY(created.ok());
        const qint64 id = created->id;
        auto anas = ana.loadWithRevision(id);
        auto bens = ben.loadWithRevision(id);
        QVERIFY(anas.ok() && bens.ok());
        QCOMPARE(anas->second, bens->second);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        CaseFile bensEdit = bens->first;
        bensEdit.client.phone = QStringLiteral("+1 617 555 0199");
        bensEdit.followUps.append(FollowUp {0, QDate(2026, 12, 24), false, QStringLiteral("Call")});
        QVERIFY(ben.save(bensEdit, bens->second).ok());
        const qint64 bensRevision = ben.lastSavedRevision();
        auto auditBefore = ana.audit().events(created->reference);
        QVERIFY(auditBefore.ok());

        CaseFile anasEdit = anas->first;
        anasEdit.assignedCaseworker = QStringLiteral("Ana Example");
        auto refused = ana.save(anasEdit, anas->second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("ben")),
            qPrintable(refused.error().message));
        QVERIFY(ana.lastConflict().has_value());
        const CaseConflict &conflict = *ana.lastConflict();
        QCOMPARE(conflict.changedBy, QStringLiteral("ben"));
        QCOMPARE(conflict.revision, bensRevision);
        QVERIFY(conflict.changedAt >= before.addSecs(-1));
        QVERIFY(conflict.changedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(conflict.stored.client.phone, QStringLiteral("+1 617 555 0199"));
        // What Ana loaded against what Ben left: his sections, not hers.
        QCOMPARE(conflict.sectionsChangedSince(anas->first),
            (QStringList {QStringLiteral("Client"), QStringLiteral("Follow-ups")}));
        QVERIFY(conflict.sectionsChangedSince(conflict.stored).isEmpty());

        // Nothing written: not the case, not its revision, not the audit log.
        QCOMPARE(ana.load(id)->assignedCaseworker, bens->first.assignedCaseworker);
        QCOMPARE(ana.revision(id).value(), bensRevision);
        QCOMPARE(ana.audit().events(created->reference)->size(), auditBefore->size());

        // Ana keeps hers, deliberately: saved over Ben's revision, and the audit log says so.
        QVERIFY(ana.save(anasEdit, conflict.revision, QStringLiteral("overwrote a change by ben"))
                    .ok());
        QVERIFY(!ana.lastConflict().has_value());
        QCOMPARE(ben.load(id)->assignedCaseworker, QStringLiteral("Ana Example"));
        auto events = ana.audit().events(created->reference, 1);
        QVERIFY(events.ok() && !events->isEmpty());
        QCOMPARE(events->constFirst().detail, QStringLiteral("overwrote a change by ben"));
        QCOMPARE(events->constFirst().actor, QStringLiteral("ana"));
    }

    void aClientSavedThroughAnotherCaseIsNamedToo()
    {
        CaseRepository ana(*m_anasDb, QStringLiteral("ana"));
        CaseRepository ben(*m_bensDb, QStringLiteral("ben"));
        auto first = ana.save(test::minimalCase(QStringLiteral("Shared Example")));
        QVERIFY(first.ok());
        CaseFile sibling = test::minimalCase(QStringLiteral("Shared Example"));
        sibling.client = first->client;
        auto second = ana.save(sibling);
        QVERIFY(second.ok());
        auto anas = ana.loadWithRevision(second->id);
        QVERIFY(anas.ok());

        auto bens = ben.load(first->id);
        bens->client.phone = QStringLiteral("+1 617 555 0142");
        QVERIFY(ben.save(bens.value()).ok());

        CaseFile anasEdit = anas->first;
        anasEdit.assignedCaseworker = QStringLiteral("Ana Example");
        auto refused = ana.save(anasEdit, anas->second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(ana.lastConflict()->changedBy, QStringLiteral("ben"));
        QCOMPARE(ana.lastConflict()->sectionsChangedSince(anas->first),
            QStringList {QStringLiteral("Client")});
    }

    // The check and the write are one step: a save that started from revision N while another
    // save of N is still open waits for it, then is refused. (Without a row lock PostgreSQL's
    // READ COMMITTED let the waiting save through, silently over the other one.)
    void twoSavesOfOneRevisionNeverBothPass()
    {
        CaseRepository ana(*m_anasDb, QStringLiteral("ana"));
        auto created = ana.save(test::minimalCase(QStringLiteral("Race Example")));
        QVERIFY(created.ok());
        const qint64 revision = ana.lastSavedRevision();

        // Ben's save is open (written, not committed) while Ana's runs on her own thread, with a
        // connection of her own.
        std::optional<ErrorKind> anasOutcome;
        bool anasSaved = false;
        {
            WriteTransaction bensTransaction(*m_bensDb);
            QVERIFY(bensTransaction.begun().ok());
            QVERIFY(m_bensDb
                        ->exec(QStringLiteral("UPDATE cases SET revision = revision + 1,"
                                              " assigned_caseworker = 'Ben Example' WHERE id = %1")
                                   .arg(created->id),
                            QStringLiteral("Ben's save"))
                        .ok());
            const QString target = m_location->target();
            std::thread racer([&] {
                auto db = Database::open(target, Database::OpenMode::ExistingOnly);
                if (!db)
                    return;
                CaseRepository racing(**db, QStringLiteral("ana"));
                CaseFile anasEdit = created.value();
                anasEdit.assignedCaseworker = QStringLiteral("Ana Example");
                auto saved = racing.save(anasEdit, revision);
                anasSaved = saved.ok();
                if (!saved)
                    anasOutcome = saved.error().kind;
            });
            QTest::qWait(400); // Ana's save is now waiting for Ben's
            QVERIFY(bensTransaction.commit().ok());
            racer.join();
        }
        QVERIFY(!anasSaved);
        QCOMPARE(anasOutcome, std::optional<ErrorKind>(ErrorKind::Conflict));
        QCOMPARE(ana.load(created->id)->assignedCaseworker, QStringLiteral("Ben Example"));
    }

    // The one interface the UI listens to: SQLite's data_version poll, PostgreSQL's
    // LISTEN/NOTIFY. A colleague's commit is announced; the watched connection's own is not.
    void colleaguesSavesAreAnnouncedOwnAreNot()
    {
        DatabaseWatcher watcher(*m_anasDb);
        watcher.setInterval(50);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changed);
        CaseRepository ana(*m_anasDb, QStringLiteral("ana"));
        QVERIFY(ana.save(test::minimalCase(QStringLiteral("Own Example"))).ok());
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);

        CaseRepository ben(*m_bensDb, QStringLiteral("ben"));
        auto bens = ben.save(test::minimalCase(QStringLiteral("Colleague Example")));
        QVERIFY(bens.ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        changed.clear();
        // An update too (the Follow-ups dock shows them), and a deletion.
        bens->followUps.append(FollowUp {0, QDate(2026, 12, 24), false, QStringLiteral("Call")});
        QVERIFY(ben.save(bens.value()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        changed.clear();
        QVERIFY(ben.remove(bens->id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    }

    // The office server ends the session (a restart, a dropped network, an admin): the failure is
    // recognised, one reconnect brings back a working connection (prepared statements too),
    // and the watcher listens again.
    void aDroppedConnectionIsRecognisedAndReconnected()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("an SQLite file has no server to lose");
        CaseRepository ana(*m_anasDb, QStringLiteral("ana"));
        auto created = ana.save(test::minimalCase(QStringLiteral("Dropped Example")));
        QVERIFY(created.ok()); // the writer's statements are prepared now
        DatabaseWatcher watcher(*m_anasDb);
        watcher.setInterval(50);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changed);
        QVERIFY(!m_anasDb->isConnectionLost());

        m_bensDb.reset();
        const QString killed = m_location->execOnServer(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                           " WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        QVERIFY2(killed.isEmpty(), qPrintable(killed));

        auto lost = ana.load(created->id);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind, ErrorKind::Io);
        QVERIFY(m_anasDb->isConnectionLost());
        QVERIFY(Database::serverUnreachableMessage().contains(QLatin1String("cannot be reached")));

        QVERIFY(m_anasDb->reconnect().ok());
        QVERIFY(!m_anasDb->isConnectionLost());
        auto loaded = ana.loadWithRevision(created->id);
        QVERIFY(loaded.ok());
        CaseFile edit = loaded->first;
        edit.assignedCaseworker = QStringLiteral("After Reconnect");
        auto saved = ana.save(edit, loaded->second);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

        QTest::qWait(200); // the watcher's next look renews its LISTEN
        m_bensDb = open(m_location->target());
        QVERIFY(m_bensDb);
        CaseRepository ben(*m_bensDb, QStringLiteral("ben"));
        QVERIFY(ben.save(test::minimalCase(QStringLiteral("Colleague Example"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    }

    // The window's lists meet the dead session first (a refresh): the watcher then reconnects
    // by itself and announces a change, since colleagues' saves meanwhile were never notified.
    void theWatcherReconnectsAfterAFailedQuery()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("an SQLite file has no server to lose");
        CaseRepository ana(*m_anasDb, QStringLiteral("ana"));
        auto created = ana.save(test::minimalCase(QStringLiteral("Dropped Example")));
        QVERIFY(created.ok());
        DatabaseWatcher watcher(*m_anasDb);
        watcher.setInterval(50);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changed);
        m_bensDb.reset();
        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     " WHERE datname = current_database() AND pid <> pg_backend_pid()")),
            QString());
        QVERIFY(!ana.load(created->id).ok()); // what a list refresh meets
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        QVERIFY(!m_anasDb->isConnectionLost());
        QVERIFY(ana.load(created->id).ok());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEditing)
#include "tst_concurrentediting.moc"
