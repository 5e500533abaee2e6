// trustdesk-cli list: every case (or those of one status), newest first.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "storage/caserepository.h"
#include "summaryoutput.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runList(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "trustdesk-cli", "List cases, newest first: reference, status, opened date, client."));
    QStringList codes;
    for (const auto status : allCaseStatuses())
        codes.append(caseStatusCode(status));
    parser.addOption({QStringLiteral("status"),
        QCoreApplication::translate("trustdesk-cli", "only cases with this status (%1)")
            .arg(codes.join(QLatin1String(", "))),
        QStringLiteral("S")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "print JSON instead of one line a case")});
    if (const int code = context.parse(parser, QStringLiteral("list"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "list takes no arguments."));

    CaseQuery query;
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = caseStatusFromCode(parser.value(QStringLiteral("status")));
        if (!query.status)
            return context.usage(parser,
                QCoreApplication::translate(
                    "trustdesk-cli", "Unknown status \"%1\". Use one of: %2.")
                    .arg(parser.value(QStringLiteral("status")), codes.join(QLatin1String(", "))));
    }
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    QList<CaseSummary> all;
    qint64 before = 0;
    constexpr int kPage = 5000;
    for (;;) {
        auto page = repository.page(query, before, kPage);
        if (!page)
            return context.fail(page.error());
        all.append(page.value());
        if (page->size() < kPage)
            break;
        before = page->constLast().id;
    }
    printSummaries(context.out(), all, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

const CommandRegistrar registrar(
    {"list", QT_TRANSLATE_NOOP("Command", "list cases, optionally of one status"), runList});

} // namespace
} // namespace td::cli
