#pragma once

#include <QString>

namespace td {

class GuidancePack;

/// What a complaint's allegation cites: the rule its violation category concerns (with whom it
/// binds and its source) and, as a secondary reference, the guidance article; only the article,
/// named as guidance, when the pack names no rule.
namespace AllegationCitation {

/// Escaped HTML (lines joined by <br>); empty when the pack has neither rule nor article.
QString html(const GuidancePack &pack, const QString &violationCode);

} // namespace AllegationCitation
} // namespace td
