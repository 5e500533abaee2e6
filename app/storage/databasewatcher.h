#pragma once

#include <QObject>
#include <QTimer>

namespace td {

class Database;

/// Notices commits made through any other connection to the same database file — another
/// TrustDesk window, trustdesk-cli, a background job of this process — by polling SQLite's
/// `PRAGMA data_version` on one connection (a read of the WAL index in memory, no file I/O),
/// and says so with changed(). Commits made through the watched connection itself are not
/// reported: its owner knows about them.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit DatabaseWatcher(Database &database, QObject *parent = nullptr);

    /// How often to look (milliseconds); 0 stops looking.
    void setInterval(int milliseconds);
    int interval() const { return m_timer.isActive() ? m_timer.interval() : 0; }
    /// Looks now; true (and changed() emitted) when another connection committed since the
    /// last look.
    bool checkNow();

signals:
    void changed();

private:
    qint64 dataVersion() const;

    Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace td
