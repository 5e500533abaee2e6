#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace td::ui {

/// Loads TrustDesk's and Qt's own translations for a language and switches to it live: every
/// widget gets QEvent::LanguageChange, and Arabic turns the layout right-to-left.
namespace Translator {

/// The languages TrustDesk ships ("es", "zh_CN", …), English first.
QStringList availableLanguages();
/// The language's name in itself ("Español", "العربية"), as a speaker would look for it.
QString nativeLanguageName(const QString &code);
/// The locale whose conventions (dates, numbers, direction) go with a language we ship.
QLocale localeFor(const QString &code);
/// The language `code` ("" follows the system locale) resolves to, without installing it.
QString resolve(const QString &code);
/// The language installed last ("en" before any install).
QString currentLanguage();
/// Installs `code` ("" follows the system locale). Returns the language actually used.
QString install(const QString &code);

} // namespace Translator
} // namespace td::ui
