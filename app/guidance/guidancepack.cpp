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
