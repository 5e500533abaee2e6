#pragma once

#include "crypto/securekey.h"
#include "office/lockedserver.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace td {
class Settings;
}

namespace td::ui {

class ServerLogin;
class VaultUnlocker;

/// What a locked TrustDesk shows instead of case data: nothing about any client, only a
/// passphrase field. Two kinds of lock: the window's app passphrase (a plaintext database), or
/// a vault's own passphrase or recovery key, which unwraps the database key off the UI thread;
/// wrong vault passphrases are answered more slowly each time and counted. On an office server
/// (setServer), the login's office-key passphrase and, when needed, the server password: the
/// reconnection and the office key's unwrap run off the UI thread (ServerLogin), with Cancel.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(Settings &settings, QWidget *parent = nullptr);
    ~LockScreen() override;

    /// Asks for the passphrase of the vault whose key file is `keyFilePath`; empty: the app
    /// passphrase (or, when none is set, a button to set one: there is no one-click Unlock).
    /// `failuresSoFar`: wrong tries not yet followed by a good one (also from before a restart), so
    /// the wait keeps growing.
    void setVault(const QString &keyFilePath, const QString &databaseName, int failuresSoFar = 0);
    bool isVault() const { return !m_keyFile.isEmpty(); }
    /// A window on an office server whose session held secrets the lock wiped: the unlock asks
    /// for what reconnects it (LockedServer). A null one: the app passphrase as for a file.
    void setServer(const LockedServer &server);
    bool isServer() const { return !isVault() && !m_server.isNull(); }
    /// Prepares for showing: clears the field, focuses it.
    void prepare();
    /// Failed vault attempts since the last successful unlock (for the audit log).
    int failedAttempts() const { return m_failures; }

    /// Test seam: the unit of the growing wait after a wrong vault passphrase (1 s by default).
    static void setRetryDelayUnitForTests(int milliseconds);
    /// The wait after `failures` wrong attempts in a row: 0, 1, 2, 4, 8, 16, 30, 30… units.
    static int retryDelay(int failures);

signals:
    /// The app passphrase was entered (or none is set).
    void unlocked();
    /// The vault's key was unwrapped.
    void vaultUnlocked(std::shared_ptr<const td::SecureKey> dataKey);
    /// No passphrase protects the window: the person chose to set one (which unlocks it).
    void passphraseRequested();
    /// A wrong vault passphrase or recovery key was typed (counted for the audit log).
    void vaultUnlockFailed();
    /// The office server let the login in again: `uri` (with the password typed, if any) and the
    /// office key when it was asked for. The receiver reconnects with them.
    void serverUnlocked(
        const QString &uri, std::shared_ptr<const td::SecureKey> officeKey, const QString &role);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryUnlock();
    void tryVaultUnlock();
    void vaultAttemptFinished();
    void tryServerUnlock();
    void serverAttemptFinished();
    void cancelServerUnlock();
    void waitAfterWrongSecret(const QString &text);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool problem);
    void toggleRecovery();
    void retryAllowed();
    void retranslate();

    Settings &m_settings;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_serverPassword = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_setPassphrase = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_recoveryToggle = nullptr;
    QTimer *m_retryTimer = nullptr;
    VaultUnlocker *m_unlocker = nullptr;
    ServerLogin *m_serverLogin = nullptr;
    LockedServer m_server;
    bool m_askPassword = false; ///< the server password field shows
    QString m_attemptUri; ///< the running attempt's URI (with its password), wiped after
    QString m_keyFile;
    QString m_databaseName;
    bool m_useRecoveryKey = false;
    int m_failures = 0;
    QString m_failureText;
};

} // namespace td::ui
