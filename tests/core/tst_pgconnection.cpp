// Office server URIs taken apart for QPSQL, without a server.
#include "storage/database.h"
#include "storage/pgconnection.h"

#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace td;

namespace {

// A TCP port on 127.0.0.1 that nothing listens on: bound (never listened on), then closed.
int unusedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

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
        // Told apart from a refused password: where it could not get to, and what to do.
        QVERIFY2(db.error().message.startsWith(QLatin1String(
                     "Cannot reach the office server at /nonexistent/trustdesk-test. Check the "
                     "network")),
            qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1String("password")));
        QVERIFY(!db.error().message.contains(QLatin1String("secret")));
        QVERIFY(!QFile::exists(QStringLiteral("postgresql:")));
    }

    // TCP to a port nothing listens on (connection refused at once): unreachable too, whatever
    // language libpq speaks, since the kind comes from libpq's answer, not from its text.
    void aPortNobodyListensOnIsUnreachable()
    {
        const int port = unusedPort();
        QVERIFY(port > 0);
        qputenv("LC_MESSAGES", "de_DE.UTF-8");
        auto db = Database::open(
            QStringLiteral("postgresql://ana:secret@127.0.0.1:%1/office?connect_timeout=2")
                .arg(port));
        qunsetenv("LC_MESSAGES");
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Io);
        QCOMPARE(db.error().message,
            QStringLiteral("Cannot reach the office server at 127.0.0.1:%1. Check the network or "
                           "ask your administrator; nothing was lost, try again.")
                .arg(port));
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
