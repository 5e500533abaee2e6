#include "newpassphrasepage.h"

#include "recoverykeyactions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

NewPassphrasePage NewPassphrasePage::make(
    QWidget *parent, const QString &prefix, const QString &dismissName, const QString &acceptName)
{
    NewPassphrasePage p;
    p.page = new QWidget(parent);
    p.intro = new QLabel(p.page);
    p.intro->setObjectName(prefix + QStringLiteral("IntroLabel"));
    p.intro->setWordWrap(true);
    p.intro->setTextFormat(Qt::RichText);
    p.passphrase = new QLineEdit(p.page);
    p.passphrase->setObjectName(prefix + QStringLiteral("PassphraseLineEdit"));
    p.passphrase->setEchoMode(QLineEdit::Password);
    p.confirm = new QLineEdit(p.page);
    p.confirm->setObjectName(prefix + QStringLiteral("ConfirmLineEdit"));
    p.confirm->setEchoMode(QLineEdit::Password);
    p.strength = new QLabel(p.page);
    p.strength->setObjectName(prefix + QStringLiteral("StrengthLabel"));
    p.strength->setWordWrap(true);
    p.message = new QLabel(p.page);
    p.message->setObjectName(prefix + QStringLiteral("MessageLabel"));
    p.message->setWordWrap(true);
    p.message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    p.newLabel = new QLabel(p.page);
    p.confirmLabel = new QLabel(p.page);
    p.newLabel->setBuddy(p.passphrase);
    p.confirmLabel->setBuddy(p.confirm);
    auto *form = new QFormLayout;
    form->addRow(p.newLabel, p.passphrase);
    form->addRow(p.confirmLabel, p.confirm);
    form->addRow(QString(), p.strength);
    p.dismiss = new QPushButton(p.page);
    p.dismiss->setObjectName(dismissName);
    p.accept = new QPushButton(p.page);
    p.accept->setObjectName(acceptName);
    p.accept->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(p.dismiss);
    buttons->addWidget(p.accept);
    auto *layout = new QVBoxLayout(p.page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(p.intro);
    layout->addLayout(form);
    layout->addWidget(p.message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    QLabel *strength = p.strength;
    QLineEdit *confirm = p.confirm;
    QObject::connect(
        p.passphrase, &QLineEdit::textChanged, strength, [strength](const QString &text) {
            strength->setText(RecoveryKeyActions::strengthHint(text));
        });
    QObject::connect(p.passphrase, &QLineEdit::returnPressed, confirm,
        [confirm] { confirm->setFocus(Qt::TabFocusReason); });
    return p;
}

} // namespace td::ui
