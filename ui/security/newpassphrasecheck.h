#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;

namespace td::ui {

/// The checks every dialog makes of a new passphrase typed twice (the first-start vault, Encrypt…,
/// Change Passphrase, the app passphrase in Security), so that they refuse the same things with
/// the same words.
class NewPassphraseCheck
{
    Q_DECLARE_TR_FUNCTIONS(NewPassphraseCheck)

public:
    enum class Field
    {
        None,
        Typed,
        Confirm,
    };
    struct Problem
    {
        Field field = Field::None; ///< None when the passphrase may be used
        QString message;
    };

    /// What is wrong with `typed` as a new passphrase repeated as `confirm`: shorter than
    /// `minimumLength`, not repeated exactly, or (when `current` is given) the same as the one it
    /// replaces. Checked in that order, so the person fixes one thing at a time.
    static Problem problem(const QString &typed, const QString &confirm, int minimumLength,
        const QString &current = QString());

    /// Checks the two fields; when something is wrong, says it in `message`, clears a confirmation
    /// that differs, puts the focus on the field to fix and returns false. Nothing typed in the
    /// first field is ever cleared.
    static bool accept(QLineEdit *typed, QLineEdit *confirm, QLabel *message, int minimumLength,
        const QString &current = QString());
};

} // namespace td::ui
