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

/// The key, and for an Arabic word the same word without an attached و ف ب ل ك or ال.
QStringList firstKeys(const QString &key)
{
    QStringList keys {key};
    if (key.isEmpty() || key.at(0).script() != QChar::Script_Arabic)
        return keys;
    static const QStringList proclitics {QStringLiteral("وال"), QStringLiteral("بال"),
        QStringLiteral("فال"), QStringLiteral("كال"), QStringLiteral("لل"), QStringLiteral("ال"),
        QStringLiteral("و"), QStringLiteral("ف"), QStringLiteral("ب"), QStringLiteral("ل"),
        QStringLiteral("ك")};
    for (const QString &p : proclitics) {
        if (key.size() >= p.size() + 2 && key.startsWith(p))
            keys.append(key.mid(p.size()));
    }
    return keys;
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
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        candidates.clear();
        const QStringList keys = firstKeys(tokens.at(i).key);
        for (const QString &key : keys) {
            const auto it = m_byFirstKey.constFind(key);
            if (it != m_byFirstKey.cend())
                candidates.append(it.value());
        }
        for (const qsizetype index : m_prefixFirst) {
            for (const QString &key : keys) {
                if (accepts(m_patterns.at(index).elements.constFirst(), key)) {
                    candidates.append(index);
                    break;
                }
            }
        }
        for (const qsizetype index : std::as_const(candidates)) {
            const TokenPattern &p = m_patterns.at(index);
            const qsizetype last = matchFrom(p, 1, i + 1, i, folded, tokens);
            if (last < 0)
                continue;
            const qsizetype start = tokens.at(i).start;
            out.append(TextMatch {start, tokens.at(last).end - start, p.kind, p.key});
        }
    }
}

} // namespace td
