#include "languages.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace td {
namespace {

constexpr std::array kLanguages {
    LanguageInfo {"en", "English", QT_TRANSLATE_NOOP("Language", "English")},
    LanguageInfo {"es", "Español", QT_TRANSLATE_NOOP("Language", "Spanish")},
    LanguageInfo {"ht", "Kreyòl ayisyen", QT_TRANSLATE_NOOP("Language", "Haitian Creole")},
    LanguageInfo {"pt", "Português", QT_TRANSLATE_NOOP("Language", "Portuguese")},
    LanguageInfo {"kea", "Kabuverdianu", QT_TRANSLATE_NOOP("Language", "Cape Verdean Creole")},
    LanguageInfo {"zh_CN", "简体中文", QT_TRANSLATE_NOOP("Language", "Chinese (Simplified)")},
    LanguageInfo {"zh_TW", "繁體中文", QT_TRANSLATE_NOOP("Language", "Chinese (Traditional)")},
    LanguageInfo {"vi", "Tiếng Việt", QT_TRANSLATE_NOOP("Language", "Vietnamese")},
    LanguageInfo {"ar", "العربية", QT_TRANSLATE_NOOP("Language", "Arabic")},
    LanguageInfo {"ru", "Русский", QT_TRANSLATE_NOOP("Language", "Russian")},
    LanguageInfo {"so", "Soomaali", QT_TRANSLATE_NOOP("Language", "Somali")},
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

QString translatedLanguageName(const LanguageInfo &language)
{
    return QCoreApplication::translate("Language", language.englishName);
}

QString languageDisplayName(const QString &code)
{
    for (const auto &language : kLanguages) {
        if (code == QLatin1String(language.code)) {
            const QString translated = translatedLanguageName(language);
            const QString native = QString::fromUtf8(language.nativeName);
            return translated == native
                ? native
                : QCoreApplication::translate("Language", "%1 (%2)", "language name, own name")
                      .arg(translated, native);
        }
    }
    const QLocale locale(code);
    if (locale.language() != QLocale::C && !locale.nativeLanguageName().isEmpty())
        return locale.nativeLanguageName();
    return code;
}

} // namespace td
