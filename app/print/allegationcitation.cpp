#include "allegationcitation.h"

#include "guidance/guidancepack.h"
#include "reporthtml.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td::AllegationCitation {
namespace {

using namespace ReportHtml;

/// The sources an article cites ([text](source:ID) links), in order of first citation.
QList<const GuidanceSource *> citedSources(
    const GuidancePack &pack, const QString &articleId, const QString &language)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(source:([^)\\s]+)\\)"));
    QList<const GuidanceSource *> out;
    const QString text = pack.markdown(articleId, language);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const GuidanceSource *source = pack.source(it.next().captured(1));
        if (source && !out.contains(source))
            out.append(source);
    }
    return out;
}

QString sourceText(const GuidanceSource &source, const QString &section)
{
    QStringList parts {source.title};
    if (!section.isEmpty())
        parts.append(section);
    if (!source.date.isEmpty())
        parts.append(source.date);
    if (!source.url.isEmpty())
        parts.append(source.url.toString());
    return parts.join(QLatin1String(", "));
}

} // namespace

QString html(const GuidancePack &pack, const QString &code)
{
    const QString language = pack.sourceLanguage;
    const GuidanceRule *rule = pack.ruleForViolation(code);
    const GuidanceArticle *article
        = rule ? pack.article(rule->articleId) : pack.articleForViolation(code);
    QStringList lines;
    if (rule) {
        QString line = QCoreApplication::translate("ComplaintReport", "Rule: %1, %2.")
                           .arg(rule->name, rule->citation);
        // An ordinance binds one agency: a complaint about another says so rather than overreach.
        if (!rule->appliesTo.isEmpty())
            line += QLatin1Char(' ')
                + QCoreApplication::translate("ComplaintReport", "It applies to: %1.")
                      .arg(rule->appliesTo);
        if (const GuidanceSource *source = pack.source(rule->sourceId))
            line += QLatin1Char(' ')
                + QCoreApplication::translate("ComplaintReport", "Source: %1.")
                      .arg(sourceText(*source, source->section));
        lines.append(esc(line));
    }
    if (article) {
        QString line
            = (rule ? QCoreApplication::translate("ComplaintReport",
                   "See also the guidance “%1”, %2 guidance (version %3, checked "
                   "%4).")
                    : QCoreApplication::translate(
                        "ComplaintReport", "Guidance: “%1”, %2 guidance (version %3, checked %4)."))
                  .arg(pack.title(article->id, language), pack.jurisdiction, pack.packVersion,
                      isoDate(article->lastChecked.isValid() ? article->lastChecked
                                                             : pack.lastReviewed));
        if (!rule) {
            for (const GuidanceSource *source : citedSources(pack, article->id, language))
                line += QLatin1Char(' ')
                    + QCoreApplication::translate("ComplaintReport", "Source [%1]: %2, %3.")
                          .arg(source->id, source->title, source->url.toString());
        }
        lines.append(esc(line));
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace td::AllegationCitation
