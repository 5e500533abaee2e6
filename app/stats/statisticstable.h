#pragma once

#include "statisticsdimension.h"
#include "statisticsfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

/// How many cases and how many incidents fall in one cell (or total) of a statistics table.
struct StatisticsCount
{
    qint64 cases = 0;
    qint64 incidents = 0;

    qint64 of(StatisticsUnit unit) const
    {
        return unit == StatisticsUnit::Cases ? cases : incidents;
    }
    friend bool operator==(const StatisticsCount &, const StatisticsCount &) = default;
};

/// One row or column of a table: the key as grouped (a category code, "2026-03", "c-11"…) and
/// how it reads (statisticsKeyLabel).
struct StatisticsKey
{
    QString key;
    QString label;

    friend bool operator==(const StatisticsKey &, const StatisticsKey &) = default;
};

/// Counts of cases and incidents by one dimension (rows) or two (rows × columns), with the row,
/// column and grand totals, before any suppression. Totals count each case or incident once
/// (distinct), so where a dimension is multi-valued (isMultiValued) they are smaller than the sum
/// of their cells. Holds no names, references or free text.
struct StatisticsTable
{
    StatisticsFilter filter;
    StatisticsDimension rowDimension = StatisticsDimension::Category;
    std::optional<StatisticsDimension> columnDimension;
    QList<StatisticsKey> rows;
    QList<StatisticsKey> columns; ///< empty for a one-dimensional table
    QList<StatisticsCount> cells; ///< row-major, rows.size() × columnCount()
    QList<StatisticsCount> rowTotals; ///< per row (for one dimension, equal to the cells)
    QList<StatisticsCount> columnTotals; ///< per column; empty for one dimension
    StatisticsCount total;

    bool isTwoDimensional() const { return columnDimension.has_value(); }
    qsizetype columnCount() const { return isTwoDimensional() ? columns.size() : 1; }
    const StatisticsCount &cell(qsizetype row, qsizetype column = 0) const
    {
        return cells.at(row * columnCount() + column);
    }
    /// Whether a unit can count in several cells of a row or column: then totals are not sums.
    bool isOverlapping(StatisticsUnit unit) const
    {
        return isMultiValued(rowDimension, unit)
            || (columnDimension && isMultiValued(*columnDimension, unit));
    }
};

} // namespace td
