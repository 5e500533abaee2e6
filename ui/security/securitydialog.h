#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td {
class Settings;
}

namespace td::ui {

/// Idle lock delay, locking with the desktop session, and the passphrase: for a plaintext
/// database the app passphrase (stored only as an Argon2id hash), for a vault a button to change
/// the vault's own passphrase (ChangePassphraseDialog).
class SecurityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityDialog)

public:
    /// `vault`: the open database is encrypted, and its own passphrase locks the window.
    SecurityDialog(Settings &settings, bool vault, QWidget *parent = nullptr);
    explicit SecurityDialog(Settings &settings, QWidget *parent = nullptr)
        : SecurityDialog(settings, false, parent)
    { }
    /// The vault's key file, for Change Passphrase… (shown only with `vault`).
    void setVaultKeyFile(const QString &path) { m_vaultKeyFile = path; }
    void accept() override;

private:
    void changeVaultPassphrase();

    Settings &m_settings;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_withSession = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    bool m_vault = false;
    QString m_vaultKeyFile;
};

} // namespace td::ui
