#pragma once

#include "stats/statisticstable.h"
#include "storage/databasesession.h"
#include "storage/statisticsquery.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace td::ui {

class DatabaseThread;

/// Runs StatisticsQuery off the UI thread, on a connection of its own opened in its own thread
/// (one connection per thread), so counting 100 000 cases never freezes the window. Each request
/// returns a serial; its answer carries it, so a window ignores answers to requests it has since
/// replaced. stop() (or destroying the loader) waits for the query running, if any, and closes
/// the connection before it returns.
class StatisticsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsLoader)

public:
    explicit StatisticsLoader(DatabaseSession session, QObject *parent = nullptr);
    ~StatisticsLoader() override;

    int requestTable(const StatisticsFilter &filter, StatisticsDimension rows,
        std::optional<StatisticsDimension> columns);
    int requestCases(const StatisticsFilter &filter, StatisticsDimension dimension,
        const QString &key, std::optional<StatisticsDimension> columnDimension,
        const QString &columnKey);
    int requestCaseworkers();
    /// Waits for the running query and closes the connection; further requests are dropped.
    void stop();
    bool isStopped() const;

signals:
    void tableLoaded(int serial, const td::StatisticsTable &table);
    void casesLoaded(int serial, const QList<td::StatisticsCase> &cases);
    void caseworkersLoaded(int serial, const QStringList &names);
    /// `message` is for people (never raw SQL).
    void failed(int serial, const QString &message);

private:
    template<typename Work> int post(Work work);

    DatabaseThread *m_thread = nullptr;
    int m_serial = 0;
};

} // namespace td::ui
