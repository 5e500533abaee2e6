#include "statisticsloader.h"

#include "jobs/databasethread.h"
#include "storage/caseworkerlist.h"
#include "storage/database.h"

#include <QPointer>

namespace td::ui {

StatisticsLoader::StatisticsLoader(DatabaseSession session, QObject *parent)
    : QObject(parent)
    , m_thread(new DatabaseThread(std::move(session), QStringLiteral("statistics"), this))
{ }

StatisticsLoader::~StatisticsLoader()
{
    stop();
}

void StatisticsLoader::stop()
{
    m_thread->stop();
}

bool StatisticsLoader::isStopped() const
{
    return m_thread->isStopped();
}

template<typename Work> int StatisticsLoader::post(Work work)
{
    const int serial = ++m_serial;
    QPointer<StatisticsLoader> self(this);
    m_thread->post([self, serial, work](Database *db, const QString &problem) {
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
    });
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
