#include "questions.h"

#include "dialogseam.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace td::ui {

using Kind = DialogSeam::Kind;

int Questions::ask(QWidget *parent, const QString &title, const QString &text,
    const QStringList &buttons, int defaultIndex, int escapeIndex)
{
    DialogSeam::noteShown(Kind::Choice, text, buttons.value(defaultIndex));
    if (const auto next = DialogSeam::take(Kind::Choice))
        return next->toInt();
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("questionMessageBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    QList<QPushButton *> added;
    for (int i = 0; i < buttons.size(); ++i) {
        const auto role = i == escapeIndex
            ? QMessageBox::RejectRole
            : (i == defaultIndex ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
        added.append(box.addButton(buttons.at(i), role));
    }
    if (defaultIndex >= 0 && defaultIndex < added.size())
        box.setDefaultButton(added.at(defaultIndex));
    if (escapeIndex >= 0 && escapeIndex < added.size())
        box.setEscapeButton(added.at(escapeIndex));
    box.exec();
    const int chosen = int(added.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return chosen < 0 ? escapeIndex : chosen;
}

void Questions::setNextAnswer(int index)
{
    DialogSeam::replace(Kind::Choice, {index});
}

void Questions::clearNextAnswer()
{
    DialogSeam::clear(Kind::Choice);
}

QString Questions::lastQuestion()
{
    const auto shown = DialogSeam::lastShown({Kind::Choice});
    return shown ? shown->text : QString();
}

QString Questions::lastDefaultButton()
{
    const auto shown = DialogSeam::lastShown({Kind::Choice});
    return shown ? shown->defaultButton : QString();
}

bool Questions::hasPendingAnswer()
{
    return DialogSeam::hasPending(Kind::Choice);
}

std::optional<QString> Questions::passphrase(
    QWidget *parent, const QString &title, const QString &label)
{
    if (auto next = DialogSeam::take(DialogSeam::Kind::Text)) {
        DialogSeam::noteShown(DialogSeam::Kind::Text, label);
        if (!next->isValid())
            return std::nullopt;
        return next->toString();
    }
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace td::ui
