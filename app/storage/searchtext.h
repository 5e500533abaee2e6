#pragma once

#include <QString>

namespace td {

/// Folds text for the search index and for queries alike: case-folded, accents removed (é→e,
/// Vietnamese ệ→e, đ→d, Arabic short vowels dropped), and each CJK character made a word of its
/// own so a Chinese name can be found by any run of its characters.
namespace SearchText {
QString fold(const QString &text);
/// An FTS5 MATCH expression for what a person typed: every word must match, the last as a
/// prefix. Empty when the query has no searchable characters.
QString matchExpression(const QString &userQuery);
/// The folded tokens of `text` separated by single spaces: what PostgreSQL's parser is given,
/// so it finds exactly the words FTS5 finds (no e-mail, host or file tokens of its own).
QString indexText(const QString &text);
/// A PostgreSQL tsquery for what a person typed, with the meaning of matchExpression(): every
/// word must match, a word of several tokens as a phrase (<->), the last token as a prefix (:*).
QString tsQuery(const QString &userQuery);
} // namespace SearchText

} // namespace td
