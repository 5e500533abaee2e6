#include "texttokens.h"

namespace td {
namespace {

QChar foldPunctuation(char16_t u)
{
    switch (u) {
    case 0x3001: // ideographic comma
    case 0xFF64: // halfwidth ideographic comma
    case 0x060C: // Arabic comma
        return QLatin1Char(',');
    case 0x3002: // ideographic full stop
    case 0xFF61:
    case 0x06D4: // Arabic full stop
        return QLatin1Char('.');
    case 0x061B:
        return QLatin1Char(';');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE63:
        return QLatin1Char('-');
    case 0x3008:
    case 0x300A:
    case 0x300C:
    case 0x300E:
    case 0x3010:
    case 0x3014:
        return QLatin1Char('(');
    case 0x3009:
    case 0x300B:
    case 0x300D:
    case 0x300F:
    case 0x3011:
    case 0x3015:
        return QLatin1Char(')');
    case 0x2018:
    case 0x2019:
    case 0x02BC:
        return QLatin1Char('\'');
    default:
        return QChar(0);
    }
}

QChar foldLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0110: // Đ, đ (Vietnamese): no decomposition
    case 0x0111:
        return QLatin1Char('d');
    case 0x00D8:
    case 0x00F8:
        return QLatin1Char('o');
    case 0x0141:
    case 0x0142:
        return QLatin1Char('l');
    case 0x0622: // آ أ إ ٱ → ا
    case 0x0623:
    case 0x0625:
    case 0x0671:
        return QChar(0x0627);
    case 0x0649: // ى → ي, and the Persian yeh
    case 0x06CC:
        return QChar(0x064A);
    case 0x0629: // ة → ه
        return QChar(0x0647);
    case 0x06A9: // keheh → kaf
        return QChar(0x0643);
    default:
        break;
    }
    for (int guard = 0; guard < 4 && c.decompositionTag() == QChar::Canonical; ++guard) {
        const QString d = c.decomposition();
        if (d.isEmpty() || d.at(0).isSurrogate())
            break;
        c = d.at(0);
    }
    return c.toCaseFolded();
}

bool isMark(QChar c)
{
    const char16_t u = c.unicode();
    return c.isMark() || u == 0x0640 || u == 0x200C || u == 0x200D || u == 0x00AD;
}

bool isIdeograph(char32_t ucs4)
{
    const QChar::Script s = QChar::script(ucs4);
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

} // namespace

QString foldForMatching(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        char16_t u = c.unicode();
        if (c.isSurrogate()) {
            o[i] = c;
            continue;
        }
        if (u >= 0xFF01 && u <= 0xFF5E) { // full-width ASCII
            u = char16_t(u - 0xFEE0);
            c = QChar(u);
        }
        if (c.isDigit() && c.digitValue() >= 0) {
            o[i] = QChar(char16_t(u'0' + c.digitValue()));
            continue;
        }
        if (const QChar p = foldPunctuation(u); !p.isNull()) {
            o[i] = p;
            continue;
        }
        // Bidi controls count as spaces: Arabic text often wraps a number in them.
        const bool bidiControl = u == 0x200E || u == 0x200F || u == 0x061C
            || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x202F || bidiControl) {
            o[i] = QLatin1Char(' ');
            continue;
        }
        o[i] = c.isLetter() ? foldLetter(c) : c;
    }
    return out;
}

QList<TextToken> tokenize(const QString &folded)
{
    // Bounds first, keys after: one allocation per token.
    QList<TextToken> tokens;
    bool open = false; // the last token is a word or number still being extended
    bool marks = false; // the open word holds combining marks, which its key drops
    const auto extend = [&](qsizetype at, qsizetype length, TextToken::Kind kind) {
        if (!open || tokens.last().kind != kind) {
            tokens.append(TextToken {at, at, kind, {}});
            open = true;
        }
        tokens.last().end = at + length;
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isHighSurrogate() && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, folded.at(i + 1));
            if (isIdeograph(ucs4)) {
                tokens.append(TextToken {i, i + 2, TextToken::Kind::Ideograph, {}});
                open = false;
            } else if (QChar::isLetter(ucs4)) {
                extend(i, 2, TextToken::Kind::Word);
            } else {
                open = false;
            }
            ++i;
            continue;
        }
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            extend(i, 1, TextToken::Kind::Digits);
        } else if (isMark(c)) {
            if (open && tokens.last().kind == TextToken::Kind::Word) {
                tokens.last().end = i + 1;
                marks = true;
            }
        } else if (c.isLetter()) {
            if (isIdeograph(c.unicode())) {
                tokens.append(TextToken {i, i + 1, TextToken::Kind::Ideograph, {}});
                open = false;
            } else {
                extend(i, 1, TextToken::Kind::Word);
            }
        } else {
            open = false;
        }
    }
    for (TextToken &t : tokens) {
        t.key = folded.mid(t.start, t.end - t.start);
        if (marks && t.kind == TextToken::Kind::Word)
            t.key.removeIf(isMark);
    }
    return tokens;
}

QStringList tokenKeys(const QString &text)
{
    QStringList keys;
    for (const TextToken &t : tokenize(foldForMatching(text)))
        keys.append(t.key);
    return keys;
}

} // namespace td
