#pragma once

#include "statisticstable.h"

#include <QList>

namespace td {

/// The row (or column) keys of `table` fit to leave the office. A key that is free text as typed
/// (an agency, a complaint outcome, a district not in the list) could name someone; one that
/// counts fewer than `threshold` cases is published as "Other agency 1", "Other agency 2"… and
/// its key emptied. Category, month, quarter, status and listed districts are kept.
QList<StatisticsKey> publishedKeys(const StatisticsTable &table, bool columns, int threshold);

/// Whether the dimension's keys are free text typed by caseworkers.
bool isFreeTextKey(StatisticsDimension dimension, const QString &key);

} // namespace td
