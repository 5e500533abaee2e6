#pragma once

#include <QString>

#include <span>

namespace td {

/// A language TrustDesk serves clients in: its code (as the guidance packs use it) and its
/// name in itself, which is how a client recognises it on a list.
struct LanguageInfo
{
    const char *code; ///< "es", "zh_CN", …
    const char *nativeName; ///< UTF-8, e.g. "Español"
    const char *englishName; ///< "Spanish"; shown translated (context "Language")
};

/// English first, then the languages of Boston's immigrant communities the app ships in.
std::span<const LanguageInfo> supportedLanguages();
/// The native name of a code, or the code itself when it is not one of ours.
QString nativeLanguageName(const QString &code);
/// The name of a language in the interface's language ("Vietnamese", "Vietnamita").
QString translatedLanguageName(const LanguageInfo &language);
/// How a stored language code reads on screen: its name in the interface's language, with its
/// own name beside it when that differs ("Vietnamese (Tiếng Việt)"); a code that is not one of
/// ours by the name Qt knows for it, else the code itself.
QString languageDisplayName(const QString &code);

} // namespace td
