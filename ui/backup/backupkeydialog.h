#pragma once

#include "crypto/securekey.h"

#include <QDialog>

#include <memory>

namespace td {
class Settings;
}

namespace td::ui {

class LockScreen;

/// Asks for the passphrase (or the recovery key) of an encrypted backup, with the lock screen's
/// own field, wait after a wrong try and recovery-key switch: the key its FILE.vault unwraps
/// opens the backup for checking and restoring.
class BackupKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupKeyDialog)

public:
    BackupKeyDialog(Settings &settings, const QString &backupFile, QWidget *parent = nullptr);

    /// The backup's data key, or null when the person cancelled.
    static std::shared_ptr<const SecureKey> ask(
        Settings &settings, const QString &backupFile, QWidget *parent);

    std::shared_ptr<const SecureKey> key() const { return m_key; }

private:
    LockScreen *m_lock = nullptr;
    std::shared_ptr<const SecureKey> m_key;
};

} // namespace td::ui
