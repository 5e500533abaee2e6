#pragma once

#include "crypto/vaultkeyfile.h"
#include "storage/databasesession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace td::ui {

/// Makes a new database a vault: explains what the passphrase protects and that nothing opens
/// it without the passphrase or the recovery key, asks for the passphrase twice, creates the key
/// file and the database off the UI thread, then shows the recovery key once (print, copy, save)
/// and lets the person go on only after they confirm they have kept it.
class VaultSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSetupDialog)

public:
    explicit VaultSetupDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~VaultSetupDialog() override;

    /// The new vault, unlocked, once the dialog was accepted.
    DatabaseSession session() const { return m_session; }
    /// The recovery key shown (tests read it; it is never stored).
    QString recoveryKey() const { return m_recoveryKey; }

    /// Test seam: how hard new passphrases are to guess. Only tests lower it (Fast), so they
    /// can make vaults quickly; the app never calls it.
    static void setCostForTests(VaultKeyFile::Cost cost);

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void create();
    void created();
    void updateStrength();
    void printKey();
    void copyKey();
    void saveKey();
    void retranslate();
    QWidget *makeChoosePage();
    QWidget *makeCreatingPage();
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
    QPushButton *m_cancel = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_creating = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_recoveryIntro = nullptr;
    QLabel *m_key = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_keptMessage = nullptr;
    QCheckBox *m_written = nullptr;
    QPushButton *m_continue = nullptr;
    QThread *m_thread = nullptr;
    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
    DatabaseSession m_session;
    QString m_recoveryKey;
};

} // namespace td::ui
