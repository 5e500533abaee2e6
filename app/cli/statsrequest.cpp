#include "statsrequest.h"

#include "common/appinfo.h"
#include "exitcode.h"
#include "stats/statisticsauditdetail.h"
#include "stats/suppression.h"
#include "statsoutput.h"
#include "storage/auditlog.h"
#include "storage/statisticsquery.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

QString dimensionCodes()
{
    QStringList codes;
    for (const auto d : allStatisticsDimensions())
        codes.append(statisticsDimensionCode(d));
    return codes.join(QLatin1String(", "));
}

/// Fills `request` from the parsed options; an empty string when they were fine, else what is
/// wrong.
QString readRequest(const QCommandLineParser &parser, StatsRequest &request)
{
    QStringList by;
    for (const auto &value : parser.values(QStringLiteral("by")))
        by += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (by.isEmpty())
        by = {QStringLiteral("category")};
    if (by.size() > 2)
        return QCoreApplication::translate(
            "trustdesk-cli", "--by takes one or two dimensions, e.g. --by category,month.");
    QList<StatisticsDimension> dimensions;
    for (const auto &code : by) {
        const auto d = statisticsDimensionFromCode(code);
        if (!d)
            return QCoreApplication::translate(
                "trustdesk-cli", "Unknown dimension \"%1\". Use one or two of: %2.")
                .arg(code.trimmed(), dimensionCodes());
        if (dimensions.contains(*d))
            return QCoreApplication::translate("trustdesk-cli", "--by names \"%1\" twice.")
                .arg(code.trimmed());
        dimensions.append(*d);
    }
    request.rows = dimensions.first();
    if (dimensions.size() == 2)
        request.columns = dimensions.at(1);

    for (const char *name : {"from", "to"}) {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option))
            continue;
        const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return QCoreApplication::translate(
                "trustdesk-cli", "--%1 needs a date as YYYY-MM-DD, not \"%2\".")
                .arg(option, parser.value(option));
        (option == QLatin1String("from") ? request.filter.from : request.filter.to) = date;
    }
    if (request.filter.from.isValid() && request.filter.to.isValid()
        && request.filter.from > request.filter.to)
        return QCoreApplication::translate("trustdesk-cli", "--from must not be after --to.");

    if (parser.isSet(QStringLiteral("min-count"))) {
        bool ok = false;
        request.minCount = parser.value(QStringLiteral("min-count")).toInt(&ok);
        if (!ok || request.minCount < 1)
            return QCoreApplication::translate(
                "trustdesk-cli", "--min-count needs a whole number of 1 or more.");
    }
    for (const auto &value : parser.values(QStringLiteral("status"))) {
        for (const auto &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = caseStatusFromCode(code.trimmed());
            if (!status) {
                QStringList codes;
                for (const auto s : allCaseStatuses())
                    codes.append(caseStatusCode(s));
                return QCoreApplication::translate(
                    "trustdesk-cli", "Unknown status \"%1\". Use one of: %2.")
                    .arg(code.trimmed(), codes.join(QLatin1String(", ")));
            }
            if (!request.filter.statuses.contains(*status))
                request.filter.statuses.append(*status);
        }
    }
    request.filter.caseworker = parser.value(QStringLiteral("caseworker"));

    const bool json = parser.isSet(QStringLiteral("json"));
    const bool csv = parser.isSet(QStringLiteral("csv"));
    if (json && csv)
        return QCoreApplication::translate("trustdesk-cli", "Choose --json or --csv, not both.");
    request.format = json ? StatsRequest::Format::Json
        : csv             ? StatsRequest::Format::Csv
                          : StatsRequest::Format::Text;
    request.pdfPath = parser.value(QStringLiteral("pdf"));
    if (parser.isSet(QStringLiteral("pdf")) && request.pdfPath.isEmpty())
        return QCoreApplication::translate("trustdesk-cli", "--pdf needs a file name.");
    return {};
}

} // namespace

int runStats(CliContext &context, const QStringList &args, const StatsPdf &pdf)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Count cases and incidents by one or two dimensions, for an office's own overview or to "
        "publish. Counts from 1 to K-1 are suppressed, and further counts where one could "
        "otherwise be worked out from the totals; no names, references or free text are printed "
        "(docs/statistics.md)."));
    parser.addOption({QStringLiteral("by"),
        QCoreApplication::translate(
            "trustdesk-cli", "one or two dimensions, comma-separated (default category): %1")
            .arg(dimensionCodes()),
        QStringLiteral("DIMENSIONS")});
    parser.addOption({QStringLiteral("from"),
        QCoreApplication::translate(
            "trustdesk-cli", "count incidents dated on or after D (YYYY-MM-DD)"),
        QStringLiteral("D")});
    parser.addOption({QStringLiteral("to"),
        QCoreApplication::translate(
            "trustdesk-cli", "count incidents dated on or before D (YYYY-MM-DD)"),
        QStringLiteral("D")});
    parser.addOption({QStringLiteral("min-count"),
        QCoreApplication::translate("trustdesk-cli", "suppress counts below K (default %1)")
            .arg(Suppression::kDefaultThreshold),
        QStringLiteral("K")});
    parser.addOption({QStringLiteral("status"),
        QCoreApplication::translate(
            "trustdesk-cli", "only cases with these statuses, comma-separated"),
        QStringLiteral("S")});
    parser.addOption({QStringLiteral("caseworker"),
        QCoreApplication::translate("trustdesk-cli", "only the cases assigned to this caseworker"),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate(
            "trustdesk-cli", "print JSON: each count, or null when suppressed")});
    parser.addOption({QStringLiteral("csv"),
        QCoreApplication::translate("trustdesk-cli", "print CSV (UTF-8 with a byte order mark)")});
    parser.addOption({QStringLiteral("pdf"),
        QCoreApplication::translate(
            "trustdesk-cli", "also write the statistics as a PDF report to FILE"),
        QStringLiteral("FILE")});
    if (const int code = context.parse(parser, QStringLiteral("stats"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "stats takes no arguments."));
    StatsRequest request;
    request.minCount = Suppression::kDefaultThreshold;
    if (const QString problem = readRequest(parser, request); !problem.isEmpty())
        return context.usage(parser, problem);
    if (!request.pdfPath.isEmpty() && pdf.handOver)
        return pdf.handOver(context);

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    StatisticsQuery query(*db);
    auto table = query.table(request.filter, request.rows, request.columns);
    if (!table)
        return context.fail(table.error());
    const PublishedStatistics published(std::move(table.value()), request.minCount);
    if (!request.pdfPath.isEmpty() && !pdf.write)
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli", "This program cannot write PDFs.")});
    // Figures to publish leave the office: on the record before the first byte is written, as a
    // case list does (list --csv); the text table is for reading at the terminal.
    QStringList formats;
    if (request.format == StatsRequest::Format::Json)
        formats.append(QStringLiteral("json"));
    else if (request.format == StatsRequest::Format::Csv)
        formats.append(QStringLiteral("csv"));
    if (!request.pdfPath.isEmpty())
        formats.append(QStringLiteral("pdf"));
    const QString detail = statisticsAuditDetail(published, formats.join(QLatin1Char(',')));
    AuditLog audit(*db, currentActor());
    if (!formats.isEmpty()) {
        if (auto s = audit.record(QLatin1String(kStatisticsExportAction), {}, detail); !s)
            return context.fail(s.error());
    }
    if (!request.pdfPath.isEmpty()) {
        if (const int code = pdf.write(context, request, published); code != ExitOk) {
            (void)audit.record(QLatin1String(kStatisticsExportAbortedAction), {}, detail);
            return code;
        }
    }
    switch (request.format) {
    case StatsRequest::Format::Json:
        printStatsJson(context.out(), request, published);
        break;
    case StatsRequest::Format::Csv:
        printStatsCsv(context.out(), request, published);
        break;
    case StatsRequest::Format::Text:
        if (request.pdfPath.isEmpty())
            printStatsText(context.out(), request, published);
        break;
    }
    return ExitOk;
}

} // namespace td::cli
