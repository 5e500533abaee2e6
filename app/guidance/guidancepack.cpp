#include "guidancepack.h"

namespace td {
namespace {

QString key(const QString &articleId, const QString &languageCode)
{
    return articleId + QLatin1Char('/') + languageCode;
}

} // namespace

const GuidanceLanguage *GuidancePack::language(const QString &code) const
{
    for (const auto &l : languages) {
        if (l.code == code)
            return &l;
    }
    return nullptr;
}

const GuidanceArticle *GuidancePack::article(const QString &articleId) const
{
    for (const auto &a : articles) {
        if (a.id == articleId)
            return &a;
    }
    return nullptr;
}

const GuidanceSource *GuidancePack::source(const QString &sourceId) const
{
    for (const auto &s : sources) {
        if (s.id == sourceId)
            return &s;
    }
    return nullptr;
}

const GuidanceArticle *GuidancePack::articleForViolation(const QString &code) const
{
    for (const auto &a : articles) {
        if (a.violationCodes.contains(code))
            return &a;
    }
    return nullptr;
}

const GuidanceRule *GuidancePack::ruleForViolation(const QString &code) const
{
    for (const auto &r : rules) {
        if (r.violationCodes.contains(code))
            return &r;
    }
    return nullptr;
}

GuidanceReview GuidancePack::review(const QString &articleId, const QString &languageCode) const
{
    if (const GuidanceArticle *a = article(articleId)) {
        const auto it = a->reviews.constFind(languageCode);
        if (it != a->reviews.cend())
            return *it;
    }
    const GuidanceLanguage *l = language(languageCode);
    return GuidanceReview {l ? l->reviewStatus : QString(), lastReviewed};
}

QStringList GuidancePack::citationLines(const QString &articleId) const
{
    QList<GuidanceCitation> citations;
    if (const GuidanceArticle *a = article(articleId))
        citations = a->citations;
    if (citations.isEmpty()) {
        for (const auto &s : sources)
            citations.append(GuidanceCitation {s.id, {}});
    }
    QStringList lines;
    for (const auto &c : std::as_const(citations)) {
        const GuidanceSource *s = source(c.sourceId);
        if (!s)
            continue;
        QStringList parts {s->title};
        const QString section = c.section.isEmpty() ? s->section : c.section;
        if (!section.isEmpty())
            parts.append(section);
        if (!s->date.isEmpty())
            parts.append(s->date);
        QString line = QStringLiteral("[%1] %2").arg(s->id, parts.join(QLatin1String(", ")));
        if (!s->url.isEmpty())
            line += QStringLiteral(" — ") + s->url.toString();
        lines.append(line);
    }
    return lines;
}

int GuidancePack::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int x = i < left.size() ? left.at(i).toInt() : 0;
        const int y = i < right.size() ? right.at(i).toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QString GuidancePack::markdown(const QString &articleId, const QString &languageCode) const
{
    return m_markdown.value(key(articleId, languageCode));
}

QString GuidancePack::title(const QString &articleId, const QString &languageCode) const
{
    const QString text = markdown(articleId, languageCode);
    for (const auto &line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed().toString();
    }
    return articleId;
}

QString GuidancePack::bestLanguageFor(const QString &localeName) const
{
    if (language(localeName))
        return localeName;
    const QString base = localeName.section(QLatin1Char('_'), 0, 0);
    if (base == QLatin1String("zh")) {
        const bool traditional = localeName.contains(QLatin1String("TW"))
            || localeName.contains(QLatin1String("HK")) || localeName.contains(QLatin1String("MO"))
            || localeName.contains(QLatin1String("Hant"));
        const QString zh = traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        if (language(zh))
            return zh;
    }
    if (language(base))
        return base;
    return sourceLanguage;
}

void GuidancePack::setMarkdown(
    const QString &articleId, const QString &languageCode, const QString &text)
{
    m_markdown.insert(key(articleId, languageCode), text);
}

} // namespace td
