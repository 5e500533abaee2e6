#pragma once

#include <QString>
#include <QStringList>

namespace td::ui {

/// Loads TrustDesk's and Qt's own translations for a language and switches to it live: every
/// widget gets QEvent::LanguageChange, and Arabic turns the layout right-to-left.
namespace Translator {

/// The languages TrustDesk ships ("es", "zh_CN", …), English first.
QStringList availableLanguages();
/// Installs `code` ("" follows the system locale). Returns the language actually used.
QString install(const QString &code);

} // namespace Translator
} // namespace td::ui
