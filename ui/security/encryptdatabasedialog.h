#pragma once

#include "crypto/vaultkeyfile.h"
#include "storage/databasesession.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;

namespace td::ui {

/// Encrypts the open plaintext database in place (VaultConversion::encrypt with its evidence):
/// asks for a passphrase twice, then converts in a thread of its own under a progress bar (the
/// cases' pages, the check against the original, then the evidence files), shows the new
/// recovery key once and waits until the person has kept it before the encrypted copy takes the
/// original's place. Until then Cancel changes nothing; after it the conversion cannot be
/// stopped. The window closes the database when convertingStarted() is emitted and opens
/// session() once the dialog is accepted.
class EncryptDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncryptDatabaseDialog)

public:
    explicit EncryptDatabaseDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~EncryptDatabaseDialog() override;

    /// The database, now a vault and unlocked, once the dialog was accepted.
    DatabaseSession session() const { return m_session; }
    /// The recovery key shown (tests read it; it is never stored).
    QString recoveryKey() const { return m_recoveryKey; }
    /// True when the conversion passed its point of no return and then failed: the database
    /// must be opened through VaultConversion::recover() (MainWindow::openDatabase does).
    bool needsRecovery() const { return m_needsRecovery; }

    /// Test seam: the Argon2id cost of the new passphrase (only tests lower it).
    static void setCostForTests(VaultKeyFile::Cost cost);

    void reject() override;

signals:
    /// Emitted just before the conversion starts: the window closes the database now (the
    /// conversion refuses a file that any connection still holds).
    void convertingStarted();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Shared;
    void start();
    void showProgress(int step, int percent);
    void showRecoveryKey(const QString &key);
    void keyKept(bool kept);
    void finished();
    void updateStrength();
    void retranslate();
    QWidget *makeChoosePage();
    QWidget *makeProgressPage();
    QWidget *makeRecoveryPage();

    QString m_databasePath;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_newLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_encrypt = nullptr;
    QLabel *m_stepLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_recoveryIntro = nullptr;
    QLabel *m_key = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_keptMessage = nullptr;
    QCheckBox *m_written = nullptr;
    QPushButton *m_keyCancel = nullptr;
    QPushButton *m_continue = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    int m_step = 0;
    bool m_needsRecovery = false;
    DatabaseSession m_session;
    QString m_recoveryKey;
};

} // namespace td::ui
