#include "securitydialog.h"
#include "newpassphrasecheck.h"

#include "changepassphrasedialog.h"
#include "common/passphrase.h"
#include "common/settings.h"
#include "dialogs/messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td::ui {

SecurityDialog::SecurityDialog(Settings &settings, bool vault, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_minutes(new QSpinBox(this))
    , m_withSession(new QCheckBox(this))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_vault(vault)
{
    setObjectName(QStringLiteral("securityDialog"));
    setWindowTitle(tr("Security"));
    m_minutes->setObjectName(QStringLiteral("idleLockMinutesSpinBox"));
    m_current->setObjectName(QStringLiteral("currentPassphraseLineEdit"));
    m_new->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    m_message->setObjectName(QStringLiteral("securityMessageLabel"));
    m_minutes->setRange(0, 240);
    m_minutes->setSpecialValueText(tr("Never"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(settings.idleLockMinutes());
    m_withSession->setObjectName(QStringLiteral("lockWithSessionCheckBox"));
    m_withSession->setText(
        tr("Lock when the &computer locks, goes to sleep or starts its screen saver"));
    m_withSession->setChecked(settings.lockWithSession());
    for (QLineEdit *e : {m_current, m_new, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after"), m_minutes);
    form->addRow(m_withSession);
    if (vault) {
        // The vault's passphrase locks the window; a second, separate one would only confuse.
        for (QLineEdit *e : {m_current, m_new, m_confirm})
            e->hide();
        auto *change = new QPushButton(tr("C&hange Passphrase…"), this);
        change->setObjectName(QStringLiteral("changeVaultPassphrasePushButton"));
        connect(change, &QPushButton::clicked, this, &SecurityDialog::changeVaultPassphrase);
        form->addRow(tr("Passphrase"), change);
    } else {
        if (!settings.passphraseHash().isEmpty())
            form->addRow(tr("C&urrent passphrase"), m_current);
        else
            m_current->hide();
        form->addRow(tr("&New passphrase"), m_new);
        form->addRow(tr("C&onfirm"), m_confirm);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SecurityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecurityDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(vault
            ? tr("After the chosen time without input, TrustDesk hides all case data until the "
                 "database's passphrase or recovery key is entered again.")
            : tr("After the chosen time without input, TrustDesk hides all case data until it "
                 "is unlocked. The passphrase itself is never stored, only a check value that "
                 "cannot be turned back into it; leave the new fields empty to keep it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void SecurityDialog::changeVaultPassphrase()
{
    ChangePassphraseDialog dialog(m_vaultKeyFile, this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Passphrase Changed"),
            tr("The new passphrase opens this database from now on. The recovery key still "
               "does."));
}

void SecurityDialog::accept()
{
    const QString stored = m_settings.passphraseHash();
    if (!m_vault && (!m_new->text().isEmpty() || !m_confirm->text().isEmpty())) {
        if (!stored.isEmpty() && !Passphrase::verify(stored, m_current->text())) {
            m_message->setText(tr("The current passphrase is not right."));
            return;
        }
        if (!NewPassphraseCheck::accept(
                m_new, m_confirm, m_message, Passphrase::minimumLength(), m_current->text()))
            return;
        const QString hash = Passphrase::hash(m_new->text());
        if (hash.isEmpty()) {
            m_message->setText(tr("The passphrase could not be stored; try again."));
            return;
        }
        m_settings.setPassphrase(hash, Passphrase::newKeySalt());
    }
    m_settings.setIdleLockMinutes(m_minutes->value());
    m_settings.setLockWithSession(m_withSession->isChecked());
    m_settings.sync();
    QDialog::accept();
}

} // namespace td::ui
