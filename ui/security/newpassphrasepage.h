#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace td::ui {

/// The page on which a new passphrase is typed twice, shared by the first-start vault dialog and
/// Encrypt…: an introduction, the two fields with their labels, the strength hint (it follows
/// what is typed), a line for what is wrong, and the two buttons. Return in the first field moves
/// to the second. The dialog sets the texts and connects the buttons.
struct NewPassphrasePage
{
    QWidget *page = nullptr;
    QLabel *intro = nullptr;
    QLabel *newLabel = nullptr;
    QLabel *confirmLabel = nullptr;
    QLineEdit *passphrase = nullptr;
    QLineEdit *confirm = nullptr;
    QLabel *strength = nullptr;
    QLabel *message = nullptr;
    QPushButton *dismiss = nullptr;
    QPushButton *accept = nullptr; ///< the default button

    /// Object names: "<prefix>IntroLabel", "<prefix>PassphraseLineEdit",
    /// "<prefix>ConfirmLineEdit", "<prefix>StrengthLabel", "<prefix>MessageLabel", and the two
    /// buttons' names as given.
    static NewPassphrasePage make(QWidget *parent, const QString &prefix,
        const QString &dismissName, const QString &acceptName);
};

} // namespace td::ui
