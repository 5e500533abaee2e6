#pragma once

#include "common/result.h"
#include "stats/statisticstable.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

/// A case counted in a cell of a statistics table: for the office's own eyes (the GUI lists a
/// clicked bar's cases), never published.
struct StatisticsCase
{
    qint64 id = 0;
    QString reference;

    friend bool operator==(const StatisticsCase &, const StatisticsCase &) = default;
};

/// Counts cases and incidents by one or two dimensions in SQL (GROUP BY, portable to PostgreSQL:
/// dates are ISO text, months come from substr, no SQLite-only functions). See
/// docs/statistics.md for the counting rules.
class StatisticsQuery
{
public:
    explicit StatisticsQuery(Database &db);

    /// The table by `rows` (and `columns`, when given and different from `rows`).
    Result<StatisticsTable> table(const StatisticsFilter &filter, StatisticsDimension rows,
        std::optional<StatisticsDimension> columns = std::nullopt);
    /// The cases in one cell: those with a counted incident whose `dimension` key is `key` (and
    /// whose `columnDimension` key is `columnKey`, when given), ordered by id. Keys are those of
    /// StatisticsTable::rows / columns.
    Result<QList<StatisticsCase>> casesIn(const StatisticsFilter &filter,
        StatisticsDimension dimension, const QString &key,
        std::optional<StatisticsDimension> columnDimension = std::nullopt,
        const QString &columnKey = {});

    /// Counts with the portable GROUP BY statements even on SQLite, where one ordered pass is
    /// faster (statisticsscan.h): for tests that compare the two, and benchmarks.
    void setPortableOnly(bool portable) { m_portableOnly = portable; }

private:
    Database &m_db;
    bool m_portableOnly = false;
};

} // namespace td
