// trustdesk-cli guidance list|show|search|version|install: the rights guidance, headless.
#include "clicontext.h"
#include "exitcode.h"
#include "guiapplication.h"
#include "guidance/guidancepackloader.h"
#include "guidance/guidancepackstore.h"
#include "guidance/guidancesearch.h"
#include "paperoption.h"
#include "print/guidancehandout.h"
#include "printcommands.h"

#include <QCoreApplication>
#include <QDir>

namespace td::cli {
namespace {

// The article's sources and when they were last checked.
void printCitations(CliContext &context, const GuidancePack &pack, const GuidanceArticle &article)
{
    for (const QString &line : pack.citationLines(article.id))
        context.out() << QCoreApplication::translate("trustdesk-cli", "Source: %1").arg(line)
                      << '\n';
    if (article.lastChecked.isValid())
        context.out() << QCoreApplication::translate("trustdesk-cli", "Last checked: %1")
                             .arg(article.lastChecked.toString(Qt::ISODate))
                      << '\n';
}

int runGuidance(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Rights guidance from the built-in pack (or --pack FOLDER).\n"
        "  guidance list [--lang L]                 one article a line, its id first\n"
        "  guidance show ID [--lang L] [--pdf FILE] the article as text, or a handout PDF\n"
        "  guidance search QUERY [--lang L]         articles containing every word (all languages "
        "without --lang)\n"
        "  guidance version                         which pack is in use: id, version, review "
        "date, "
        "where from\n"
        "  guidance install PATH                    install a newer pack from its folder or "
        "manifest.json, after checking it"));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("trustdesk-cli", "list, show, search, version or install"));
    parser.addOption({QStringLiteral("lang"),
        QCoreApplication::translate(
            "trustdesk-cli", "language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)"),
        QStringLiteral("L")});
    parser.addOption({QStringLiteral("pdf"),
        QCoreApplication::translate("trustdesk-cli", "with show: write a handout PDF to FILE"),
        QStringLiteral("FILE")});
    parser.addOption(paperOption(QCoreApplication::translate("trustdesk-cli", "with --pdf")));
    parser.addOption({QStringLiteral("pack"),
        QCoreApplication::translate(
            "trustdesk-cli", "load the guidance pack from FOLDER instead of the built-in one"),
        QStringLiteral("FOLDER")});
    if (const int code = context.parse(parser, QStringLiteral("guidance"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "guidance needs an action: list, show, search, version or install."));
    const QString action = positional.constFirst();
    const GuidancePackStore store;

    if (action == QLatin1String("install")) {
        if (positional.size() != 2 || parser.isSet(QStringLiteral("pack")))
            return context.usage(parser,
                QCoreApplication::translate(
                    "trustdesk-cli", "guidance install needs exactly one PATH, and no --pack."));
        auto before = store.loadCurrent();
        auto installed = store.install(positional.at(1));
        if (!installed)
            return context.fail(installed.error());
        context.out() << QCoreApplication::translate(
            "trustdesk-cli", "Installed guidance %1 version %2 (was version %3) in %4.")
                             .arg(installed->id, installed->packVersion,
                                 before ? before->packVersion : QStringLiteral("-"),
                                 QDir::toNativeSeparators(installed->location))
                      << Qt::endl;
        return ExitOk;
    }

    auto pack = parser.isSet(QStringLiteral("pack"))
        ? GuidancePackLoader::load(parser.value(QStringLiteral("pack")))
        : store.loadCurrent();
    if (!pack)
        return context.fail(pack.error());
    QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !pack->language(lang))
        return context.fail(Error {ErrorKind::NotFound,
            QCoreApplication::translate("trustdesk-cli", "The guidance is not available in \"%1\".")
                .arg(lang)});

    if (action == QLatin1String("version")) {
        if (positional.size() != 1)
            return context.usage(parser,
                QCoreApplication::translate(
                    "trustdesk-cli", "guidance version takes no more arguments."));
        const bool builtIn = pack->location == GuidancePackLoader::builtInLocation();
        context.out() << "id\t" << pack->id << '\n'
                      << "jurisdiction\t" << pack->jurisdiction << '\n'
                      << "version\t" << pack->packVersion << '\n'
                      << "last_reviewed\t" << pack->lastReviewed.toString(Qt::ISODate) << '\n'
                      << "format\t" << pack->formatVersion << '\n'
                      << "location\t"
                      << (builtIn ? QStringLiteral("built-in")
                                  : QDir::toNativeSeparators(pack->location))
                      << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        if (positional.size() != 1)
            return context.usage(parser,
                QCoreApplication::translate(
                    "trustdesk-cli", "guidance list takes no more arguments."));
        const QString language = lang.isEmpty() ? pack->sourceLanguage : lang;
        for (const auto &a : pack->articles) {
            context.out() << a.id << '\t' << a.section << '\t' << pack->title(a.id, language);
            if (!a.violationCodes.isEmpty())
                context.out() << '\t' << a.violationCodes.join(QLatin1Char(','));
            context.out() << '\n';
        }
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        if (positional.size() != 2)
            return context.usage(parser,
                QCoreApplication::translate(
                    "trustdesk-cli", "guidance show needs exactly one article ID."));
        const QString id = positional.at(1);
        if (!pack->article(id))
            return context.fail(Error {ErrorKind::NotFound,
                QCoreApplication::translate(
                    "trustdesk-cli", "There is no guidance article \"%1\". See: guidance list")
                    .arg(id)});
        const QString language = lang.isEmpty() ? pack->sourceLanguage : lang;
        if (parser.isSet(QStringLiteral("pdf"))) {
            const std::optional<QPageSize> paper = paperFrom(parser);
            if (!paper)
                return context.usage(parser,
                    QCoreApplication::translate("trustdesk-cli", "--paper must be a4 or letter."));
            const QPageSize size = *paper;
            if (auto s = GuidanceHandout::writePdf(
                    pack.value(), id, language, parser.value(QStringLiteral("pdf")), size);
                !s)
                return context.fail(s.error());
            context.out() << QCoreApplication::translate("trustdesk-cli", "Handout written: %1")
                                 .arg(parser.value(QStringLiteral("pdf")))
                          << Qt::endl;
            return ExitOk;
        }
        const auto *language_ = pack->language(language);
        const GuidanceReview review = pack->review(id, language);
        context.out() << GuidanceHandout::resolvedMarkdown(pack.value(), id, language);
        context.out() << "\n---\n" << language_->nativeName << " · " << review.status;
        if (review.date.isValid())
            context.out() << ' ' << review.date.toString(Qt::ISODate);
        if (!language_->reviewNote.isEmpty())
            context.out() << " · " << language_->reviewNote;
        context.out() << '\n';
        printCitations(context, pack.value(), *pack->article(id));
        return ExitOk;
    }
    if (action == QLatin1String("search")) {
        const QString query = positional.mid(1).join(QLatin1Char(' ')).trimmed();
        if (query.isEmpty())
            return context.usage(parser,
                QCoreApplication::translate("trustdesk-cli", "guidance search needs a QUERY."));
        for (const auto &hit : GuidanceSearch::search(pack.value(), query, lang))
            context.out() << hit.articleId << '\t' << hit.languageCode << '\t' << hit.title << '\t'
                          << hit.snippet << '\n';
        return ExitOk;
    }
    return context.usage(parser,
        QCoreApplication::translate("trustdesk-cli",
            "Unknown guidance action \"%1\": use list, show, search, version or install.")
            .arg(action));
}

const CommandRegistrar registrar(
    {kGuidanceCommand.name, kGuidanceCommand.summary, runGuidance, makeGuiApplication});

} // namespace
} // namespace td::cli
