// The audit log's hash chain (docs/audit-log.md): appends from several connections form one
// chain, a schema 5 log is chained by the migration to the same hashes, and a restore appends
// the entries the backup lacks after its head.
#include "storage/auditchain.h"
#include "storage/auditheadfile.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace td;

class TestAuditChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::vector<std::unique_ptr<test::TestDatabase>> m_locations;

    // A new database: a file of its own, or one on the test cluster (dropped when the test
    // program ends).
    QString freshPath()
    {
        if (!test::TestDatabase::onPostgres())
            return QDir(m_dir.path()).filePath(QStringLiteral("a%1.sqlite").arg(++m_n));
        m_locations.push_back(std::make_unique<test::TestDatabase>(m_dir));
        if (!m_locations.back()->error().isEmpty())
            qWarning("%s", qPrintable(m_locations.back()->error()));
        return m_locations.back()->target();
    }

    // Takes the append-only trigger away, as someone with the database file (or the schema's
    // owner on a server) could.
    static QString dropUpdateTrigger(Database &db)
    {
        return db.dialect() == SqlDialect::Postgres
            ? QStringLiteral("DROP TRIGGER audit_events_no_update ON audit_events")
            : QStringLiteral("DROP TRIGGER audit_events_no_update");
    }

    static QStringList hashes(Database &db)
    {
        QStringList out;
        const auto all = AuditChain::all(db);
        for (const auto &e : all.value())
            out.append(e.entryHash);
        return out;
    }

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }

    void canonicalSerializationIsFixed()
    {
        AuditChainEntry e;
        e.id = 7;
        e.occurredAt = QStringLiteral("2026-01-02T03:04:05.006Z");
        e.actor = QStringLiteral("Rosa Example (caseworker)");
        e.action = QStringLiteral("case.export");
        e.caseReference = QStringLiteral("TD-2026-00001");
        e.detail = QStringLiteral("included: a_number");
        e.prevHash = AuditChain::kGenesis;
        QCOMPARE(AuditChain::canonical(e),
            QByteArray("15:trustdesk-audit,1:1,1:7,24:2026-01-02T03:04:05.006Z,"
                       "25:Rosa Example (caseworker),11:case.export,13:TD-2026-00001,"
                       "18:included: a_number,0:,64:")
                + AuditChain::kGenesis.toLatin1() + ',');
        // The example in docs/audit-log.md.
        QCOMPARE(AuditChain::hash(e),
            QStringLiteral("f7e48c3931c3b58443005131252451dd65f111cb9c8e4ebe5a73c6d50e8e54df"));
    }

    void appendsFromTwoConnectionsFormOneChain()
    {
        const QString path = freshPath();
        auto a = Database::open(path);
        auto b = Database::open(path);
        QVERIFY(a.ok() && b.ok());
        AuditLog first(**a, QStringLiteral("Writer One"));
        AuditLog second(**b, QStringLiteral("Writer Two"));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(first.record(QStringLiteral("test.one"), {}, QString::number(i)).ok());
            QVERIFY(second.record(QStringLiteral("test.two"), {}, QString::number(i)).ok());
        }
        const auto report = AuditChain::verify(**a);
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problem));
        QCOMPARE(report->entries, 100);
        // The triggers refuse changes made through SQL.
        QSqlQuery q((*a)->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET actor = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
        QCOMPARE(AuditChain::verify(**a)->entries, 100);
    }

    // A log written before schema 6 is chained in id order: the same hashes as a log that was
    // chained from the start.
    void schemaFiveLogIsChainedByTheMigration()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("an office database starts at schema 9; there is no schema 5 log to chain");
        const QString path = freshPath();
        QStringList before;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            AuditLog log(**db, QStringLiteral("Test Setup"));
            for (int i = 0; i < 5; ++i)
                QVERIFY(log.record(QStringLiteral("test.entry"), QStringLiteral("TD-2026-00001"),
                               QString::number(i))
                            .ok());
            before = hashes(**db);
            QSqlQuery q((*db)->connection());
            for (const auto &sql : {QStringLiteral("DROP TRIGGER audit_events_no_update"),
                     QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                     QStringLiteral("DROP INDEX audit_events_prev"),
                     QStringLiteral("CREATE TABLE audit_v5 (id INTEGER PRIMARY KEY,"
                                    " occurred_at TEXT NOT NULL, actor TEXT NOT NULL,"
                                    " action TEXT NOT NULL,"
                                    " case_reference TEXT NOT NULL DEFAULT '',"
                                    " detail TEXT NOT NULL DEFAULT '')"),
                     QStringLiteral("INSERT INTO audit_v5 SELECT id, occurred_at, actor, action,"
                                    " case_reference, detail FROM audit_events"),
                     QStringLiteral("DROP TABLE audit_events"),
                     QStringLiteral("ALTER TABLE audit_v5 RENAME TO audit_events"),
                     QStringLiteral(
                         "CREATE INDEX audit_events_case ON audit_events(case_reference, id)"),
                     // Schema 8's evidence derivation goes too.
                     QStringLiteral("DROP INDEX evidence_parent"),
                     QStringLiteral("ALTER TABLE evidence DROP COLUMN redaction"),
                     QStringLiteral("ALTER TABLE evidence DROP COLUMN parent_id"),
                     // Schema 7's list indexes and column go too.
                     QStringLiteral("DROP INDEX cases_list_last_incident"),
                     QStringLiteral("DROP INDEX cases_list_opened"),
                     QStringLiteral("DROP INDEX cases_list_caseworker"),
                     QStringLiteral("ALTER TABLE cases DROP COLUMN last_incident_on"),
                     QStringLiteral("PRAGMA user_version = 5")})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(hashes(**db), before);
        const auto report = AuditChain::verify(**db);
        QVERIFY(report.ok() && report->ok());
        QCOMPARE(report->entries, 5);
        QVERIFY(AuditLog(**db, QStringLiteral("After")).record(QStringLiteral("test.after")).ok());
        QVERIFY(AuditChain::verify(**db)->ok());
    }

    void verifyNamesTheFirstBrokenEntry()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        AuditLog log(**db, QStringLiteral("Test Setup"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(log.record(QStringLiteral("test.entry"), {}, QString::number(i)).ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(dropUpdateTrigger(**db)));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET detail = 'x' WHERE id = 2")));
        const auto report = AuditChain::verify(**db);
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(report->brokenAt, 2);
    }

    // The head beside the database follows commits only, and never moves back.
    void headFileFollowsCommitsOnly()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("the audit head file lives beside a database file");
        const QString path = freshPath();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        AuditLog log(**db, QStringLiteral("Test Setup"));
        QVERIFY(!AuditHeadFile::read(path));
        QVERIFY(log.record(QStringLiteral("test.one")).ok());
        auto head = AuditHeadFile::read(path);
        QVERIFY(head);
        QCOMPARE(head->id, 1);
        QCOMPARE(head->hash, AuditChain::head(**db)->entryHash);
        {
            WriteTransaction tx(**db);
            QVERIFY(tx.begun().ok());
            QVERIFY(log.record(QStringLiteral("test.rolled_back")).ok());
        }
        QCOMPARE(AuditHeadFile::read(path)->id, 1);
        {
            WriteTransaction tx(**db);
            QVERIFY(log.record(QStringLiteral("test.two")).ok());
            QVERIFY(log.record(QStringLiteral("test.three")).ok());
            QCOMPARE(AuditHeadFile::read(path)->id, 1); // not before the commit
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(AuditHeadFile::read(path)->id, 3);
        const auto permissions = QFile::permissions(AuditHeadFile::pathFor(path));
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!(permissions
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther)));
    }

    // An export's entries (one per case) are appended in one go: the head read once, yet each
    // entry chained to the one before, after what was there, in the references' order, and the
    // head file moved to the last of them.
    void recordEachChainsEveryEntry()
    {
        const QString path = freshPath();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        AuditLog log(**db, QStringLiteral("Test Setup"));
        QVERIFY(log.record(QStringLiteral("test.before")).ok());
        QStringList references;
        for (int i = 1; i <= 1200; ++i)
            references.append(QStringLiteral("TD-2026-%1").arg(i, 5, 10, QLatin1Char('0')));
        QVERIFY(
            log.recordEach(QStringLiteral("case.export"), references, QStringLiteral("csv")).ok());
        QVERIFY(log.record(QStringLiteral("test.after")).ok());

        const auto all = AuditChain::all(**db);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), references.size() + 2);
        for (qsizetype i = 0; i < references.size(); ++i) {
            const auto &e = all->at(i + 1);
            QCOMPARE(e.id, i + 2);
            QCOMPARE(e.caseReference, references.at(i));
            QCOMPARE(e.prevHash, all->at(i).entryHash);
            QCOMPARE(e.entryHash, AuditChain::hash(e));
        }
        const auto report = AuditChain::verify(**db);
        QVERIFY(report.ok());
        QVERIFY(report->ok());
        if ((*db)->dialect() == SqlDialect::Sqlite)
            QCOMPARE(AuditHeadFile::read(path)->id, references.size() + 2);

        // Inside a caller's transaction that rolls back, none of them stays.
        {
            WriteTransaction tx(**db);
            QVERIFY(tx.begun().ok());
            QVERIFY(log.recordEach(QStringLiteral("case.export"), references).ok());
        }
        QCOMPARE(AuditChain::all(**db)->size(), references.size() + 2);
    }

    // The restore path of the app and the CLI (Backup::restore): entries made after the backup
    // come back after its head, marked, and the restore itself is recorded last.
    void restoreCarriesOverLaterEntries()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("Backup::create and Backup::restore work on database files (pgbackup's lane)");
        const QString path = freshPath();
        const QString backup = QDir(m_dir.path()).filePath(QStringLiteral("backup.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        AuditLog log(**db, QStringLiteral("Rosa Example (caseworker)"));
        QVERIFY(log.record(QStringLiteral("test.before")).ok());
        QVERIFY(Backup::create(**db, backup, {}).ok());
        QVERIFY(log.record(QStringLiteral("case.export"), QStringLiteral("TD-2026-00001"),
                       QStringLiteral("included: a_number"))
                    .ok());
        const auto exported = AuditChain::head(**db).value();

        QVERIFY(Backup::restore(**db, backup, {}).ok());
        const auto after = AuditChain::all(**db).value();
        QStringList actions;
        for (const auto &e : after)
            actions.append(e.action);
        QCOMPARE(actions,
            (QStringList {QStringLiteral("test.before"), QStringLiteral("database.backup"),
                QStringLiteral("case.export"), QStringLiteral("database.restore")}));
        const AuditChainEntry &carried = after.at(2);
        QCOMPARE(carried.carriedFrom, exported.entryHash);
        QCOMPARE(carried.occurredAt, exported.occurredAt);
        QCOMPARE(carried.actor, exported.actor);
        QCOMPARE(carried.detail, exported.detail);
        QVERIFY(!after.at(1).carriedFrom.isEmpty());
        QVERIFY(after.at(3).carriedFrom.isEmpty());
        QVERIFY(AuditChain::verify(**db)->ok());
    }

    // A log changed before a restore does not come out of it looking intact.
    void restoreRecordsABrokenReplacedLog()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("Backup::create and Backup::restore work on database files (pgbackup's lane)");
        const QString path = freshPath();
        const QString backup = QDir(m_dir.path()).filePath(QStringLiteral("backup2.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        AuditLog log(**db, QStringLiteral("Rosa Example (caseworker)"));
        QVERIFY(log.record(QStringLiteral("test.before")).ok());
        QVERIFY(Backup::create(**db, backup, {}).ok());
        QVERIFY(log.record(QStringLiteral("case.export"), QStringLiteral("TD-2026-00001")).ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET case_reference = 'TD-2026-00009' "
                                      "WHERE action = 'case.export'")));

        QVERIFY(Backup::restore(**db, backup, {}).ok());
        const auto after = AuditChain::all(**db).value();
        QStringList actions;
        for (const auto &e : after)
            actions.append(e.action);
        QVERIFY2(
            actions.contains(QStringLiteral("audit.chain_broken")), qPrintable(actions.join(u',')));
        QVERIFY(actions.indexOf(QStringLiteral("audit.chain_broken"))
            < actions.indexOf(QStringLiteral("case.export")));
        QVERIFY(AuditChain::verify(**db)->ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
