#pragma once

#include <QCoreApplication>
#include <QString>

namespace td::OfficeBackupFile {
struct Header;
}

namespace td::ui {

class MainWindow;

/// File › Restore from Backup… on an office server: an office backup (the TDOB file of Back Up
/// or `trustdesk-cli backup`) restored into an EMPTY office database, never over the one the
/// window is on. Only an office admin may (said before any dialog, as Back Up does). Asks for
/// the backup, then the target in the Connect to Office Server fields (the current server and
/// login filled in), checked read-only to hold no data before anything else; then the office key
/// passphrase that opens the backup (OfficeBackupUnlock). The restore itself is
/// OfficeBackup::restore, as `trustdesk-cli restore`, in a BackupJob behind
/// BackupProgressDialog: one transaction, so Cancel leaves the target as empty as it was.
/// Afterwards the window can switch to the restored database.
class OfficeRestoreFlow
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRestoreFlow)

public:
    explicit OfficeRestoreFlow(MainWindow &window);
    void run();

private:
    /// The backup's absolute path, its clear header read into `header`; empty when cancelled or
    /// when it is no office backup (said in a message).
    QString chooseBackup(OfficeBackupFile::Header &header);
    /// The target's URI (with its password, if one was typed), checked to be empty; empty when
    /// cancelled. `login` gets the login it was checked as.
    QString chooseTarget(QString &login);
    void offerSwitch(const QString &targetUri, const QString &source, qint64 cases);

    MainWindow &m_window;
};

} // namespace td::ui
