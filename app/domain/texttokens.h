#pragma once

#include <QList>
#include <QString>

namespace td {

/// Text folded for matching, one UTF-16 unit for one, so a position in the folded text is the same
/// position in the original: every decimal digit of any script (full-width, Arabic-Indic, Eastern
/// Arabic-Indic …) becomes its ASCII digit, full-width Latin becomes ASCII, letters lose case and
/// accents (ệ → e, đ → d), Arabic alef forms become bare alef (أ إ آ → ا, ى → ي, ة → ه), and
/// spaces, bidi controls, dashes and CJK punctuation become their ASCII counterparts (、，→ ",",
/// 。→ ".").
QString foldForMatching(const QString &text);

/// One word of folded text: a run of letters (with their combining marks, which the key drops), a
/// run of digits, or a single Han or kana character, so that matching never relies on spaces or on
/// ASCII-only word boundaries. "A123-456" is three tokens: "a", "123", "456".
struct TextToken
{
    enum class Kind
    {
        Word,
        Digits,
        Ideograph,
    };
    qsizetype start = 0; ///< in the original text
    qsizetype end = 0; ///< one past the last unit
    Kind kind = Kind::Word;
    QString key; ///< folded, combining marks and tatweel removed
};

/// The tokens of `folded` (the result of foldForMatching).
QList<TextToken> tokenize(const QString &folded);

/// `text`'s tokens' keys, for building patterns from values and phrases.
QStringList tokenKeys(const QString &text);

} // namespace td
