#include "changepassphrasedialog.h"
#include "newpassphrasecheck.h"

#include "recoverykeyactions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace td::ui {

ChangePassphraseDialog::ChangePassphraseDialog(QString keyFilePath, QWidget *parent)
    : QDialog(parent)
    , m_keyFile(std::move(keyFilePath))
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_newLabel(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_current->setObjectName(QStringLiteral("currentPassphraseLineEdit"));
    m_new->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    m_message->setObjectName(QStringLiteral("changePassphraseMessageLabel"));
    m_busy->setObjectName(QStringLiteral("changePassphraseProgressBar"));
    for (QLineEdit *e : {m_current, m_new, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel->setBuddy(m_confirm);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_busy->setRange(0, 0); // two Argon2id runs: the time is not known in steps
    m_busy->setTextVisible(false);
    m_busy->hide();
    // Wide enough that the introduction keeps its lines when the busy bar appears.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_strength);
    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_change->setObjectName(QStringLiteral("changePassphrasePushButton"));
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    connect(m_new, &QLineEdit::textChanged, this,
        [this] { m_strength->setText(RecoveryKeyActions::strengthHint(m_new->text())); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    retranslate();
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ChangePassphraseDialog::accept()
{
    if (m_thread)
        return;
    const QString current = m_current->text();
    const QString next = m_new->text();
    if (current.isEmpty()) {
        m_message->setText(tr("Type the current passphrase."));
        m_current->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!NewPassphraseCheck::accept(
            m_new, m_confirm, m_message, VaultKeyFile::kMinimumPassphraseLength, current))
        return;
    m_message->clear();
    setWorking(true);
    auto outcome = std::make_shared<Status>();
    m_outcome = outcome;
    m_thread = QThread::create([outcome, path = m_keyFile, current, next, cost = m_cost] {
        // The current passphrase proves who is changing it, and gives the key to wrap again.
        auto key = VaultKeyFile::unlock(path, current);
        if (!key) {
            *outcome = key.error();
            return;
        }
        *outcome = VaultKeyFile::changePassphrase(path, *key, next, cost);
    });
    m_thread->setObjectName(QStringLiteral("vault-change-passphrase"));
    connect(m_thread, &QThread::finished, this, &ChangePassphraseDialog::finished);
    m_thread->start();
}

void ChangePassphraseDialog::finished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const Status outcome = *std::exchange(m_outcome, nullptr);
    setWorking(false);
    if (outcome) {
        for (QLineEdit *e : {m_current, m_new, m_confirm})
            e->clear();
        QDialog::accept();
        return;
    }
    if (outcome.error().kind == ErrorKind::BadInput) {
        m_message->setText(tr("The current passphrase is not right. Nothing was changed."));
        m_current->selectAll();
        m_current->setFocus(Qt::OtherFocusReason);
    } else {
        m_message->setText(tr("The passphrase could not be changed: %1 The old passphrase still "
                              "opens the database.")
                               .arg(outcome.error().message));
    }
}

void ChangePassphraseDialog::reject()
{
    if (m_thread) {
        // Half a change does not exist on disk, but the outcome must be known before closing.
        m_thread->wait();
        QCoreApplication::sendPostedEvents(this);
        if (m_thread)
            finished();
        if (result() == QDialog::Accepted)
            return;
    }
    for (QLineEdit *e : {m_current, m_new, m_confirm})
        e->clear();
    QDialog::reject();
}

void ChangePassphraseDialog::setWorking(bool working)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_current, m_new, m_confirm, m_change})
        w->setEnabled(!working);
    m_busy->setVisible(working);
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change Passphrase"));
    m_intro->setText(tr("The new passphrase opens this database from now on; the old one no "
                        "longer does. The recovery key you wrote down keeps working. Backups "
                        "made before today still open with the passphrase of their day."));
    m_currentLabel->setText(tr("C&urrent passphrase"));
    m_newLabel->setText(tr("&New passphrase"));
    m_confirmLabel->setText(tr("C&onfirm"));
    m_change->setText(tr("C&hange Passphrase"));
    m_busy->setFormat(tr("Changing the passphrase…"));
    m_strength->setText(RecoveryKeyActions::strengthHint(m_new->text()));
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace td::ui
