#pragma once

#include "texttokens.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace td {

class StatusLexicon;

/// One value a case withholds from this output, and how people write it.
struct WithheldValue
{
    enum class Form
    {
        ANumber, ///< with or without dashes, spaces or the leading "A"
        Phone, ///< any punctuation, with or without the country code
        Email, ///< case-insensitive
        Address, ///< the whole address and its street line, case- and spacing-insensitive
        Date, ///< ISO, US, day-first and written-out forms, in the app's languages
        Phrase, ///< the words as stored (immigration status, country of birth)
    };
    QString key; ///< the RedactionPolicy key: "a_number", "phone", …, "witness_contact"
    Form form = Form::Phrase;
    QString text;
    QDate date; ///< for Form::Date
};

/// Where a scan found something in a text: a withheld value or a phrase that reveals immigration
/// status.
struct TextMatch
{
    enum class Kind
    {
        WithheldValue,
        StatusPhrase,
    };
    qsizetype start = 0; ///< in the original text, UTF-16 units
    qsizetype length = 0;
    Kind kind = Kind::WithheldValue;
    QString key; ///< the value's RedactionPolicy key, or the lexicon's language for a phrase

    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

/// Finds a case's withheld values in free text in the forms people write them, and phrases from
/// the status lexicon. Built once per output (it prepares its patterns), then scans any number of
/// texts. Core only: no widgets, no fonts.
class TextScanner
{
public:
    /// `lexicon` may be null: values only.
    TextScanner(const QList<WithheldValue> &values, const StatusLexicon *lexicon);
    ~TextScanner();
    TextScanner(TextScanner &&) noexcept;
    TextScanner &operator=(TextScanner &&) noexcept;
    Q_DISABLE_COPY(TextScanner)

    /// Every match, by start; values win where a value and a phrase overlap, and overlapping values
    /// are merged.
    QList<TextMatch> scan(const QString &text) const;

    /// `text` with each of `matches` replaced by maskText(); the matches must come from scan().
    static QString mask(const QString &text, const QList<TextMatch> &matches);
    /// "[withheld]", translated.
    static QString maskText();

    struct Patterns;

private:
    std::unique_ptr<Patterns> m_patterns;
};

} // namespace td
