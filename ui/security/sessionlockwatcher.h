#pragma once

#include <QDBusConnection>
#include <QObject>

namespace td::ui {

/// Tells the window to lock when the desktop does, as KeePassXC does: the screen saver starts
/// (org.freedesktop.ScreenSaver or org.gnome.ScreenSaver ActiveChanged(true) on the session bus),
/// logind locks this session (org.freedesktop.login1.Session Lock on the system bus), or the
/// computer is about to sleep (org.freedesktop.login1.Manager PrepareForSleep(true)). A bus that
/// cannot be reached is left out without a word: then it simply never asks.
class SessionLockWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLockWatcher)

public:
    /// Watches the user's session bus and the system bus.
    explicit SessionLockWatcher(QObject *parent = nullptr);
    /// Test seam: watches these buses (a private dbus-daemon can stand for both).
    /// `sessionId`: logind's id of this session (XDG_SESSION_ID by default).
    SessionLockWatcher(const QDBusConnection &sessionBus, const QDBusConnection &systemBus,
        const QString &sessionId, QObject *parent = nullptr);

    /// Off: the signals are still received but ask for nothing (Edit › Security).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// At least one bus is connected and watched.
    bool isWatching() const { return m_watching; }
    /// The object path logind gives the session `id` ("2" → /org/freedesktop/login1/session/_32).
    static QString logindSessionPath(const QString &id);

signals:
    /// The desktop locked, started its screen saver, or is going to sleep.
    void lockRequested();

private slots:
    // Slots by name: QDBusConnection::connect has no function-pointer overload in Qt 6.4.
    void screenSaverActiveChanged(bool active);
    void sessionLocked();
    void prepareForSleep(bool beforeSleep);

private:
    void watch(QDBusConnection sessionBus, QDBusConnection systemBus, const QString &sessionId);
    void request();

    bool m_enabled = true;
    bool m_watching = false;
};

} // namespace td::ui
