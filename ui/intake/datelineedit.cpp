#include "datelineedit.h"

#include <QEvent>
#include <QRegularExpression>

namespace td::ui {

DateLineEdit::DateLineEdit(Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
{
    setMaxLength(kind == Kind::Date ? 10 : 5);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    retranslate();
}

QDate DateLineEdit::date() const
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    const QString t = text().trimmed();
    if (!shape.match(t).hasMatch())
        return {};
    const QStringList parts = t.split(QLatin1Char('-'));
    return QDate(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
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
    setPlaceholderText(m_kind == Kind::Date ? tr("YYYY-MM-DD") : tr("HH:MM"));
}

void DateLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace td::ui
