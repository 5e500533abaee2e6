#pragma once

#include <QComboBox>
#include <QElapsedTimer>

namespace td::ui {

/// The client's preferred language: each language shown by its own name and by its name in the
/// interface's language ("Tiếng Việt — Vietnamese"), and found by typing the start of either,
/// or its English name, accents and case aside ("viet", "tieng", "Vietnamita" all find it).
/// Item 0 is "not recorded" (empty data); the data of the others is the language code.
class LanguageComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageComboBox(QWidget *parent = nullptr);

    /// Lower case, without accents: what typed text and names are compared as.
    static QString searchForm(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_typed;
    QElapsedTimer m_sinceKey;
};

} // namespace td::ui
