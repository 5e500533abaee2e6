// Office server URIs taken apart for QPSQL, without a server.
#include "storage/database.h"
#include "storage/pgconnection.h"

#include <QTest>

using namespace td;

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void unixSocket()
    {
        auto c = PgConnection::parse(
            QStringLiteral("postgresql:///office?host=/run/postgresql&user=td"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(c->database, QStringLiteral("office"));
        QCOMPARE(c->user, QStringLiteral("td"));
        QCOMPARE(c->port, -1);
        QCOMPARE(c->connectOptions(), QString()); // no TLS demanded on this machine
        QVERIFY(Database::isServerUri(QStringLiteral("postgresql:///office")));
        QVERIFY(Database::isServerUri(QStringLiteral("POSTGRES://h/db")));
        QVERIFY(!Database::isServerUri(QStringLiteral("/home/ana/postgresql/cases.sqlite")));
    }

    void remoteServerGetsVerifiedTls()
    {
        auto c = PgConnection::parse(QStringLiteral(
            "postgresql://ana%20o:s%3Bcr3t@db.example.org:5433/office?sslrootcert=/etc/ca%20x.pem"
            "&application_name=o'x"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->host, QStringLiteral("db.example.org"));
        QCOMPARE(c->port, 5433);
        QCOMPARE(c->user, QStringLiteral("ana o"));
        QCOMPARE(c->password, QStringLiteral("s;cr3t"));
        QCOMPARE(c->options,
            QStringList({QStringLiteral("sslrootcert='/etc/ca x.pem'"),
                QStringLiteral("application_name='o\\'x'"),
                QStringLiteral("sslmode='verify-full'")}));
        QVERIFY(!c->displayUri.contains(QLatin1String("cr3t")));
        QVERIFY(c->displayUri.contains(QLatin1String("db.example.org:5433/office")));

        auto chosen = PgConnection::parse(
            QStringLiteral("postgresql://db.example.org/office?sslmode=require&password=x"));
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->options, QStringList {QStringLiteral("sslmode='require'")});
        QCOMPARE(chosen->password, QStringLiteral("x"));
        QVERIFY(!chosen->displayUri.contains(QLatin1String("password")));
        QCOMPARE(PgConnection::parse(QStringLiteral("postgresql://localhost/office"))->options,
            QStringList());
    }

    void refusesWhatItCannotHonour_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("two hosts") << QStringLiteral("postgresql://a,b/office");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql:///office?service=x");
        QTest::newRow("bad port") << QStringLiteral("postgresql:///office?port=99999");
        QTest::newRow("semicolon in an option")
            << QStringLiteral("postgresql:///office?application_name=a%3Bb");
        QTest::newRow("path in the name") << QStringLiteral("postgresql://h/a/b");
        QTest::newRow("not a URI") << QStringLiteral("mysql://h/office");
    }

    void refusesWhatItCannotHonour()
    {
        QFETCH(QString, uri);
        auto c = PgConnection::parse(uri);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::BadInput);
    }

    void unreachableServerIsAClearMessage()
    {
        // No server behind this socket folder: a message for people, nothing created anywhere.
        auto db = Database::open(QStringLiteral(
            "postgresql://ana:secret@/office?host=/nonexistent/trustdesk-test&connect_timeout=2"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Io);
        QVERIFY2(db.error().message.contains(QLatin1String("could not be reached")),
            qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1String("secret")));
        QVERIFY(!QFile::exists(QStringLiteral("postgresql:")));
    }

    void vaultKeyIsRefusedForAServer()
    {
        auto db = Database::open(QStringLiteral("postgresql:///office"),
            Database::OpenMode::CreateIfMissing, SecureKey::random());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
