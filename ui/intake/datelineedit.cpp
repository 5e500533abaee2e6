#include "datelineedit.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace td::ui {

DateLineEdit::DateLineEdit(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    // Room for a 10-character date and the direction marks some styles carry (Arabic).
    setMaxLength(kind == Kind::Date ? 16 : 5);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    retranslate();
}

namespace {

// Digits of any script as 0-9 (Arabic-Indic from an Arabic keyboard, full-width from a Chinese
// input method), and no direction marks: what remains is read with the format.
QString plainDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C))
            continue;
        const int digit = c.digitValue();
        out += digit >= 0 ? QChar(u'0' + digit) : c;
    }
    return out;
}

} // namespace

QString DateLineEdit::dateFormatFor(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDate DateLineEdit::date() const
{
    return dateFrom(text());
}

QDate DateLineEdit::dateFrom(const QString &shown) const
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    const QString t = plainDigits(shown.trimmed());
    if (t.isEmpty())
        return {};
    if (iso.match(t).hasMatch()) {
        const QStringList parts = t.split(QLatin1Char('-'));
        return QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
    }
    // The shown style, read with Western digits; one-digit days and months are accepted either
    // way ("d" reads "05" too, "dd" does not read "5", so the short form is tried as well).
    QString format = plainDigits(m_format);
    QDate parsed = QDate::fromString(t, format);
    if (!parsed.isValid()) {
        format.replace(QLatin1String("dd"), QLatin1String("d"));
        format.replace(QLatin1String("MM"), QLatin1String("M"));
        parsed = QDate::fromString(t, format);
    }
    return parsed;
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? QLocale().toString(date, m_format) : QString());
}

QString DateLineEdit::example() const
{
    return m_kind == Kind::Date ? QLocale().toString(QDate(2026, 12, 31), m_format)
                                : QStringLiteral("14:30");
}

QTime DateLineEdit::time() const
{
    const QString t = text().trimmed();
    QTime parsed = QTime::fromString(t, QStringLiteral("H:mm"));
    if (!parsed.isValid())
        parsed = QTime::fromString(t, QStringLiteral("HH:mm"));
    return parsed;
}

void DateLineEdit::setTime(const QTime &time)
{
    setText(time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString());
}

bool DateLineEdit::hasInvalidText() const
{
    if (text().trimmed().isEmpty())
        return false;
    return m_kind == Kind::Date ? !date().isValid() : !time().isValid();
}

void DateLineEdit::retranslate()
{
    m_format = dateFormatFor(QLocale());
    //: %1 is today's style of date in the interface language, e.g. 12/31/2026.
    setPlaceholderText(m_kind == Kind::Date ? tr("e.g. %1").arg(example()) : tr("HH:MM"));
}

void DateLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A date shown or typed in the old language's style is shown in the new one's.
        const QDate shown = date();
        retranslate();
        if (shown.isValid())
            setDate(shown);
    }
    QLineEdit::changeEvent(event);
}

} // namespace td::ui
