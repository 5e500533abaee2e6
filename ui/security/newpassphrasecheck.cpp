#include "newpassphrasecheck.h"

#include <QLabel>
#include <QLineEdit>

namespace td::ui {

NewPassphraseCheck::Problem NewPassphraseCheck::problem(
    const QString &typed, const QString &confirm, int minimumLength, const QString &current)
{
    if (typed.size() < minimumLength)
        return {Field::Typed, tr("Use at least %n characters.", nullptr, minimumLength)};
    if (typed != confirm)
        return {Field::Confirm, tr("The two passphrases differ. Type the same passphrase twice.")};
    if (!current.isEmpty() && typed == current)
        return {Field::Typed, tr("The new passphrase is the current one. Choose another.")};
    return {};
}

bool NewPassphraseCheck::accept(QLineEdit *typed, QLineEdit *confirm, QLabel *message,
    int minimumLength, const QString &current)
{
    const Problem p = problem(typed->text(), confirm->text(), minimumLength, current);
    if (p.field == Field::None)
        return true;
    message->setText(p.message);
    if (p.field == Field::Confirm) {
        confirm->clear();
        confirm->setFocus(Qt::OtherFocusReason);
    } else {
        typed->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

} // namespace td::ui
