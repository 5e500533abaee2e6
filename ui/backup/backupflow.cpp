#include "backupflow.h"

#include "backupmessages.h"
#include "backupprogressdialog.h"
#include "backupwrite.h"
#include "cases/caseworkspace.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "storage/backup.h"
#include "storage/backupjob.h"
#include "storage/filemoves.h"

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace td::ui {

BackupFlow::BackupFlow(MainWindow &window)
    : m_window(window)
{ }

QString BackupFlow::suggestedPath(const QDate &day)
{
    // The date in ISO form whatever the language: backups then sort by name.
    const QString name
        = tr("TrustDesk backup %1").arg(day.toString(Qt::ISODate)) + QStringLiteral(".trustdesk");
    return QDir(BackupMessages::documentsFolder()).filePath(name);
}

void BackupFlow::run()
{
    const Database *db = m_window.database();
    if (!db)
        return;
    const QString destination = chooseDestination();
    if (destination.isEmpty())
        return;
    const QString text
        = tr("The backup is in %1.\n\nIts evidence files are in the folder %2 beside it. "
             "Keep the two together: "
             "copy or move them as a pair, because the backup is not complete without its "
             "evidence folder.")
              .arg(BackupMessages::path(destination),
                  BackupMessages::path(Backup::evidenceFolder(destination)));
    BackupWrite::run(
        m_window, BackupJob::create(DatabaseSession::of(*db), destination), destination, text);
}

QString BackupFlow::chooseDestination()
{
    QString proposal = suggestedPath(QDate::currentDate());
    for (;;) {
        const QString chosen = FileDialog::saveBackup(&m_window, proposal);
        if (chosen.isEmpty())
            return {};
        const QString destination = QFileInfo(chosen).absoluteFilePath();
        const QString evidence = Backup::evidenceFolder(destination);
        // Checked before anything starts, so the person can pick another name at once.
        if (FileMoves::existsNoFollow(destination)) {
            MessageBox::warning(&m_window, tr("Back Up"),
                tr("%1 already exists. A backup never replaces a file: choose another name.")
                    .arg(BackupMessages::path(destination)));
        } else if (FileMoves::existsNoFollow(evidence)) {
            MessageBox::warning(&m_window, tr("Back Up"),
                tr("The folder %1 already exists, and this backup would keep its evidence there. "
                   "A backup never replaces anything: choose another name.")
                    .arg(BackupMessages::path(evidence)));
        } else {
            return destination;
        }
        proposal = destination;
    }
}

} // namespace td::ui
