// A login's password set with `trustdesk-cli staff add --password-file`, or reset with `staff
// password` (docs/office-mode.md, "People and roles"): the server receives only its SCRAM-SHA-256
// verifier, never the password, and the person then logs in with it under scram-sha-256.
// scripts/pg-test-cluster.sh makes the members of the group trustdesk_test_scram log in with a
// password (its one exception to trust). Runs only under that script (CTest label `postgres`).
#include "clirun.h"
#include "crypto/scramverifier.h"
#include "storage/pgconnection.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace td;
using namespace td::test;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor & 3 horses, correct?");
const QString kNewPassword = QStringLiteral("a new one: staple battery 42!");

QString loginFor(const char *who)
{
    return QStringLiteral("td_pw_%1_%2").arg(QLatin1String(who)).arg(::getpid());
}

// A plain libpq connection as `login` with `password` (empty: none); the server's complaint, or
// empty when it let the login in.
QString logIn(const QString &database, const QString &login, const QString &password)
{
    static int counter = 0;
    const QString name = QStringLiteral("pw-%1").arg(++counter);
    QString error;
    {
        const auto parsed = PgConnection::parse(qEnvironmentVariable("TRUSTDESK_TEST_PG_URI"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed ? parsed->host : QString());
        db.setUserName(login);
        db.setPassword(password);
        db.setDatabaseName(database);
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery q(db); !q.exec(QStringLiteral("SELECT 1")))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestStaffPasswords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;
    QString m_database;
    const QString m_login = loginFor("cw");
    const QString m_admin = loginFor("adm"); ///< an office admin who is no superuser
    const QString m_colleague = loginFor("cw2"); ///< another caseworker

    /// As `login`, which the test cluster trusts (it is not in trustdesk_test_scram).
    QString trusted(const QString &login) const
    {
        const auto parsed = PgConnection::parse(m_uri);
        return QStringLiteral("postgresql:///%1?host=%2&user=%3")
            .arg(m_database, parsed->host, login);
    }

    QString writePassword(const char *name, const QString &password) const
    {
        const QString file = m_dir.filePath(QLatin1String(name));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(password.toUtf8() + '\n');
        return file;
    }

    /// m_login as a caseworker with kPassword, which it must use to log in; m_admin an admin and
    /// m_colleague a caseworker, both without a password.
    bool addStaff()
    {
        const QString file = writePassword("password", kPassword);
        const CliRun added = runCliOn(m_uri,
            {QStringLiteral("staff"), QStringLiteral("add"), m_login, QStringLiteral("--role"),
                QStringLiteral("caseworker"), QStringLiteral("--password-file"), file});
        const CliRun admin = runCliOn(m_uri,
            {QStringLiteral("staff"), QStringLiteral("add"), m_admin, QStringLiteral("--role"),
                QStringLiteral("admin")});
        const CliRun colleague = runCliOn(m_uri,
            {QStringLiteral("staff"), QStringLiteral("add"), m_colleague, QStringLiteral("--role"),
                QStringLiteral("caseworker")});
        return added.exitCode == 0 && admin.exitCode == 0 && colleague.exitCode == 0
            && m_location
                   ->execOnServer(QStringLiteral("GRANT trustdesk_test_scram TO %1").arg(m_login))
                   .isEmpty();
    }

    QString asLogin(const QString &login, const QString &password) const
    {
        const auto parsed = PgConnection::parse(m_uri);
        return QStringLiteral("postgresql:///%1?host=%2&user=%3&password=%4")
            .arg(m_database, parsed->host, login,
                QString::fromLatin1(QUrl::toPercentEncoding(password)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        // The group whose members must log in with a password (pg_hba.conf of the test cluster).
        TestDatabase setup(m_dir);
        QCOMPARE(
            setup.execOnServer(QStringLiteral(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
                " 'trustdesk_test_scram') THEN CREATE ROLE trustdesk_test_scram; END IF; END $$")),
            QString());
    }

    void init()
    {
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_uri = m_location->target();
        m_database = PgConnection::parse(m_uri)->database;
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
    }

    void cleanup()
    {
        for (const QString &login : {m_login, m_admin, m_colleague})
            (void)m_location->execOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        m_location.reset();
    }

    void thePasswordNeverReachesTheServer()
    {
        // Every statement of the CLI's session goes to the server's log (parameters included).
        QCOMPARE(m_location->execOnServer(
                     QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_database)),
            QString());
        const QString logFile = qEnvironmentVariable("PGHOST") + QStringLiteral("/server.log");
        QFile log(logFile);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logFile));
        const qint64 start = log.size();

        const QString file = m_dir.filePath(QStringLiteral("password"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassword.toUtf8() + "\nsecond line ignored\n");
        }
        const CliRun added = runCliOn(m_uri,
            {QStringLiteral("staff"), QStringLiteral("add"), m_login, QStringLiteral("--role"),
                QStringLiteral("caseworker"), QStringLiteral("--password-file"), file});
        EXPECT_EXIT(added, 0);

        QVERIFY(log.seek(start));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("trustdesk_staff_set"), logged.constData());
        QVERIFY2(!logged.contains(kPassword.toUtf8()), logged.constData());
        QVERIFY2(logged.contains("SCRAM-SHA-256$4096:"), logged.constData());
        QVERIFY(!logged.contains("second line"));

        // What the server stored is the verifier of that password, recomputed with its salt.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("super"));
            const auto parsed = PgConnection::parse(m_uri);
            db.setHostName(parsed->host);
            db.setUserName(parsed->user);
            db.setDatabaseName(m_database);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery read(db);
            QVERIFY(
                read.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                              .arg(m_login)));
            QVERIFY(read.next());
            const QByteArray stored = read.value(0).toString().toLatin1();
            QVERIFY2(stored.startsWith("SCRAM-SHA-256$4096:"), stored.constData());
            const QByteArray salt = stored.mid(19, stored.indexOf('$', 19) - 19);
            const auto expected
                = ScramVerifier::make(kPassword, QByteArray::fromBase64(salt), 4096);
            QVERIFY(expected);
            QCOMPARE(stored, expected.value());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("super"));
    }

    void theLoginLogsInWithItsPassword()
    {
        const QString file = m_dir.filePath(QStringLiteral("password"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPassword.toUtf8() + '\n');
        }
        EXPECT_EXIT(
            runCliOn(m_uri,
                {QStringLiteral("staff"), QStringLiteral("add"), m_login, QStringLiteral("--role"),
                    QStringLiteral("caseworker"), QStringLiteral("--password-file"), file}),
            0);
        QCOMPARE(m_location->execOnServer(
                     QStringLiteral("GRANT trustdesk_test_scram TO %1").arg(m_login)),
            QString());

        // scram-sha-256 against the stored verifier: the password opens, anything else not.
        QCOMPARE(logIn(m_database, m_login, kPassword), QString());
        QVERIFY(!logIn(m_database, m_login, kPassword + QLatin1Char('x')).isEmpty());
        QVERIFY(!logIn(m_database, m_login, QString()).isEmpty());
        // Through the CLI, as the caseworker would.
        const CliRun list = runCliOn(asLogin(m_login, kPassword), {QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        const CliRun wrong
            = runCliOn(asLogin(m_login, QStringLiteral("not it")), {QStringLiteral("list")});
        QVERIFY2(wrong.exitCode != 0, qPrintable(describe(wrong)));
    }

    void anAdminResetsAPassword()
    {
        QVERIFY(addStaff());
        QCOMPARE(logIn(m_database, m_login, kPassword), QString());
        QCOMPARE(m_location->execOnServer(
                     QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_database)),
            QString());
        const QString logFile = qEnvironmentVariable("PGHOST") + QStringLiteral("/server.log");
        QFile log(logFile);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logFile));
        const qint64 start = log.size();

        // The admin is no superuser: the server's trustdesk_staff_set does the work.
        const QString file = writePassword("new-password", kNewPassword);
        const CliRun reset = runCliOn(trusted(m_admin),
            {QStringLiteral("staff"), QStringLiteral("password"), m_login,
                QStringLiteral("--password-file"), file});
        EXPECT_EXIT(reset, 0);
        QVERIFY2(reset.out.contains(m_login), qPrintable(describe(reset)));

        // The new password opens, the old one no longer does, and the role is unchanged.
        QCOMPARE(logIn(m_database, m_login, kNewPassword), QString());
        QVERIFY(!logIn(m_database, m_login, kPassword).isEmpty());
        EXPECT_EXIT(runCliOn(asLogin(m_login, kNewPassword), {QStringLiteral("list")}), 0);
        const CliRun list = runCliOn(m_uri, {QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(m_login + QStringLiteral("\tcaseworker\t")),
            qPrintable(describe(list)));

        // The server saw the verifier only.
        QVERIFY(log.seek(start));
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("trustdesk_staff_set"), logged.constData());
        QVERIFY2(logged.contains("SCRAM-SHA-256$4096:"), logged.constData());
        QVERIFY2(!logged.contains(kNewPassword.toUtf8()), logged.constData());
        QVERIFY(!logged.contains(kPassword.toUtf8()));
    }

    void aCaseworkerCannotResetAPassword()
    {
        QVERIFY(addStaff());
        const QString file = writePassword("new-password", kNewPassword);
        const CliRun refused = runCliOn(trusted(m_colleague),
            {QStringLiteral("staff"), QStringLiteral("password"), m_login,
                QStringLiteral("--password-file"), file});
        EXPECT_EXIT(refused, 5);
        QVERIFY2(refused.err.contains(QLatin1String("admin")), qPrintable(describe(refused)));
        QCOMPARE(logIn(m_database, m_login, kPassword), QString());
        QVERIFY(!logIn(m_database, m_login, kNewPassword).isEmpty());
        // Not even their own: a forgotten password goes through an admin.
        EXPECT_EXIT(runCliOn(trusted(m_colleague),
                        {QStringLiteral("staff"), QStringLiteral("password"), m_colleague,
                            QStringLiteral("--password-file"), file}),
            5);
    }

    void resettingSomeoneNotOnStaff()
    {
        QVERIFY(addStaff());
        const QString file = writePassword("new-password", kNewPassword);
        const QString nobody = loginFor("nobody");
        const CliRun missing = runCliOn(trusted(m_admin),
            {QStringLiteral("staff"), QStringLiteral("password"), nobody,
                QStringLiteral("--password-file"), file});
        EXPECT_EXIT(missing, 2);
        QVERIFY2(missing.err.contains(nobody), qPrintable(describe(missing)));
        // Nobody was created on the way.
        const CliRun list = runCliOn(m_uri, {QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY2(!list.out.contains(nobody), qPrintable(describe(list)));
        QCOMPARE(m_location->execOnServer(
                     QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
                                    " '%1') THEN RAISE EXCEPTION 'created'; END IF; END $$")
                         .arg(nobody)),
            QString());

        // The same rules as add: ASCII only, and a file is required.
        const QString accented = writePassword("accented", QStringLiteral("contraseña muy larga"));
        const CliRun nonAscii = runCliOn(trusted(m_admin),
            {QStringLiteral("staff"), QStringLiteral("password"), m_login,
                QStringLiteral("--password-file"), accented});
        EXPECT_EXIT(nonAscii, 2);
        QVERIFY2(nonAscii.err.contains(QLatin1String("ASCII")), qPrintable(describe(nonAscii)));
        QCOMPARE(logIn(m_database, m_login, kPassword), QString());
        EXPECT_EXIT(runCliOn(trusted(m_admin),
                        {QStringLiteral("staff"), QStringLiteral("password"), m_login}),
            1);
    }

    void theServerRefusesAPlainPassword()
    {
        // An older TrustDesk, or psql, passing a password in clear: refused unread.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plain"));
            const auto parsed = PgConnection::parse(m_uri);
            db.setHostName(parsed->host);
            db.setUserName(parsed->user);
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("SELECT trustdesk_staff_set('%1', 'caseworker',"
                                           " 'a plain password')")
                                .arg(m_login)));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("22023"));
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(m_login)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }

    void aNonAsciiPasswordIsRefusedWithASentence()
    {
        const QString file = m_dir.filePath(QStringLiteral("password"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("contraseña muy larga\n").toUtf8());
        }
        const CliRun r = runCliOn(m_uri,
            {QStringLiteral("staff"), QStringLiteral("add"), m_login, QStringLiteral("--role"),
                QStringLiteral("caseworker"), QStringLiteral("--password-file"), file});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("ASCII")), qPrintable(describe(r)));
        // Nothing was made.
        const CliRun list = runCliOn(m_uri, {QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY2(!list.out.contains(m_login), qPrintable(describe(list)));
    }
};

QTEST_GUILESS_MAIN(TestStaffPasswords)
#include "tst_staffpasswords.moc"
