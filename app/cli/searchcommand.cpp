// trustdesk-cli search: full-text search over names, narratives, places, officers and badges.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "storage/caserepository.h"
#include "summaryoutput.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runSearch(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Search cases. Accents and case do not matter; the last word may be the "
        "start of a word. Best matches first."));
    parser.addPositionalArgument(
        QStringLiteral("QUERY"), QCoreApplication::translate("trustdesk-cli", "words to look for"));
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "print JSON instead of one line a case")});
    parser.addOption({QStringLiteral("limit"),
        QCoreApplication::translate("trustdesk-cli", "at most N results (default 50)"),
        QStringLiteral("N"), QStringLiteral("50")});
    if (const int code = context.parse(parser, QStringLiteral("search"), args); code >= 0)
        return code;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "search needs a QUERY."));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "--limit needs a positive whole number."));

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    auto results = repository.search(query, limit);
    if (!results)
        return context.fail(results.error());
    printSummaries(context.out(), results.value(), parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

const CommandRegistrar registrar(
    {"search", QT_TRANSLATE_NOOP("Command", "full-text search over cases"), runSearch});

} // namespace
} // namespace td::cli
