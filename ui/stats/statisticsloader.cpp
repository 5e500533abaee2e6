#include "statisticsloader.h"

#include "storage/caseworkerlist.h"
#include "storage/database.h"
#include "storage/queryinterrupt.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>

namespace td::ui {

/// Lives in the loader's thread and owns the connection there.
class StatisticsLoader::Worker final : public QObject
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
    /// From the loader's thread: the running statement stops at its next step.
    void interrupt()
    {
        const QMutexLocker locker(&m_mutex);
        m_interrupt.interrupt();
    }

private:
    DatabaseSession m_session;
    std::unique_ptr<Database> m_database;
    QMutex m_mutex; ///< guards m_interrupt, read from the loader's thread
    QueryInterrupt m_interrupt;
};

StatisticsLoader::StatisticsLoader(DatabaseSession session, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker(std::move(session)))
{
    m_thread->setObjectName(QStringLiteral("statistics"));
    m_worker->moveToThread(m_thread);
    // Emitted in the worker's thread once its loop has ended: the connection closes there.
    connect(
        m_thread, &QThread::finished, m_worker, [w = m_worker] { w->close(); },
        Qt::DirectConnection);
    m_thread->start();
}

StatisticsLoader::~StatisticsLoader()
{
    stop();
}

void StatisticsLoader::stop()
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

template<typename Work> int StatisticsLoader::post(Work work)
{
    const int serial = ++m_serial;
    if (!m_thread)
        return serial;
    QPointer<StatisticsLoader> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [self, worker, serial, work] {
            QString problem;
            Database *db = worker->database(problem);
            // Answers are queued back to the loader's thread; a loader gone by then drops them.
            if (!db) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, serial, problem] {
                        if (self)
                            emit self->failed(serial, problem);
                    },
                    Qt::QueuedConnection);
                return;
            }
            work(*db, self, serial);
        },
        Qt::QueuedConnection);
    return serial;
}

namespace {

/// Sends `result`'s value to `ok`, or its error to failed(), in the loader's thread.
template<typename T, typename Ok>
void answer(QPointer<StatisticsLoader> self, int serial, Result<T> result, Ok ok)
{
    QMetaObject::invokeMethod(
        self.data(),
        [self, serial, result = std::move(result), ok] {
            if (!self)
                return;
            if (result)
                ok(*self, serial, result.value());
            else
                emit self->failed(serial, result.error().message);
        },
        Qt::QueuedConnection);
}

} // namespace

int StatisticsLoader::requestTable(const StatisticsFilter &filter, StatisticsDimension rows,
    std::optional<StatisticsDimension> columns)
{
    return post([filter, rows, columns](Database &db, QPointer<StatisticsLoader> self, int serial) {
        answer(self, serial, StatisticsQuery(db).table(filter, rows, columns),
            [](StatisticsLoader &loader, int s, const StatisticsTable &table) {
                emit loader.tableLoaded(s, table);
            });
    });
}

int StatisticsLoader::requestCases(const StatisticsFilter &filter, StatisticsDimension dimension,
    const QString &key, std::optional<StatisticsDimension> columnDimension,
    const QString &columnKey)
{
    return post([=](Database &db, QPointer<StatisticsLoader> self, int serial) {
        answer(self, serial,
            StatisticsQuery(db).casesIn(filter, dimension, key, columnDimension, columnKey),
            [](StatisticsLoader &loader, int s, const QList<StatisticsCase> &cases) {
                emit loader.casesLoaded(s, cases);
            });
    });
}

int StatisticsLoader::requestCaseworkers()
{
    return post([](Database &db, QPointer<StatisticsLoader> self, int serial) {
        answer(self, serial, assignedCaseworkers(db),
            [](StatisticsLoader &loader, int s, const QStringList &names) {
                emit loader.caseworkersLoaded(s, names);
            });
    });
}

} // namespace td::ui
