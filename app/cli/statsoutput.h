#pragma once

#include "stats/publishedstatistics.h"

#include <QTextStream>

namespace td::cli {

struct StatsRequest;

/// Aligned columns for people; "*" marks a suppressed count.
void printStatsText(QTextStream &out, const StatsRequest &request, const PublishedStatistics &s);
/// The JSON contract: each cell's count or null when suppressed, and the totals
/// (docs/statistics.md).
void printStatsJson(QTextStream &out, const StatsRequest &request, const PublishedStatistics &s);
/// UTF-8 with a byte order mark, one line per cell then the totals; a suppressed count is empty.
void printStatsCsv(QTextStream &out, const StatsRequest &request, const PublishedStatistics &s);

} // namespace td::cli
