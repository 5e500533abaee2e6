// The window locks when the desktop does: a private dbus-daemon stands for both the session and
// the system bus, and a second connection owns the desktop's names and sends their signals.
#include "common/settings.h"
#include "mainwindow.h"
#include "security/sessionlockwatcher.h"
#include "storage/database.h"
#include "testcases.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

namespace {

const QString kSessionId = QStringLiteral("c7");

} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;

    QDBusConnection desktop() const
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("desktop"));
    }

    void send(const QString &path, const QString &interface, const QString &name,
        const QVariantList &arguments = {})
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(arguments);
        QVERIFY(desktop().send(signal));
    }

    void screenSaver(bool active)
    {
        send(QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
            {active});
    }

    SessionLockWatcher *watcherOnPrivateBus(QObject *parent)
    {
        const QDBusConnection bus
            = QDBusConnection::connectToBus(m_address, QStringLiteral("watched"));
        return new SessionLockWatcher(bus, bus, kSessionId, parent);
    }

private slots:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed (Debian: dbus-daemon)");
        m_daemon.start(daemon,
            {QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address")});
        QVERIFY(m_daemon.waitForStarted());
        QVERIFY(m_daemon.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        // The window's own watcher takes the default buses: let both be the private one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_address.toUtf8());
        qputenv("XDG_SESSION_ID", kSessionId.toUtf8());
        QDBusConnection bus = desktop();
        QVERIFY(bus.isConnected());
        for (const char *name :
            {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.freedesktop.login1"})
            QVERIFY(bus.registerService(QString::fromLatin1(name)));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("watched"));
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }

    void sessionPathsAreEscapedAsLogindDoes()
    {
        QCOMPARE(SessionLockWatcher::logindSessionPath(QStringLiteral("2")),
            QStringLiteral("/org/freedesktop/login1/session/_32"));
        QCOMPARE(SessionLockWatcher::logindSessionPath(QStringLiteral("c12")),
            QStringLiteral("/org/freedesktop/login1/session/c12"));
        QCOMPARE(SessionLockWatcher::logindSessionPath(QStringLiteral("a-b")),
            QStringLiteral("/org/freedesktop/login1/session/a_2db"));
    }

    void eachDesktopSignalAsksToLock()
    {
        QObject owner;
        SessionLockWatcher *watcher = watcherOnPrivateBus(&owner);
        QVERIFY(watcher->isWatching());
        QSignalSpy spy(watcher, &SessionLockWatcher::lockRequested);

        screenSaver(true);
        QTRY_COMPARE(spy.count(), 1);
        send(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), {true});
        QTRY_COMPARE(spy.count(), 2);
        send(SessionLockWatcher::logindSessionPath(kSessionId),
            QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
        QTRY_COMPARE(spy.count(), 3);
        send(QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            {true});
        QTRY_COMPARE(spy.count(), 4);

        // Not a reason to lock: the screen saver ending, waking up, another session's lock.
        screenSaver(false);
        send(QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            {false});
        send(SessionLockWatcher::logindSessionPath(QStringLiteral("c8")),
            QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
        // Turned off in Edit › Security.
        watcher->setEnabled(false);
        screenSaver(true);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 4);
    }

    void withoutABusNothingHappens()
    {
        const QDBusConnection none = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus"))),
            QStringLiteral("none"));
        QVERIFY(!none.isConnected());
        SessionLockWatcher watcher(none, none, kSessionId);
        QVERIFY(!watcher.isWatching());
        QDBusConnection::disconnectFromBus(QStringLiteral("none"));
    }

    void theWindowLocksWithTheScreenSaverUnlessTurnedOff()
    {
        const QString path = test::databasePath(m_dir);
        QVERIFY(Database::open(path).ok());
        for (const bool on : {true, false}) {
            Settings settings(m_dir.filePath(QStringLiteral("s%1.ini").arg(on)));
            settings.setLockWithSession(on);
            MainWindow window(settings);
            QVERIFY(window.openDatabase(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.sessionLockWatcher());
            QVERIFY(window.sessionLockWatcher()->isWatching());
            QVERIFY(!window.isLocked());
            screenSaver(true);
            if (on) {
                QTRY_VERIFY(window.isLocked());
            } else {
                QTest::qWait(300);
                QVERIFY(!window.isLocked());
            }
        }
    }
};

QTEST_MAIN(TestSessionLock)
#include "tst_sessionlock.moc"
