#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace td::ui {

class MainWindow;

/// File › Back Up… on an office server: the office backup (OfficeBackup, the same sealed TDOB
/// file as `trustdesk-cli backup` on a server) written off the UI thread behind
/// BackupProgressDialog. Only an office admin may (the server's rule, said in a sentence before
/// anything is asked); the office key must be unlocked, since it seals the file. Restoring is
/// OfficeRestoreFlow's.
class OfficeBackupFlow
{
    Q_DECLARE_TR_FUNCTIONS(OfficeBackupFlow)

public:
    explicit OfficeBackupFlow(MainWindow &window);
    void run();

    /// "TrustDesk office backup YYYY-MM-DD.tdob" in the person's Documents folder (their home
    /// folder when there is none).
    static QString suggestedPath(const QDate &day);

private:
    /// Empty when the backup may start; otherwise the sentence that says why not.
    QString refusal();
    QString chooseDestination();

    MainWindow &m_window;
};

} // namespace td::ui
