// trustdesk-cli-print stats: the same command as trustdesk-cli stats (statsrequest.h), which
// hands over here when --pdf is given, because writing a PDF needs Qt Gui.
#include "common/officeprofile.h"
#include "exitcode.h"
#include "guiapplication.h"
#include "print/statisticsreport.h"
#include "statsrequest.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int writePdf(
    CliContext &context, const StatsRequest &request, const PublishedStatistics &statistics)
{
    StatisticsReportOptions options;
    options.office = OfficeProfile::current();
    const StatisticsReport report(statistics, options);
    auto written = report.writePdf(request.pdfPath);
    if (!written)
        return context.fail(written.error());
    return ExitOk;
}

int run(CliContext &context, const QStringList &args)
{
    return runStats(context, args, StatsPdf {nullptr, writePdf});
}

const CommandRegistrar registrar({"stats",
    QT_TRANSLATE_NOOP("Command", "count cases and incidents by category, month, district…"), run,
    makeGuiApplication});

} // namespace
} // namespace td::cli
