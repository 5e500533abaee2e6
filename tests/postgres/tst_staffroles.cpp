// People and roles on an office server (docs/office-mode.md, "People and roles"): what a
// caseworker, a supervisor and an admin may do is enforced by the server itself, checked here on
// plain QSqlDatabase connections as well as through the app and trustdesk-cli. Runs only under
// scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "clirun.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/officebackup.h"
#include "storage/officekeys.h"
#include "storage/pgconnection.h"
#include "storage/staffroles.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace td;
using namespace td::test;

namespace {

// Logins are the cluster's, shared by every test running on it: named after this process.
QString loginFor(const char *who)
{
    return QStringLiteral("td_%1_%2").arg(QLatin1String(who)).arg(::getpid());
}

const QString kCase = QStringLiteral("TD-2025-00018");

// A connection that knows nothing of TrustDesk: what anyone with the login and psql could do.
class RawConnection
{
public:
    explicit RawConnection(const QString &uri)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        const auto parsed = PgConnection::parse(uri);
        if (!parsed)
            return;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(parsed->host);
        db.setUserName(parsed->user);
        db.setDatabaseName(parsed->database);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    /// The SQLSTATE the server answered `sql` with; empty when it was allowed.
    QString refusal(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError().nativeErrorCode();
    }
    /// The first column of the first row of `sql`; invalid when refused.
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

class TestStaffRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;
    const QString m_caseworker = loginFor("cw");
    const QString m_supervisor = loginFor("sv");
    const QString m_admin = loginFor("ad");

    QString as(const QString &login) const { return asLogin(m_uri, login); }

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
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
    }

    void init()
    {
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_uri = m_location->target();
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("import"),
                            qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
                                + QStringLiteral("/tests/cli/fixtures/cases.json")}),
            0);
        // The cluster's superuser set the database up, so it may name the first admin.
        for (const auto &[login, role] : {std::pair {m_caseworker, QStringLiteral("caseworker")},
                 std::pair {m_supervisor, QStringLiteral("supervisor")},
                 std::pair {m_admin, QStringLiteral("admin")}})
            EXPECT_EXIT(runCliOn(m_uri,
                            {QStringLiteral("staff"), QStringLiteral("add"), login,
                                QStringLiteral("--role"), role}),
                0);
    }

    void cleanup() { m_location.reset(); }

    void staffCommands()
    {
        const CliRun list
            = runCliOn(as(m_admin), {QStringLiteral("staff"), QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        QVERIFY2(list.out.contains(m_caseworker + QStringLiteral("\tcaseworker\tno")),
            qPrintable(describe(list)));
        QVERIFY2(list.out.contains(m_supervisor + QStringLiteral("\tsupervisor\tno")),
            qPrintable(describe(list)));
        QVERIFY2(
            list.out.contains(m_admin + QStringLiteral("\tadmin\tno")), qPrintable(describe(list)));

        // An admin promotes the caseworker; the server then lets them read everyone's audit.
        EXPECT_EXIT(runCliOn(as(m_admin),
                        {QStringLiteral("staff"), QStringLiteral("role"), m_caseworker,
                            QStringLiteral("supervisor")}),
            0);
        const CliRun json = runCliOn(as(m_admin),
            {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EXIT(json, 0);
        QVERIFY2(json.out.contains(QStringLiteral("\"login\": \"%1\",\n        \"office_key\": "
                                                  "false,\n        \"role\": \"supervisor\"")
                                       .arg(m_caseworker)),
            qPrintable(describe(json)));

        // Only admins manage staff: the server refuses a supervisor, exit 5.
        const CliRun refused = runCliOn(as(m_supervisor),
            {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("td_someone_else"),
                QStringLiteral("--role"), QStringLiteral("admin")});
        EXPECT_EXIT(refused, 5);
        QVERIFY2(refused.err.contains(QLatin1String("your role on the office server does not")),
            qPrintable(describe(refused)));

        // remove keeps the login; removing twice says there was nothing left.
        const CliRun removed = runCliOn(
            as(m_admin), {QStringLiteral("staff"), QStringLiteral("remove"), m_caseworker});
        EXPECT_EXIT(removed, 0);
        QVERIFY2(removed.out.contains(QLatin1String("login itself was kept")),
            qPrintable(describe(removed)));
        const CliRun again = runCliOn(
            as(m_admin), {QStringLiteral("staff"), QStringLiteral("remove"), m_caseworker});
        EXPECT_EXIT(again, 0);
        QVERIFY2(again.out.contains(QLatin1String("had no role")), qPrintable(describe(again)));
        // Without a role the login cannot even connect to this office's database.
        RawConnection gone(as(m_caseworker));
        QVERIFY(!gone.isOpen());

        // Bad input: an unknown role, a superuser, a file database.
        EXPECT_EXIT(runCliOn(as(m_admin),
                        {QStringLiteral("staff"), QStringLiteral("role"), m_caseworker,
                            QStringLiteral("boss")}),
            2);
        EXPECT_EXIT(
            runCliOn(as(m_admin),
                {QStringLiteral("staff"), QStringLiteral("role"),
                    RawConnection(m_uri).value(QStringLiteral("SELECT session_user")).toString(),
                    QStringLiteral("caseworker")}),
            2);
        const CliRun onFile = runCliOn(m_dir.filePath(QStringLiteral("one.db")),
            {QStringLiteral("staff"), QStringLiteral("list")});
        EXPECT_EXIT(onFile, 2);
        QVERIFY2(onFile.err.contains(QLatin1String("only on an office server")),
            qPrintable(describe(onFile)));
        // An admin cannot lock themselves out.
        EXPECT_EXIT(
            runCliOn(as(m_admin), {QStringLiteral("staff"), QStringLiteral("remove"), m_admin}), 5);
    }

    void theServerEnforcesEachRole()
    {
        // The caseworker saves a case through the app: the audit actor is the login, whatever
        // the profile says.
        {
            auto db = open(as(m_caseworker));
            QVERIFY(db);
            CaseRepository repo(*db, QStringLiteral("Profile Name"));
            auto saved = repo.save(test::sampleCase());
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
            QCOMPARE(StaffRoles(*db).currentRole().value(), QStringLiteral("caseworker"));
        }
        RawConnection owner(m_uri);
        RawConnection caseworker(as(m_caseworker));
        RawConnection supervisor(as(m_supervisor));
        RawConnection admin(as(m_admin));
        QVERIFY2(caseworker.isOpen(), qPrintable(caseworker.error()));
        QVERIFY2(supervisor.isOpen(), qPrintable(supervisor.error()));
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));

        const qint64 total
            = owner.value(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
        QVERIFY(total > 1);
        // Row-level security: a caseworker reads only their own audit entries.
        QCOMPARE(
            caseworker.value(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(), 1);
        QCOMPARE(caseworker.value(QStringLiteral("SELECT actor FROM audit_events")).toString(),
            m_caseworker);
        QCOMPARE(supervisor.value(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(),
            total);
        QCOMPARE(
            admin.value(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(), total);
        // Conflict checks see every client.
        QCOMPARE(caseworker.value(QStringLiteral("SELECT count(*) FROM clients")),
            owner.value(QStringLiteral("SELECT count(*) FROM clients")));

        // Nobody rewrites or removes the audit log, not even an admin: refused outright without
        // the privilege, and with it (admins, for restores) no row is reachable for UPDATE or
        // DELETE under row-level security, and the append-only trigger would refuse it anyway.
        const QString before
            = owner
                  .value(QStringLiteral("SELECT string_agg(entry_hash || detail, ','"
                                        " ORDER BY id) FROM audit_events"))
                  .toString();
        QCOMPARE(caseworker.refusal(QStringLiteral("UPDATE audit_events SET detail = 'x'")),
            QStringLiteral("42501"));
        QCOMPARE(caseworker.refusal(QStringLiteral("DELETE FROM audit_events")),
            QStringLiteral("42501"));
        QCOMPARE(supervisor.refusal(QStringLiteral("DELETE FROM audit_events")),
            QStringLiteral("42501"));
        for (RawConnection *c : {&caseworker, &supervisor, &admin}) {
            (void)c->refusal(QStringLiteral("UPDATE audit_events SET detail = 'x'"));
            (void)c->refusal(QStringLiteral("DELETE FROM audit_events"));
        }
        QCOMPARE(owner
                     .value(QStringLiteral("SELECT string_agg(entry_hash || detail, ','"
                                           " ORDER BY id) FROM audit_events"))
                     .toString(),
            before);
        QCOMPARE(
            owner.value(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(), total);

        // Nobody but the login can be the actor: a forged entry is refused by the server.
        const QString forged = QStringLiteral(
            "INSERT INTO audit_events (id, occurred_at, actor, action, prev_hash, entry_hash)"
            " VALUES (999999, '2026-01-01T00:00:00.000Z', '%1', 'case.delete', 'x', 'y')");
        QCOMPARE(caseworker.refusal(forged.arg(m_supervisor)), QStringLiteral("42501"));
        QCOMPARE(admin.refusal(forged.arg(m_caseworker)), QStringLiteral("42501"));
        // and a case's "changed by" is stamped with the login, whatever is written.
        QVERIFY(caseworker
                    .refusal(QStringLiteral("UPDATE cases SET updated_by = 'someone else'"
                                            " WHERE reference = '%1'")
                                 .arg(kCase))
                    .isEmpty());
        QCOMPARE(owner
                     .value(QStringLiteral("SELECT updated_by FROM cases WHERE reference = '%1'")
                                .arg(kCase))
                     .toString(),
            m_caseworker);

        // Deleting cases and evidence is for supervisors and admins.
        QCOMPARE(caseworker.refusal(
                     QStringLiteral("DELETE FROM cases WHERE reference = '%1'").arg(kCase)),
            QStringLiteral("42501"));
        QCOMPARE(
            caseworker.refusal(QStringLiteral("DELETE FROM evidence")), QStringLiteral("42501"));
        // The office key and its wraps, and staff, are for admins.
        QCOMPARE(caseworker.refusal(QStringLiteral("DELETE FROM office_key_wraps")),
            QStringLiteral("42501"));
        QCOMPARE(supervisor.refusal(QStringLiteral("INSERT INTO office_key_wraps (login, kdf, ops,"
                                                   " mem, salt, nonce, wrapped, added_at,"
                                                   " added_by) VALUES ('x', 'argon2id13', 1, 1,"
                                                   " '', '', '', '', '')")),
            QStringLiteral("42501"));
        QCOMPARE(supervisor.refusal(
                     QStringLiteral("SELECT trustdesk_staff_set('%1', 'admin')").arg(m_supervisor)),
            QStringLiteral("42501"));
        QCOMPARE(caseworker.refusal(QStringLiteral("GRANT %1 TO %2")
                                        .arg(owner
                                                 .value(QStringLiteral("SELECT name FROM"
                                                                       " office_roles WHERE"
                                                                       " role = 'admin'"))
                                                 .toString(),
                                            m_caseworker)),
            QStringLiteral("42501"));
        // The row-level policy is the table's: switching it off needs the owner.
        QCOMPARE(caseworker.refusal(
                     QStringLiteral("ALTER TABLE audit_events DISABLE ROW LEVEL SECURITY")),
            QStringLiteral("42501"));

        // A supervisor may delete a case; the caseworker's app is told in a sentence.
        {
            auto db = open(as(m_caseworker));
            QVERIFY(db);
            CaseRepository repo(*db, QStringLiteral("Profile Name"));
            const auto id = owner.value(
                QStringLiteral("SELECT id FROM cases WHERE reference = '%1'").arg(kCase));
            const Status refused = repo.remove(id.toLongLong());
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, ErrorKind::Denied);
        }
        QVERIFY(supervisor
                    .refusal(QStringLiteral("DELETE FROM cases WHERE reference = '%1'").arg(kCase))
                    .isEmpty());
    }

    void officeKeyWrapsAreEachPersonsOwn()
    {
        // The superuser makes the office key and wraps it for the caseworker and the admin.
        SecureKey key;
        {
            auto db = open(m_uri);
            QVERIFY(db);
            OfficeKeys keys(*db);
            auto made = keys.create(
                QStringLiteral("owner passphrase"), QStringLiteral("owner"), KeyWrap::Cost::Fast);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
            key = std::move(made.value());
            for (const QString &login : {m_caseworker, m_admin})
                QVERIFY(keys.add(key, login, login + QStringLiteral(" passphrase"),
                                QStringLiteral("owner"), KeyWrap::Cost::Fast)
                            .ok());
        }
        RawConnection caseworker(as(m_caseworker));
        RawConnection admin(as(m_admin));
        QVERIFY2(caseworker.isOpen(), qPrintable(caseworker.error()));
        // Each person reads only their own wrap (no offline guessing at a colleague's); an admin
        // reads every one.
        QCOMPARE(
            caseworker.value(QStringLiteral("SELECT count(*) FROM office_key_wraps")).toLongLong(),
            1);
        QCOMPARE(caseworker.value(QStringLiteral("SELECT login FROM office_key_wraps")).toString(),
            m_caseworker);
        QCOMPARE(
            admin.value(QStringLiteral("SELECT count(*) FROM office_key_wraps")).toLongLong(), 3);
        // A colleague's wrap is out of reach for an UPDATE, and a new one cannot be inserted.
        QCOMPARE(caseworker
                     .value(QStringLiteral("WITH u AS (UPDATE office_key_wraps SET wrapped ="
                                           " wrapped WHERE login = '%1' RETURNING 1)"
                                           " SELECT count(*) FROM u")
                                .arg(m_admin))
                     .toLongLong(),
            0);
        QCOMPARE(caseworker.refusal(QStringLiteral("DELETE FROM office_key_wraps")),
            QStringLiteral("42501"));

        // The caseworker changes their own passphrase (change-passphrase), then opens with it.
        {
            auto db = open(as(m_caseworker));
            QVERIFY(db);
            OfficeKeys keys(*db);
            auto mine = keys.unlock(m_caseworker + QStringLiteral(" passphrase"));
            QVERIFY2(mine.ok(), mine.ok() ? "" : qPrintable(mine.error().message));
            const Status changed = keys.changePassphrase(
                mine.value(), QStringLiteral("a new one for me"), KeyWrap::Cost::Fast);
            QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
            QVERIFY(keys.unlock(QStringLiteral("a new one for me")).ok());
            QVERIFY(!keys.unlock(m_caseworker + QStringLiteral(" passphrase")).ok());

            // A backup holds every row, so only an admin makes one: through the caseworker's
            // row-level security it would miss colleagues' audit entries and wraps.
            db->setOfficeKey(std::move(mine.value()));
            const Status backup = OfficeBackup::create(
                *db, m_dir.filePath(QStringLiteral("cw.tdob")), QStringLiteral("cw"));
            QVERIFY(!backup.ok());
            QCOMPARE(backup.error().kind, ErrorKind::Denied);
            QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("cw.tdob"))));
        }
    }

    void auditAndConflictsNameTheLogin()
    {
        auto caseworkerDb = open(as(m_caseworker));
        auto supervisorDb = open(as(m_supervisor));
        QVERIFY(caseworkerDb && supervisorDb);
        CaseRepository caseworker(*caseworkerDb, QStringLiteral("Ana"));
        CaseRepository supervisor(*supervisorDb, QStringLiteral("Ben"));
        auto created = caseworker.save(test::sampleCase());
        QVERIFY(created.ok());
        auto mine = caseworker.loadWithRevision(created->id);
        auto theirs = supervisor.loadWithRevision(created->id);
        QVERIFY(mine.ok() && theirs.ok());
        CaseFile edit = theirs->first;
        edit.client.phone = QStringLiteral("+1 617 555 0199");
        QVERIFY(supervisor.save(edit, theirs->second).ok());
        auto refused = caseworker.save(mine->first, mine->second);
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.error().message.contains(m_supervisor), qPrintable(refused.error().message));

        // audit: each sees what their role allows; verify never cries "tampered" for the rest.
        const CliRun own = runCliOn(as(m_caseworker), {QStringLiteral("audit")});
        EXPECT_EXIT(own, 0);
        QVERIFY2(own.out.contains(m_caseworker) && !own.out.contains(m_supervisor),
            qPrintable(describe(own)));
        const CliRun all = runCliOn(as(m_supervisor), {QStringLiteral("audit")});
        EXPECT_EXIT(all, 0);
        QVERIFY2(all.out.contains(m_caseworker) && all.out.contains(m_supervisor),
            qPrintable(describe(all)));
        const CliRun partly
            = runCliOn(as(m_caseworker), {QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(partly, 0);
        QVERIFY2(partly.out.contains(QLatin1String("only as far as your role allows")),
            qPrintable(describe(partly)));
        const CliRun whole
            = runCliOn(as(m_supervisor), {QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(whole, 0);
        QVERIFY2(
            whole.out.contains(QLatin1String("Audit log verified")), qPrintable(describe(whole)));
        // A changed entry of the caseworker's own is still caught by their check.
        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;"
                     " UPDATE audit_events SET detail = 'changed' WHERE id ="
                     " (SELECT max(id) FROM audit_events WHERE actor = '%1');"
                     " ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update")
                                              .arg(m_caseworker)),
            QString());
        EXPECT_EXIT(
            runCliOn(as(m_caseworker), {QStringLiteral("audit"), QStringLiteral("verify")}), 3);
    }
};

QTEST_GUILESS_MAIN(TestStaffRoles)
#include "tst_staffroles.moc"
