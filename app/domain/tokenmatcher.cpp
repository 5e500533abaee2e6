#include "tokenmatcher.h"

namespace td {
namespace {

bool gapAllowed(TokenPattern::Gaps gaps, QStringView gap)
{
    QStringView allowed;
    qsizetype longest = 3;
    switch (gaps) {
    case TokenPattern::Gaps::Words:
        allowed = u" -'";
        break;
    case TokenPattern::Gaps::Dates:
        allowed = u" ,.-/";
        break;
    case TokenPattern::Gaps::Address:
        allowed = u" ,.#-/()";
        longest = 4;
        break;
    }
    if (gap.size() > longest)
        return false;
    for (const QChar c : gap) {
        if (!allowed.contains(c))
            return false;
    }
    return true;
}

bool accepts(const TokenPattern::Element &e, const QString &key)
{
    for (const QString &k : e.keys) {
        if (e.prefix ? key.startsWith(k) : key == k)
            return true;
    }
    return false;
}

/// The word without an attached Arabic و ف ب ل ك or ال, when it has one (else empty views).
QList<QStringView> withoutProclitics(QStringView key)
{
    QList<QStringView> out;
    if (key.isEmpty() || key.at(0).script() != QChar::Script_Arabic)
        return out;
    static const QStringList proclitics {QStringLiteral("وال"), QStringLiteral("بال"),
        QStringLiteral("فال"), QStringLiteral("كال"), QStringLiteral("لل"), QStringLiteral("ال"),
        QStringLiteral("و"), QStringLiteral("ف"), QStringLiteral("ب"), QStringLiteral("ل"),
        QStringLiteral("ك")};
    for (const QString &p : proclitics) {
        if (key.size() >= p.size() + 2 && key.startsWith(p))
            out.append(key.mid(p.size()));
    }
    return out;
}

} // namespace

void TokenMatcher::add(TokenPattern pattern)
{
    if (pattern.elements.isEmpty() || pattern.elements.constFirst().optional)
        return;
    const qsizetype index = m_patterns.size();
    const TokenPattern::Element &first = pattern.elements.constFirst();
    if (first.prefix) {
        m_prefixFirst.append(index);
        for (const QString &key : first.keys) {
            if (!key.isEmpty() && !m_prefixInitials.contains(key.at(0)))
                m_prefixInitials.append(key.at(0));
        }
    } else {
        for (const QString &key : first.keys)
            m_byFirstKey[key].append(index);
    }
    m_patterns.append(std::move(pattern));
}

qsizetype TokenMatcher::matchFrom(const TokenPattern &p, qsizetype element, qsizetype token,
    qsizetype previous, const QString &folded, const QList<TextToken> &tokens) const
{
    if (element == p.elements.size())
        return previous;
    const TokenPattern::Element &e = p.elements.at(element);
    if (token < tokens.size()) {
        const TextToken &t = tokens.at(token);
        const qsizetype gapStart = tokens.at(previous).end;
        if (gapAllowed(p.gaps, QStringView(folded).mid(gapStart, t.start - gapStart))
            && accepts(e, t.key)) {
            if (const qsizetype last = matchFrom(p, element + 1, token + 1, token, folded, tokens);
                last >= 0)
                return last;
        }
    }
    if (e.optional)
        return matchFrom(p, element + 1, token, previous, folded, tokens);
    return -1;
}

void TokenMatcher::find(
    const QString &folded, const QList<TextToken> &tokens, QList<TextMatch> &out) const
{
    if (m_patterns.isEmpty())
        return;
    const auto tryPattern = [&](qsizetype index, qsizetype i) {
        const TokenPattern &p = m_patterns.at(index);
        const qsizetype last = matchFrom(p, 1, i + 1, i, folded, tokens);
        if (last < 0)
            return;
        const qsizetype start = tokens.at(i).start;
        out.append(TextMatch {start, tokens.at(last).end - start, p.kind, p.key});
    };
    const auto tryKey = [&](const QString &key, qsizetype i) {
        if (const auto it = m_byFirstKey.constFind(key); it != m_byFirstKey.cend()) {
            for (const qsizetype index : it.value())
                tryPattern(index, i);
        }
        if (key.isEmpty() || !m_prefixInitials.contains(key.at(0)))
            return;
        for (const qsizetype index : m_prefixFirst) {
            for (const QString &k : m_patterns.at(index).elements.constFirst().keys) {
                if (key.startsWith(k)) {
                    tryPattern(index, i);
                    break;
                }
            }
        }
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &key = tokens.at(i).key;
        tryKey(key, i);
        for (const QStringView stripped : withoutProclitics(key))
            tryKey(stripped.toString(), i);
    }
}

} // namespace td
