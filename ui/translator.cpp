#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace td::ui::Translator {
namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString bestMatch(const QString &code)
{
    const QStringList available = availableLanguages();
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code};
    for (QString language : wanted) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (available.contains(language))
            return language;
        // zh_Hant_TW / zh_TW → zh_TW, zh_Hans_CN → zh_CN, es_US → es
        const QLocale locale(language);
        const QString full = QLocale::languageToCode(locale.language()) + QLatin1Char('_') + QLocale::territoryToCode(locale.territory());
        if (available.contains(full))
            return full;
        if (locale.language() == QLocale::Chinese)
            return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        const QString base = QLocale::languageToCode(locale.language());
        if (available.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ht"), QStringLiteral("pt"), QStringLiteral("kea"),
            QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("vi"), QStringLiteral("ar"), QStringLiteral("ru"),
            QStringLiteral("so")};
}

QString install(const QString &code)
{
    for (auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    const QString language = bestMatch(code);
    QLocale::setDefault(QLocale(language));
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt.get()))
            installed().push_back(std::move(qt));
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(QStringLiteral(":/i18n/trustdesk_") + language) && QCoreApplication::installTranslator(ours.get()))
            installed().push_back(std::move(ours));
    }
    // Qt sets the direction from translations that carry it; ours may not yet, so decide here.
    QGuiApplication::setLayoutDirection(QLocale(language).textDirection());
    return language;
}

} // namespace td::ui::Translator
