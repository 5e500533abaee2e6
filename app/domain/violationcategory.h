#pragma once

#include <QString>

#include <optional>
#include <span>

namespace td {

/// A kind of police conduct a complaint can allege; the code is stable across releases and files.
struct ViolationCategory
{
    const char *code; ///< e.g. "pii_sharing"; stored in the database and the JSON format
    const char *title; ///< untranslated; see title()
    const char *description; ///< untranslated plain-language description; see description()

    QString codeString() const { return QString::fromLatin1(code); }
    QString translatedTitle() const;
    QString translatedDescription() const;
};

/// The built-in categories, from the source guidance, in display order ("other" last).
std::span<const ViolationCategory> violationCategories();
const ViolationCategory *findViolationCategory(const QString &code);

} // namespace td
