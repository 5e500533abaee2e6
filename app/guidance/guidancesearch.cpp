#include "guidancesearch.h"

#include "storage/searchtext.h"

#include <QRegularExpression>

#include <algorithm>

namespace td::GuidanceSearch {

QString plainText(const QString &markdown)
{
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression markup(QStringLiteral("[#*_`>\\[\\]]"));
    QString text = markdown;
    text.replace(linkTarget, QStringLiteral("]"));
    text.replace(markup, QString());
    return text.simplified();
}

QStringList highlightTerms(const QString &query)
{
    return query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QList<GuidanceHit> search(
    const GuidancePack &pack, const QString &query, const QString &languageCode)
{
    QStringList needles;
    for (const auto &word : highlightTerms(query)) {
        const QString folded = SearchText::fold(word).simplified();
        if (!folded.isEmpty())
            needles.append(folded);
    }
    QList<GuidanceHit> hits;
    if (needles.isEmpty())
        return hits;
    for (const auto &language : pack.languages) {
        if (!languageCode.isEmpty() && language.code != languageCode)
            continue;
        for (const auto &article : pack.articles) {
            const QString text = plainText(pack.markdown(article.id, language.code));
            const QString folded = SearchText::fold(text).simplified();
            const QString title = pack.title(article.id, language.code);
            const QString foldedTitle = SearchText::fold(title).simplified();
            int score = 0;
            bool all = true;
            for (const auto &needle : std::as_const(needles)) {
                const int inText = int(folded.count(needle));
                if (inText == 0) {
                    all = false;
                    break;
                }
                score += inText + (foldedTitle.contains(needle) ? 10 : 0);
            }
            if (!all)
                continue;
            // The snippet comes from the original text so accents and scripts display as written.
            QString snippet;
            const QString firstWord = highlightTerms(query).constFirst();
            qsizetype at = text.indexOf(firstWord, 0, Qt::CaseInsensitive);
            if (at < 0)
                at = 0;
            const qsizetype from = std::max<qsizetype>(0, at - 60);
            snippet = text.mid(from, 160).trimmed();
            if (from > 0)
                snippet.prepend(QStringLiteral("… "));
            if (from + 160 < text.size())
                snippet.append(QStringLiteral(" …"));
            hits.append(GuidanceHit {article.id, language.code, title, snippet, score});
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
        [](const GuidanceHit &a, const GuidanceHit &b) { return a.score > b.score; });
    return hits;
}

} // namespace td::GuidanceSearch
