#pragma once

#include "guidancepack.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace td {

/// One article that matches a guidance search.
struct GuidanceHit
{
    QString articleId;
    QString languageCode;
    QString title;
    QString snippet; ///< plain text around the first match
    int score = 0;
};

/// Searches a pack's articles (a few hundred short texts: a scan is instant). Accents, case and
/// script rules are those of the case search (SearchText::fold).
namespace GuidanceSearch {
/// Every word must appear; best first. An empty languageCode searches every language.
QList<GuidanceHit> search(
    const GuidancePack &pack, const QString &query, const QString &languageCode = {});
/// The Markdown reduced to plain text (link targets and markup dropped), for searching and
/// snippets.
QString plainText(const QString &markdown);
/// The words of a query as they should be highlighted in the displayed text.
QStringList highlightTerms(const QString &query);
} // namespace GuidanceSearch

} // namespace td
