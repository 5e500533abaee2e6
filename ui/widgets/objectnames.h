#pragma once

#include <QString>

namespace td::ui {

/// Widget objectNames built from stored codes ("detainer_hold", "due_on", "a_number"), so tests
/// can find a widget by a name that follows from the data: `camelCase("due_on")` is "dueOn", and
/// `camelCase("due_on", Capitalized)` is "DueOn" (to follow a prefix: "followUpDueOnLineEdit",
/// "includeANumberCheckBox"). The one helper for such names in ui/: underscores are dropped
/// (repeated, leading or trailing ones too) and the letter after each is upper case; other
/// characters are kept as they are.
enum class FirstLetter
{
    Lower,
    Capitalized,
};

inline QString camelCase(const QString &snakeCase, FirstLetter first = FirstLetter::Lower)
{
    QString out;
    out.reserve(snakeCase.size());
    bool upper = first == FirstLetter::Capitalized;
    for (const QChar c : snakeCase) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

} // namespace td::ui
