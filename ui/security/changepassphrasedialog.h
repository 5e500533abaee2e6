#pragma once

#include "crypto/vaultkeyfile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace td::ui {

/// Edit › Security › Change Passphrase… for an encrypted database: the current passphrase (so an
/// unlocked, unattended window cannot be used to take the vault over), the new one twice. The
/// data key is unwrapped with the current passphrase and wrapped again with the new one off the
/// UI thread (two Argon2id runs, about two seconds), while a busy bar shows; nothing else is
/// rewritten, the recovery key stays valid, and a crash leaves exactly one of the two
/// passphrases working (VaultKeyFile::changePassphrase).
class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseDialog)

public:
    ChangePassphraseDialog(QString keyFilePath, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;

    /// Test seam: a cheaper Argon2id cost for the new wrap.
    void setCostForTests(VaultKeyFile::Cost cost) { m_cost = cost; }
    bool isWorking() const { return m_thread != nullptr; }

    void accept() override;
    /// While the key file is being rewritten, waits for it to finish (a second or two) first.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void finished();
    void setWorking(bool working);
    void retranslate();

    QString m_keyFile;
    VaultKeyFile::Cost m_cost = VaultKeyFile::Cost::Standard;
    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_newLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<Status> m_outcome;
};

} // namespace td::ui
