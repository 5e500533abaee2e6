// A login's password set with `trustdesk-cli staff add --password-file` (docs/office-mode.md,
// "People and roles"): the server receives only its SCRAM-SHA-256 verifier, never the password,
// and the person then logs in with it under scram-sha-256. scripts/pg-test-cluster.sh makes the
// members of the group trustdesk_test_scram log in with a password (its one exception to
// trust). Runs only under that script (CTest label `postgres`).
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
        (void)m_location->execOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_login));
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
