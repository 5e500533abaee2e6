#pragma once

#include "clicontext.h"
#include "stats/publishedstatistics.h"
#include "stats/statisticsfilter.h"

#include <QString>

#include <optional>

namespace td::cli {

/// What `trustdesk-cli stats` was asked for.
struct StatsRequest
{
    enum class Format
    {
        Text,
        Json,
        Csv,
    };

    StatisticsFilter filter;
    StatisticsDimension rows = StatisticsDimension::Category;
    std::optional<StatisticsDimension> columns;
    int minCount = 11;
    Format format = Format::Text;
    QString pdfPath; ///< empty: no PDF
};

/// How `stats --pdf FILE` gets its PDF written: trustdesk-cli, which never loads Qt Gui, hands
/// the whole command over to trustdesk-cli-print, which writes it.
struct StatsPdf
{
    /// Replaces this process with trustdesk-cli-print; returns only when that failed (the exit
    /// code, after saying why).
    int (*handOver)(CliContext &context) = nullptr;
    /// Writes the PDF of `statistics`; returns an exit code.
    int (*write)(
        CliContext &context, const StatsRequest &request, const PublishedStatistics &statistics)
        = nullptr;
};

/// trustdesk-cli stats: parses the options, counts (StatisticsQuery), suppresses small counts
/// (Suppression) and prints text, JSON or CSV; the PDF through `pdf`.
int runStats(CliContext &context, const QStringList &args, const StatsPdf &pdf);

} // namespace td::cli
