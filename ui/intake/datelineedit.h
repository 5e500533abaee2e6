#pragma once

#include <QDate>
#include <QLineEdit>
#include <QTime>

namespace td::ui {

/// A date (or time) field that may be left empty, typed from the keyboard as 2026-03-01 (or
/// 14:30). QDateEdit cannot be empty, and "unknown" is a common honest answer at intake.
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
    void setDate(const QDate &date);
    QTime time() const;
    void setTime(const QTime &time);
    /// True when something is typed that is not a valid date/time.
    bool hasInvalidText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Kind m_kind;
};

} // namespace td::ui
