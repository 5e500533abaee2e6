#include "sessionlockwatcher.h"

#include "common/logging.h"

#include <QProcessEnvironment>

namespace td::ui {
namespace {

const QString kLogind = QStringLiteral("org.freedesktop.login1");

} // namespace

SessionLockWatcher::SessionLockWatcher(QObject *parent)
    : QObject(parent)
{
    watch(QDBusConnection::sessionBus(), QDBusConnection::systemBus(),
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("XDG_SESSION_ID")));
}

SessionLockWatcher::SessionLockWatcher(const QDBusConnection &sessionBus,
    const QDBusConnection &systemBus, const QString &sessionId, QObject *parent)
    : QObject(parent)
{
    watch(sessionBus, systemBus, sessionId);
}

void SessionLockWatcher::watch(
    QDBusConnection sessionBus, QDBusConnection systemBus, const QString &sessionId)
{
    if (sessionBus.isConnected()) {
        // KDE, Xfce, MATE, Cinnamon and others speak the freedesktop name; GNOME its own.
        const bool freedesktop = sessionBus.connect(QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
            SLOT(screenSaverActiveChanged(bool)));
        const bool gnome = sessionBus.connect(QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
        m_watching = m_watching || freedesktop || gnome;
    }
    if (systemBus.isConnected()) {
        const bool sleep = systemBus.connect(kLogind, QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(prepareForSleep(bool)));
        // Only this session's Lock: another user's session locking is none of our business.
        const bool session = !sessionId.isEmpty()
            && systemBus.connect(kLogind, logindSessionPath(sessionId),
                QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                SLOT(sessionLocked()));
        m_watching = m_watching || sleep || session;
    }
    qCDebug(lcUi) << "session lock watcher:" << (m_watching ? "watching" : "no bus");
}

QString SessionLockWatcher::logindSessionPath(const QString &id)
{
    // sd_bus_path_encode: letters stay, digits too except first, everything else is _xx (hex).
    QString label;
    const QByteArray utf8 = id.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (letter || (digit && i > 0))
            label += QLatin1Char(c);
        else
            label += QStringLiteral("_%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    }
    if (label.isEmpty())
        label = QStringLiteral("_");
    return QStringLiteral("/org/freedesktop/login1/session/") + label;
}

void SessionLockWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void SessionLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        request();
}

void SessionLockWatcher::sessionLocked()
{
    request();
}

void SessionLockWatcher::prepareForSleep(bool beforeSleep)
{
    if (beforeSleep)
        request();
}

void SessionLockWatcher::request()
{
    if (m_enabled)
        emit lockRequested();
}

} // namespace td::ui
