#pragma once

#include "statisticstable.h"

#include <QList>

#include <optional>

namespace td {

/// Why a count is or is not published.
enum class CountState
{
    Shown,
    Primary, ///< from 1 to threshold − 1: hidden for itself
    Complementary, ///< hidden so that a primary one cannot be worked out from the totals
};

/// One count as published: its value stays here for the office's own use (the GUI may show it to
/// the caseworker), published() is what leaves the office.
struct PublishedCount
{
    qint64 value = 0;
    CountState state = CountState::Shown;

    bool isSuppressed() const { return state != CountState::Shown; }
    std::optional<qint64> published() const
    {
        return isSuppressed() ? std::nullopt : std::optional<qint64>(value);
    }
};

/// One unit (cases or incidents) of a StatisticsTable with small counts suppressed.
struct PublishedTable
{
    StatisticsUnit unit = StatisticsUnit::Cases;
    int threshold = 11;
    qsizetype rowCount = 0;
    qsizetype columnCount = 1; ///< 1 for a one-dimensional table
    bool twoDimensional = false;
    bool overlapping = false; ///< totals are distinct counts, not sums of the cells
    QList<PublishedCount> cells; ///< row-major
    QList<PublishedCount> rowTotals; ///< two dimensions only
    QList<PublishedCount> columnTotals; ///< two dimensions only
    PublishedCount total;

    const PublishedCount &cell(qsizetype row, qsizetype column = 0) const
    {
        return cells.at(row * columnCount + column);
    }
    int count(CountState state) const;
};

/// Small-cell suppression for published tables (docs/statistics.md, "Suppression"): every count
/// from 1 to threshold − 1 is hidden (primary), then further counts are hidden (complementary,
/// smallest first) until no hidden count can be worked out exactly from the published ones by
/// adding and subtracting rows, columns and totals. Zeros are shown.
class Suppression
{
public:
    static constexpr int kDefaultThreshold = 11;

    explicit Suppression(int threshold = kDefaultThreshold);
    int threshold() const { return m_threshold; }

    PublishedTable apply(const StatisticsTable &table, StatisticsUnit unit) const;

    /// The method on a bare table with its margins: `values` is (rows + 1) × (columns + 1),
    /// row-major, the last column holding the row totals and the last row the column totals
    /// (the grand total last). Returns the state of every entry.
    QList<CountState> suppressGrid(const QList<qint64> &values, int rows, int columns) const;
    /// The same for one dimension: `values` holds the cells, then the total.
    QList<CountState> suppressLine(const QList<qint64> &values) const;

private:
    bool isSmall(qint64 value) const { return value >= 1 && value < m_threshold; }

    int m_threshold;
};

} // namespace td
