#include "scriptfonts.h"

namespace td::ScriptFonts {
namespace {

const QStringList &fallbacks()
{
    // Latin/Cyrillic/Vietnamese, Arabic, then Chinese: names in any script print in any document.
    static const QStringList families {QStringLiteral("Noto Sans"),
        QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Noto Sans CJK TC")};
    return families;
}

} // namespace

QString familyFor(const QString &languageCode)
{
    if (languageCode == QLatin1String("zh_CN") || languageCode == QLatin1String("zh"))
        return QStringLiteral("Noto Sans CJK SC");
    if (languageCode == QLatin1String("zh_TW"))
        return QStringLiteral("Noto Sans CJK TC");
    if (languageCode == QLatin1String("ar"))
        return QStringLiteral("Noto Naskh Arabic");
    return QStringLiteral("Noto Sans");
}

QString cssFamilies(const QString &languageCode)
{
    QStringList families {familyFor(languageCode)};
    for (const auto &f : fallbacks()) {
        if (!families.contains(f))
            families.append(f);
    }
    QStringList quoted;
    for (const auto &f : families)
        quoted.append(QLatin1Char('\'') + f + QLatin1Char('\''));
    quoted.append(QStringLiteral("sans-serif"));
    return quoted.join(QStringLiteral(", "));
}

bool isRightToLeft(const QString &languageCode)
{
    return languageCode == QLatin1String("ar") || languageCode == QLatin1String("fa")
        || languageCode == QLatin1String("ur") || languageCode == QLatin1String("he");
}

} // namespace td::ScriptFonts
