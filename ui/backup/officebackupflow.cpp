#include "officebackupflow.h"

#include "backupmessages.h"
#include "backupprogressdialog.h"
#include "backupwrite.h"
#include "cases/caseworkspace.h"
#include "dialogs/dialogseam.h"
#include "dialogs/messagebox.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "storage/backupjob.h"
#include "storage/database.h"
#include "storage/filemoves.h"
#include "storage/officekeys.h"
#include "storage/staffroles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace td::ui {

OfficeBackupFlow::OfficeBackupFlow(MainWindow &window)
    : m_window(window)
{ }

QString OfficeBackupFlow::suggestedPath(const QDate &day)
{
    // The date in ISO form whatever the language: backups then sort by name.
    const QString name
        = tr("TrustDesk office backup %1").arg(day.toString(Qt::ISODate)) + QStringLiteral(".tdob");
    // A Documents folder that does not exist would leave the file dialog in the working folder.
    QString folder = BackupMessages::documentsFolder();
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(name);
}

QString OfficeBackupFlow::refusal()
{
    Database *db = m_window.database();
    // The server's own rule, asked before anything else: a backup holds every row, and a
    // caseworker's row-level security would leave colleagues' rows out.
    if (auto admin = StaffRoles(*db).requireAdmin(tr("Backing up the office database")); !admin)
        return admin.error().message;
    if (db->officeKey())
        return {};
    const auto exists = OfficeKeys(*db).exists();
    if (exists && !exists.value())
        return tr("This office database has no office key yet, so its backup could not be "
                  "encrypted. Make one first with trustdesk-cli office-key init.");
    return tr("The backup is encrypted with the office key, which is not unlocked. Connect "
              "again (File › Connect to Office Server…) and give your office key passphrase, "
              "then back up.");
}

void OfficeBackupFlow::run()
{
    if (!m_window.database())
        return;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        MessageBox::warning(&m_window, tr("Back Up"), refused);
        return;
    }
    const QString destination = chooseDestination();
    if (destination.isEmpty())
        return;
    const QString text
        = tr("The backup is in %1, written and checked.\n\nIt holds the whole office "
             "database, evidence included, encrypted with the office key: it opens with "
             "the office key passphrase of anyone who held the key today. Keep it "
             "somewhere other than the server.")
              .arg(BackupMessages::path(destination));
    BackupWrite::run(
        m_window, BackupJob::create(m_window.session(), destination), destination, text);
}

QString OfficeBackupFlow::chooseDestination()
{
    QString proposal = suggestedPath(QDate::currentDate());
    for (;;) {
        QString chosen;
        if (const auto next = DialogSeam::take(DialogSeam::Kind::FileName))
            chosen = next->toString();
        else
            chosen = QFileDialog::getSaveFileName(&m_window, tr("Save Office Backup As"), proposal,
                tr("TrustDesk office backups (*.tdob)"), nullptr,
                QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return {};
        if (QFileInfo(chosen).suffix().isEmpty())
            chosen += QStringLiteral(".tdob");
        const QString destination = QFileInfo(chosen).absoluteFilePath();
        // Checked before anything starts, so the person can pick another name at once.
        if (!FileMoves::existsNoFollow(destination))
            return destination;
        MessageBox::warning(&m_window, tr("Back Up"),
            tr("%1 already exists. A backup never replaces a file: choose another name.")
                .arg(BackupMessages::path(destination)));
        proposal = destination;
    }
}

} // namespace td::ui
