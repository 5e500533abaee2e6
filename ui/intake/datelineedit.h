#pragma once

#include <QDate>
#include <QLineEdit>
#include <QLocale>
#include <QTime>

namespace td::ui {

/// A date (or time) field that may be left empty. QDateEdit cannot be empty, and "unknown" is a
/// common honest answer at intake. Dates show in the interface language's short style with a
/// four-digit year (12/31/2026 in English, 31/12/2026 in Vietnamese, ٣١/١٢/٢٠٢٦ in Arabic), as
/// the case list shows them; they are read back in that style, with Western or native digits,
/// and always as ISO 2026-12-31 too. Times are typed as 14:30.
class DateLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateLineEdit)

public:
    enum class Kind
    {
        Date,
        Time
    };
    explicit DateLineEdit(Kind kind = Kind::Date, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QDate date() const;
    /// `shown` read as this field reads what is typed (ISO, or the style dates are shown in):
    /// for a value kept aside from the field, such as a hidden date of birth.
    QDate dateFrom(const QString &shown) const;
    void setDate(const QDate &date);
    QTime time() const;
    void setTime(const QTime &time);
    /// True when something is typed that is not a valid date/time.
    bool hasInvalidText() const;
    /// How a date is typed here, as an example ("12/31/2026"), for messages and the placeholder.
    QString example() const;
    /// The style dates are shown and read in for `locale`: its short format, four-digit year
    /// (the C locale, which tests run in, keeps ISO).
    static QString dateFormatFor(const QLocale &locale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Kind m_kind;
    QString m_format; // the style dates are shown and read in (dateFormatFor the interface)
};

} // namespace td::ui
