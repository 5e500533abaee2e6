#include "databasethread.h"

#include "storage/database.h"
#include "storage/queryinterrupt.h"

#include <QMutex>
#include <QThread>

#include <memory>

namespace td::ui {

/// Lives in the thread and owns the connection there.
class DatabaseThread::Worker final : public QObject
{
public:
    explicit Worker(DatabaseSession session)
        : m_session(std::move(session))
    { }

    /// The connection, opened on first use in this thread; null after it said why.
    Database *database(QString &problem)
    {
        if (!m_database) {
            auto opened = m_session.open(Database::OpenMode::ExistingOnly);
            if (!opened) {
                problem = opened.error().message;
                return nullptr;
            }
            m_database = std::move(opened.value());
            const QMutexLocker locker(&m_mutex);
            m_interrupt = QueryInterrupt(*m_database);
        }
        return m_database.get();
    }
    void close()
    {
        {
            const QMutexLocker locker(&m_mutex);
            m_interrupt = {};
        }
        m_database.reset();
    }
    /// From the owner's thread: the running statement stops at its next step.
    void interrupt()
    {
        const QMutexLocker locker(&m_mutex);
        m_interrupt.interrupt();
    }

private:
    DatabaseSession m_session;
    std::unique_ptr<Database> m_database;
    QMutex m_mutex; ///< guards m_interrupt, read from the owner's thread
    QueryInterrupt m_interrupt;
};

DatabaseThread::DatabaseThread(DatabaseSession session, const QString &name, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker(std::move(session)))
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    // Emitted in the worker's thread once its loop has ended: the connection closes there.
    connect(
        m_thread, &QThread::finished, m_worker, [w = m_worker] { w->close(); },
        Qt::DirectConnection);
    m_thread->start();
}

DatabaseThread::~DatabaseThread()
{
    stop();
}

void DatabaseThread::stop()
{
    if (!m_thread)
        return;
    // A count of 100 000 cases can take seconds: the lock must not wait for it.
    m_worker->interrupt();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void DatabaseThread::post(Work work)
{
    if (!m_thread)
        return;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, work = std::move(work)] {
            QString problem;
            Database *db = worker->database(problem);
            work(db, problem);
        },
        Qt::QueuedConnection);
}

} // namespace td::ui
