#pragma once

#include <QObject>
#include <QTimer>

namespace td {

class Database;

/// Notices commits made through any other connection to the same database — another TrustDesk
/// window, a colleague on the office server, trustdesk-cli, a background job of this process —
/// and says so with changed(). Commits made through the watched connection itself are not
/// reported: its owner knows about them. The UI uses this one interface for both engines:
/// - SQLite: polls `PRAGMA data_version` on the connection (a read of the WAL index in memory,
///   no file I/O);
/// - PostgreSQL: LISTENs on `trustdesk_cases_changed`, which a trigger on `cases` NOTIFYs on
///   every committed change (schema 11); the timer only renews the subscription after a
///   reconnect. Notifications arrive through the event loop.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit DatabaseWatcher(Database &database, QObject *parent = nullptr);

    /// How often to look (milliseconds); 0 stops looking: on PostgreSQL too, a notification is
    /// then only remembered for the next checkNow().
    void setInterval(int milliseconds);
    int interval() const { return m_timer.isActive() ? m_timer.interval() : 0; }
    /// Looks now; true (and changed() emitted) when another connection committed since the
    /// last look. On PostgreSQL: whether a notification came since the last look (while looking,
    /// changed() was emitted when it came; while stopped, it is emitted now).
    bool checkNow();
    /// The PostgreSQL channel the cases trigger notifies.
    static QString channel();

signals:
    void changed();

private:
    qint64 dataVersion() const;
    void listen();
    void onNotification(const QString &name, int source);

    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_notified = false; ///< PostgreSQL: a colleague's commit since the last checkNow()
    bool m_connected = false; ///< PostgreSQL: connected to the driver's notification signal
};

} // namespace td
