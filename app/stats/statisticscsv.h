#pragma once

#include "publishedstatistics.h"

#include <QByteArray>

namespace td {

/// Published statistics as CSV, in the layout of `trustdesk-cli stats --csv`
/// (docs/statistics.md, "Outputs"): UTF-8 with a byte order mark, CRLF line ends, one line per
/// cell then the totals, a suppressed count as an empty field. A label that a spreadsheet would
/// read as a formula (=, +, -, @ first) is prefixed with an apostrophe.
QByteArray statisticsCsv(const PublishedStatistics &statistics);

} // namespace td
