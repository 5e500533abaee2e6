// trustdesk-cli stats: counts by category, month, district… with small counts suppressed. The PDF
// (--pdf) is written by trustdesk-cli-print (statspdfcommand.cpp), to which this hands over.
#include "exitcode.h"
#include "printhandover.h"
#include "statsrequest.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int handOver(CliContext &context)
{
    QString error;
    handOverToPrintProgram(QCoreApplication::arguments(), error); // returns only when it failed
    context.err() << error << Qt::endl;
    return ExitBadInput;
}

int run(CliContext &context, const QStringList &args)
{
    return runStats(context, args, StatsPdf {handOver, nullptr});
}

const CommandRegistrar registrar({"stats",
    QT_TRANSLATE_NOOP("Command", "count cases and incidents by category, month, district…"), run});

} // namespace
} // namespace td::cli
