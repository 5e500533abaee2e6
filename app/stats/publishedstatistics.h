#pragma once

#include "statisticstable.h"
#include "suppression.h"

#include <QList>

namespace td {

/// A StatisticsTable as it may leave the office: both units suppressed with one threshold, and
/// the row and column keys with rare free-text spellings unnamed (publishedKeys). What the CLI's
/// JSON, CSV and the statistics PDF print, and what a GUI should show when it exports.
struct PublishedStatistics
{
    PublishedStatistics(StatisticsTable table, int threshold);

    StatisticsTable table; ///< the raw counts: for the office's eyes only
    int threshold = Suppression::kDefaultThreshold;
    PublishedTable cases;
    PublishedTable incidents;
    QList<StatisticsKey> rows;
    QList<StatisticsKey> columns; ///< empty for one dimension

    const PublishedTable &of(StatisticsUnit unit) const
    {
        return unit == StatisticsUnit::Cases ? cases : incidents;
    }
    /// How many row or column keys were unnamed because they were rare free text.
    int unnamedKeys() const;
};

} // namespace td
