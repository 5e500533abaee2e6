#include "backupkeydialog.h"

#include "security/lockscreen.h"
#include "storage/backup.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

BackupKeyDialog::BackupKeyDialog(Settings &settings, const QString &backupFile, QWidget *parent)
    : QDialog(parent)
    , m_lock(new LockScreen(settings, this))
{
    setObjectName(QStringLiteral("backupKeyDialog"));
    setWindowTitle(tr("Encrypted Backup"));
    m_lock->setVault(Backup::keyFileOf(backupFile), QFileInfo(backupFile).fileName());
    // The lock screen's heading says TrustDesk is locked, which it is not here.
    if (auto *title = m_lock->findChild<QLabel *>(QStringLiteral("lockTitleLabel")))
        title->hide();
    auto *intro = new QLabel(tr("This backup is encrypted. It opens with the passphrase the "
                                "database had on the day of the backup, or its recovery key."),
        this);
    intro->setObjectName(QStringLiteral("backupKeyIntroLabel"));
    intro->setWordWrap(true);
    // A plain button, not a button box: a box may make Cancel the default button, and Return in
    // the passphrase field would then cancel.
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("backupKeyCancelPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lock, 1);
    layout->addLayout(buttons);
    setMinimumWidth(480);
    // Return in the field unlocks (the lock screen's own handling); no button of a dialog may
    // take it as well, least of all Cancel.
    for (auto *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_lock, &LockScreen::vaultUnlocked, this, [this](std::shared_ptr<const SecureKey> key) {
        m_key = std::move(key);
        accept();
    });
    m_lock->prepare();
}

std::shared_ptr<const SecureKey> BackupKeyDialog::ask(
    Settings &settings, const QString &backupFile, QWidget *parent)
{
    BackupKeyDialog dialog(settings, backupFile, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.key();
}

} // namespace td::ui
