#pragma once

#include "textscanner.h"
#include "texttokens.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace td {

/// A sequence of words to find in tokenized text: each element accepts some token keys (or any
/// key starting with one, for inflected words), optionally none.
struct TokenPattern
{
    struct Element
    {
        QStringList keys;
        bool optional = false;
        bool prefix = false; ///< a key matches every token that starts with it
    };
    /// What may stand between two matched tokens (never a letter or digit: those are tokens).
    enum class Gaps
    {
        Words, ///< nothing, spaces, a hyphen or an apostrophe
        Dates, ///< nothing, spaces, "," "." "-" "/"
        Address, ///< spaces and the punctuation of addresses: , . # - / ( )
    };
    QList<Element> elements; ///< the first is never optional
    Gaps gaps = Gaps::Words;
    TextMatch::Kind kind = TextMatch::Kind::WithheldValue;
    QString key;
};

/// Finds many token patterns in one pass over the tokens: patterns are indexed by their first
/// word, so the cost grows with the text, hardly with the number of patterns. Arabic words are
/// also tried without their attached conjunction, preposition or article (و ف ب ل ك ال).
class TokenMatcher
{
public:
    void add(TokenPattern pattern);
    bool isEmpty() const { return m_patterns.isEmpty(); }
    void find(const QString &folded, const QList<TextToken> &tokens, QList<TextMatch> &out) const;

private:
    qsizetype matchFrom(const TokenPattern &p, qsizetype element, qsizetype token,
        qsizetype previous, const QString &folded, const QList<TextToken> &tokens) const;

    QList<TokenPattern> m_patterns;
    QHash<QString, QList<qsizetype>> m_byFirstKey;
    QList<qsizetype> m_prefixFirst;
    QString m_prefixInitials; ///< the first letters of m_prefixFirst's keys, to skip most words
};

} // namespace td
