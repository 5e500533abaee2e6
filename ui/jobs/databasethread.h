#pragma once

#include "storage/databasesession.h"

#include <QObject>

#include <functional>

class QThread;

namespace td {
class Database;
}

namespace td::ui {

/// A thread with a database connection of its own, for queries that take too long for the UI
/// thread (the statistics, the officer roster): the connection is opened from the session in the
/// thread on first use (one connection per thread), work runs there in the order posted, and
/// stop() interrupts the statement running (sqlite3_interrupt), waits for the work and closes the
/// connection before it returns, so a closing window or the lock never waits for a long count
/// and never leaves a connection behind.
class DatabaseThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseThread)

public:
    /// Runs in the thread: `db` is the connection, or null when it could not be opened
    /// (`problem` then says why, for people).
    using Work = std::function<void(Database *db, const QString &problem)>;

    DatabaseThread(DatabaseSession session, const QString &name, QObject *parent = nullptr);
    ~DatabaseThread() override;

    /// Queues `work` for the thread; dropped after stop().
    void post(Work work);
    /// Interrupts the running statement, waits for the thread and closes its connection.
    void stop();
    bool isStopped() const { return !m_thread; }

private:
    class Worker;

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace td::ui
