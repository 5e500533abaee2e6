// An office run by an admin who is NOT a superuser (docs/office-mode.md, "People and roles"):
// the login has CREATEROLE and owns the database, as an office's would, and sets the office up,
// adds staff, backs up, restores and migrates; a caseworker may do none of the admin's part. The
// CI cluster's own login is a superuser, which every right check lets through: only this test
// shows the grants are enough. Runs only under scripts/pg-test-cluster.sh (CTest label
// `postgres`).
#include "clirun.h"
#include "storage/pgconnection.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace td;
using namespace td::test;

namespace {

// Logins and databases are the cluster's, shared by every test running on it: named after this
// process.
QString named(const char *what)
{
    return QStringLiteral("td_sa_%1_%2").arg(QLatin1String(what)).arg(::getpid());
}

const QString kCase = QStringLiteral("TD-2025-00018");

// A connection of its own, as anyone with the login and psql could make; the cluster trusts
// every local login.
class Connection
{
public:
    Connection(const QString &database, const QString &login)
        : m_name(QStringLiteral("sa-%1").arg(++s_counter))
    {
        const auto parsed = PgConnection::parse(qEnvironmentVariable("TRUSTDESK_TEST_PG_URI"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (parsed)
            db.setHostName(parsed->host);
        db.setUserName(login.isEmpty() && parsed ? parsed->user : login);
        db.setDatabaseName(database);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QString error() const { return m_error; }
    /// The SQLSTATE the server answered `sql` with; empty when it was allowed.
    QString refusal(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        const QString code = q.lastError().nativeErrorCode();
        return code.isEmpty() ? QStringLiteral("?") : code;
    }
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
    QString m_error;
};

} // namespace

class TestStaffAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_admin = named("adm");
    const QString m_caseworker = named("cw");
    const QString m_supervisor = named("sv");
    const QString m_secondAdmin = named("adm2");
    const QString m_office = named("office");
    QStringList m_databases;
    QString m_host;

    QString uri(const QString &database, const QString &login) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, m_host, login);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList pass(const char *who) const
    {
        return {QStringLiteral("--passphrase-file"),
            path(QStringLiteral("%1.pass").arg(QLatin1String(who)))};
    }

    // As the cluster's superuser: what a server admin does before TrustDesk is involved.
    static QString asSuperuser(const QString &sql)
    {
        Connection c(QStringLiteral("postgres"), QString());
        if (!c.error().isEmpty())
            return c.error();
        return c.refusal(sql);
    }

    // A database the admin owns, as `createdb -O admin` makes it.
    bool createDatabase(const QString &name)
    {
        m_databases.append(name);
        return asSuperuser(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, m_admin))
            .isEmpty();
    }

    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        const auto parsed = PgConnection::parse(qEnvironmentVariable("TRUSTDESK_TEST_PG_URI"));
        QVERIFY(parsed);
        m_host = parsed->host;
        QVERIFY(write(path(QStringLiteral("adm.pass")), "admin passphrase long enough 1\n"));
        QVERIFY(write(path(QStringLiteral("cw.pass")), "caseworker passphrase long enough 2\n"));
        QVERIFY(write(path(QStringLiteral("evidence.bin")), QByteArray(70000, 'e')));

        // The server admin's part: a login with CREATEROLE (no superuser) owning the database.
        QCOMPARE(
            asSuperuser(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(m_admin)), QString());
        QVERIFY(createDatabase(m_office));
        const QString adm = uri(m_office, m_admin);
        EXPECT_EXIT(runCliOn(adm, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(
            runCliOn(adm,
                QStringList {QStringLiteral("office-key"), QStringLiteral("init")} + pass("adm")),
            0);
        for (const auto &[login, role] : {std::pair {m_caseworker, QStringLiteral("caseworker")},
                 std::pair {m_supervisor, QStringLiteral("supervisor")},
                 std::pair {m_secondAdmin, QStringLiteral("admin")}})
            EXPECT_EXIT(runCliOn(adm,
                            {QStringLiteral("staff"), QStringLiteral("add"), login,
                                QStringLiteral("--role"), role}),
                0);
        EXPECT_EXIT(
            runCliOn(adm,
                QStringList {QStringLiteral("office-key"), QStringLiteral("add"), m_caseworker,
                    QStringLiteral("--new-passphrase-file"), path(QStringLiteral("cw.pass"))}
                    + pass("adm")),
            0);

        // The caseworker's work: cases, and evidence sealed with the office key.
        const QString cw = uri(m_office, m_caseworker);
        EXPECT_EXIT(runCliOn(cw,
                        {QStringLiteral("import"),
                            qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
                                + QStringLiteral("/tests/cli/fixtures/cases.json")}),
            0);
        EXPECT_EXIT(
            runCliOn(cw,
                QStringList {QStringLiteral("attach"), kCase, path(QStringLiteral("evidence.bin"))}
                    + pass("cw")),
            0);
    }

    void cleanupTestCase()
    {
        for (const QString &db : std::as_const(m_databases)) {
            (void)asSuperuser(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
            for (const char *role : {"caseworker", "supervisor", "admin"})
                (void)asSuperuser(QStringLiteral("DROP ROLE IF EXISTS trustdesk_%1_%2")
                                      .arg(db, QLatin1String(role)));
        }
        for (const QString &login : {m_caseworker, m_supervisor, m_secondAdmin, m_admin})
            (void)asSuperuser(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    void adminIsNoSuperuser()
    {
        Connection c(m_office, m_admin);
        QCOMPARE(c.error(), QString());
        QCOMPARE(
            c.value(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                .toBool(),
            false);
        const CliRun list
            = runCliOn(uri(m_office, m_admin), {QStringLiteral("staff"), QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        QVERIFY2(list.out.contains(m_admin + QStringLiteral("\tadmin\tyes")),
            qPrintable(describe(list)));
        QVERIFY2(list.out.contains(m_caseworker + QStringLiteral("\tcaseworker\tyes")),
            qPrintable(describe(list)));
        QVERIFY2(list.out.contains(m_supervisor + QStringLiteral("\tsupervisor\tno")),
            qPrintable(describe(list)));
    }

    void backupAndRestore()
    {
        const QString file = path(QStringLiteral("office.tdob"));
        // A caseworker's backup would miss colleagues' rows: only admins back up.
        const CliRun refused = runCliOn(uri(m_office, m_caseworker),
            QStringList {QStringLiteral("backup"), path(QStringLiteral("cw.tdob"))} + pass("cw"));
        EXPECT_EXIT(refused, 5);
        QVERIFY(!QFile::exists(path(QStringLiteral("cw.tdob"))));
        EXPECT_EXIT(runCliOn(uri(m_office, m_admin),
                        QStringList {QStringLiteral("backup"), file} + pass("adm")),
            0);

        // A fresh database, set up by the admin, with the caseworker on its staff.
        const QString target = named("restored");
        QVERIFY(createDatabase(target));
        EXPECT_EXIT(runCliOn(uri(target, m_admin), {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(uri(target, m_admin),
                        {QStringLiteral("staff"), QStringLiteral("add"), m_caseworker,
                            QStringLiteral("--role"), QStringLiteral("caseworker")}),
            0);
        const CliRun cwRestore = runCliOn(
            uri(target, m_caseworker), QStringList {QStringLiteral("restore"), file} + pass("cw"));
        EXPECT_EXIT(cwRestore, 5);
        QVERIFY2(cwRestore.err.contains(QLatin1String("only an office admin")),
            qPrintable(describe(cwRestore)));

        const CliRun restored = runCliOn(
            uri(target, m_admin), QStringList {QStringLiteral("restore"), file} + pass("adm"));
        EXPECT_EXIT(restored, 0);
        EXPECT_EXIT(
            runCliOn(uri(target, m_admin), QStringList {QStringLiteral("verify")} + pass("adm")),
            0);
        EXPECT_EXIT(
            runCliOn(uri(target, m_admin), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        for (const QStringList &args : {QStringList {QStringLiteral("list")},
                 QStringList {QStringLiteral("evidence"), kCase}}) {
            const CliRun before = runCliOn(uri(m_office, m_admin), args);
            const CliRun after = runCliOn(uri(target, m_admin), args);
            EXPECT_EXIT(after, 0);
            QCOMPARE(after.out, before.out);
        }
        // The restore's own entry names the admin; the carried entries keep the caseworker's.
        const CliRun audit = runCliOn(uri(target, m_admin), {QStringLiteral("audit")});
        EXPECT_EXIT(audit, 0);
        const QStringList lines = audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        bool restoreByAdmin = false;
        bool attachByCaseworker = false;
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('\t'));
            restoreByAdmin = restoreByAdmin
                || (f.value(1) == m_admin && f.value(2) == QLatin1String("database.restore"));
            attachByCaseworker = attachByCaseworker
                || (f.value(1) == m_caseworker && f.value(2).startsWith(QLatin1String("evidence")));
        }
        QVERIFY2(restoreByAdmin, qPrintable(audit.out));
        QVERIFY2(attachByCaseworker, qPrintable(audit.out));
    }

    void migrateIntoAnEmptyDatabase()
    {
        const QString file = path(QStringLiteral("laptop.db"));
        EXPECT_EXIT(runCliOn(file, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
        EXPECT_EXIT(runCliOn(file,
                        {QStringLiteral("import"),
                            qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
                                + QStringLiteral("/tests/cli/fixtures/cases.json")}),
            0);
        EXPECT_EXIT(
            runCliOn(file, {QStringLiteral("attach"), kCase, path(QStringLiteral("evidence.bin"))}),
            0);
        const QString target = named("migrated");
        QVERIFY(createDatabase(target));
        const CliRun migrated = runCliOn(file,
            {QStringLiteral("migrate"), QStringLiteral("--to"), uri(target, m_admin),
                QStringLiteral("--office-passphrase-file"), path(QStringLiteral("adm.pass"))});
        EXPECT_EXIT(migrated, 0);
        const CliRun before = runCliOn(file, {QStringLiteral("list")});
        const CliRun after = runCliOn(uri(target, m_admin), {QStringLiteral("list")});
        EXPECT_EXIT(after, 0);
        QCOMPARE(after.out, before.out);
        EXPECT_EXIT(
            runCliOn(uri(target, m_admin), QStringList {QStringLiteral("verify")} + pass("adm")),
            0);
        const CliRun audit = runCliOn(uri(target, m_admin), {QStringLiteral("audit")});
        QVERIFY2(audit.out.contains(m_admin + QStringLiteral("\tdatabase.migrate")),
            qPrintable(describe(audit)));
    }

    void noAdminTruncatesTheAuditLog()
    {
        // The owner (who set the database up) and a second admin: neither empties the audit log
        // past its append-only rule; the second holds no TRUNCATE at all.
        for (const QString &login : {m_admin, m_secondAdmin}) {
            Connection c(m_office, login);
            QCOMPARE(c.error(), QString());
            QCOMPARE(c.refusal(QStringLiteral("TRUNCATE audit_events")), QStringLiteral("42501"));
            QCOMPARE(c.refusal(QStringLiteral("TRUNCATE audit_events CASCADE")),
                QStringLiteral("42501"));
        }
        Connection second(m_office, m_secondAdmin);
        QCOMPARE(second.refusal(QStringLiteral("TRUNCATE cases CASCADE")), QStringLiteral("42501"));
        QCOMPARE(
            second.refusal(QStringLiteral("TRUNCATE evidence_chunks")), QStringLiteral("42501"));
        // The restore's emptying of what init wrote: an admin's, and never on a database in use.
        QCOMPARE(second.refusal(QStringLiteral("SELECT trustdesk_restore_clear()")),
            QStringLiteral("55000"));
        Connection caseworker(m_office, m_caseworker);
        QCOMPARE(caseworker.refusal(QStringLiteral("SELECT trustdesk_restore_clear()")),
            QStringLiteral("42501"));
        QVERIFY(second.value(QStringLiteral("SELECT count(*) FROM audit_events")).toInt() > 0);
        QVERIFY(
            second.value(QStringLiteral("SELECT count(*) FROM violation_categories")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffAdmin)
#include "tst_staffadmin.moc"
