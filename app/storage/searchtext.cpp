#include "searchtext.h"

#include <QRegularExpression>
#include <QStringList>

namespace td::SearchText {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // Hiragana, Katakana
        || (c >= 0x3400 && c <= 0x4DBF) // CJK Extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK Unified Ideographs
        || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // CJK Compatibility Ideographs
        || (c >= 0x20000 && c <= 0x2FA1F); // Extensions B and later
}

char32_t foldSpecial(char32_t c)
{
    // Letters NFKD does not decompose but people type without the stroke.
    switch (c) {
    case U'đ':
    case U'Đ':
        return U'd';
    case U'ł':
    case U'Ł':
        return U'l';
    case U'ø':
    case U'Ø':
        return U'o';
    case U'ı':
        return U'i';
    default:
        return c;
    }
}

// Splits folded text into search tokens: runs of letters and digits; each CJK character alone.
QStringList tokens(const QString &folded)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    };
    for (const char32_t c : folded.toUcs4()) {
        if (isCjk(c)) {
            flush();
            out.append(QString::fromUcs4(&c, 1));
        } else if (QChar::isLetterOrNumber(c)) {
            current.append(QString::fromUcs4(&c, 1));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size() + 8);
    bool lastWasCjk = false;
    for (char32_t c : decomposed.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        c = foldSpecial(c);
        const bool cjk = isCjk(c);
        if (cjk || lastWasCjk)
            out.append(QLatin1Char(' '));
        out.append(QString::fromUcs4(&c, 1).toCaseFolded());
        lastWasCjk = cjk;
    }
    return out;
}

namespace {

// What a person typed, word by word: each word's tokens, and whether its last token is a prefix
// (only in the last word, two characters or more, and not CJK, where a character is a word).
struct QueryWord
{
    QStringList tokens;
    bool prefix = false;
};

QList<QueryWord> queryWords(const QString &userQuery)
{
    QList<QueryWord> out;
    const QStringList words
        = userQuery.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QueryWord w {tokens(fold(words.at(i)))};
        if (w.tokens.isEmpty())
            continue;
        const QString &lastToken = w.tokens.constLast();
        w.prefix = i == words.size() - 1 && lastToken.size() >= 2
            && !isCjk(lastToken.toUcs4().constFirst());
        out.append(w);
    }
    return out;
}

} // namespace

QString matchExpression(const QString &userQuery)
{
    QStringList phrases;
    for (const auto &w : queryWords(userQuery)) {
        // Tokens hold only letters and digits, so quoting them needs no escaping.
        QString phrase = QLatin1Char('"') + w.tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (w.prefix)
            phrase += QLatin1Char('*');
        phrases.append(phrase);
    }
    return phrases.join(QLatin1Char(' '));
}

QString indexText(const QString &text)
{
    return tokens(fold(text)).join(QLatin1Char(' '));
}

QString tsQuery(const QString &userQuery)
{
    QStringList phrases;
    for (const auto &w : queryWords(userQuery)) {
        // Tokens hold only letters and digits: quoted as tsquery lexemes they need no escaping.
        QStringList lexemes;
        for (const auto &t : w.tokens)
            lexemes.append(QLatin1Char('\'') + t + QLatin1Char('\''));
        if (w.prefix)
            lexemes.last() += QLatin1String(":*");
        phrases.append(QLatin1Char('(') + lexemes.join(QLatin1String(" <-> ")) + QLatin1Char(')'));
    }
    return phrases.join(QLatin1String(" & "));
}

} // namespace td::SearchText
