#include "translator.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <optional>
#include <vector>

namespace td::ui::Translator {
namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}

// The application font names the family the platform's font resolves to, not an alias such as
// "Sans Serif": Qt resolves an alias again, with a fontconfig sort of every installed font, for
// each script it meets (a client's name in Chinese, one in Arabic…), and a real family only for
// the glyphs it lacks. Without a language hint, fontconfig falls back to Noto Sans CJK JP for
// Han characters, whose shapes differ from the Chinese ones: for Chinese, the matching Chinese
// cut comes next in the families.
void applyFont(const QString &language)
{
    static std::optional<QFont> base;
    if (!base)
        base = QGuiApplication::font();
    QFont font = *base;
    const QString resolved = QFontInfo(*base).family();
    if (language == QLatin1String("zh_CN"))
        font.setFamilies({resolved, QStringLiteral("Noto Sans CJK SC")});
    else if (language == QLatin1String("zh_TW"))
        font.setFamilies({resolved, QStringLiteral("Noto Sans CJK TC")});
    else
        font.setFamilies({resolved});
    if (!(font == QGuiApplication::font()) || font.families() != QGuiApplication::font().families())
        QGuiApplication::setFont(font);
}

bool load(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory)
        || !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ht"), QStringLiteral("pt"),
        QStringLiteral("kea"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
        QStringLiteral("vi"), QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("so")};
}

QString nativeLanguageName(const QString &code)
{
    // Fixed names rather than QLocale::nativeLanguageName(): Qt has no data for Haitian Creole,
    // and gives "español de España" or lower-case names where a menu wants the plain name.
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ht"), QStringLiteral("Kreyòl ayisyen")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("kea"), QStringLiteral("Kabuverdianu")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("so"), QStringLiteral("Soomaali")},
    };
    return names.value(code, code);
}

QLocale localeFor(const QString &code)
{
    // The office is in Boston: US conventions for English and Spanish, Brazilian for Portuguese.
    // Qt has no locale data for Haitian Creole; Haiti's French conventions are the closest.
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    if (code == QLatin1String("ht"))
        return QLocale(QLocale::French, QLocale::Haiti);
    if (code == QLatin1String("pt"))
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    return QLocale(code);
}

QString resolve(const QString &code)
{
    const QStringList available = availableLanguages();
    const QStringList wanted
        = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList {code};
    for (QString language : wanted) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (available.contains(language))
            return language;
        // zh_Hant_TW / zh_TW → zh_TW, zh_Hans_CN → zh_CN, es_US → es
        const QLocale locale(language);
        const QString full = QLocale::languageToCode(locale.language()) + QLatin1Char('_')
            + QLocale::territoryToCode(locale.territory());
        if (available.contains(full))
            return full;
        if (locale.language() == QLocale::Chinese)
            return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_TW")
                                                                        : QStringLiteral("zh_CN");
        const QString base = QLocale::languageToCode(locale.language());
        if (available.contains(base))
            return base;
        // QLocale knows no Haitian Creole, so "ht_HT" comes back as the C locale.
        const QString prefix = language.section(QLatin1Char('_'), 0, 0);
        if (available.contains(prefix))
            return prefix;
    }
    return QStringLiteral("en");
}

QString currentLanguage()
{
    return current();
}

QString install(const QString &code)
{
    for (auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    const QString language = resolve(code);
    current() = language;
    // Before the translators go in: their LanguageChange makes widgets redraw dates and numbers.
    QLocale::setDefault(localeFor(language));

    // Qt's own strings (standard buttons, context menus) where Debian ships them
    // (qt6-translations-l10n); Portuguese exists only as pt_BR.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!load(QStringLiteral("qtbase_") + language, qtDir) && language == QLatin1String("pt"))
        load(QStringLiteral("qtbase_pt_BR"), qtDir);
    // English has a catalogue too: it holds only the plural forms ("1 case", "2 cases").
    load(QStringLiteral(":/i18n/trustdesk_") + language, QString());

    // Qt sets the direction from translations that carry it; ours may not yet, so decide here.
    QGuiApplication::setLayoutDirection(localeFor(language).textDirection());
    applyFont(language);
    return language;
}

} // namespace td::ui::Translator
