#include "languages.h"

#include <array>

namespace td {
namespace {

constexpr std::array kLanguages {
    LanguageInfo {"en", "English"},
    LanguageInfo {"es", "Español"},
    LanguageInfo {"ht", "Kreyòl ayisyen"},
    LanguageInfo {"pt", "Português"},
    LanguageInfo {"kea", "Kabuverdianu"},
    LanguageInfo {"zh_CN", "简体中文"},
    LanguageInfo {"zh_TW", "繁體中文"},
    LanguageInfo {"vi", "Tiếng Việt"},
    LanguageInfo {"ar", "العربية"},
    LanguageInfo {"ru", "Русский"},
    LanguageInfo {"so", "Soomaali"},
};

} // namespace

std::span<const LanguageInfo> supportedLanguages()
{
    return kLanguages;
}

QString nativeLanguageName(const QString &code)
{
    for (const auto &language : kLanguages) {
        if (code == QLatin1String(language.code))
            return QString::fromUtf8(language.nativeName);
    }
    return code;
}

} // namespace td
