#pragma once

#include "publishedstatistics.h"

#include <QString>

namespace td {

/// The audit action of statistics leaving the office, from the Statistics window or the CLI.
inline constexpr char kStatisticsExportAction[] = "statistics.export";
/// Recorded when a PDF that was on the record could not be written after all.
inline constexpr char kStatisticsExportAbortedAction[] = "statistics.export_aborted";

/// What the audit log says about published statistics: the format(s) ("csv", "pdf", "json,pdf"),
/// the dimensions, the period, the case filters, the threshold and how many counts were hidden
/// or names unnamed; never a count, a label or a name (a caseworker filter is "one"), e.g.
/// `format=csv by=category-month from=2026-01-01 to=open min_count=11 suppressed=3+2 unnamed=0`.
QString statisticsAuditDetail(const PublishedStatistics &statistics, const QString &format);

} // namespace td
