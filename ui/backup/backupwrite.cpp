#include "backupwrite.h"

#include "backupmessages.h"
#include "backupprogressdialog.h"
#include "cases/caseworkspace.h"
#include "dialogs/messagebox.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"

#include <QStatusBar>

namespace td::ui {

bool BackupWrite::run(
    MainWindow &window, BackupJob *job, const QString &destination, const QString &writtenText)
{
    const auto outcome = BackupProgressDialog::run(job, tr("Back Up"), &window);
    if (outcome.cancelled) {
        window.statusBar()->showMessage(tr("Back-up canceled; nothing was written."), 10000);
        return false;
    }
    if (!outcome.ok) {
        MessageBox::warning(&window, tr("Back Up"),
            tr("The backup was not written.") + QStringLiteral("\n\n")
                + BackupMessages::details(outcome.message));
        return false;
    }
    QString text = writtenText;
    if (const CaseEditor *editor = window.workspace()->editor();
        editor && editor->hasUnsavedChanges())
        text += QStringLiteral("\n\n")
            + tr("The changes you have not saved yet in the open case are not in this backup.");
    window.statusBar()->showMessage(
        tr("Backup written to %1").arg(BackupMessages::path(destination)), 10000);
    MessageBox::information(&window, tr("Backup Written"), text);
    return true;
}

} // namespace td::ui
