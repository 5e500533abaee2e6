#include "officerestoreflow.h"

#include "backupmessages.h"
#include "backupprogressdialog.h"
#include "cases/caseworkspace.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "mainwindow.h"
#include "office/connectserverdialog.h"
#include "office/serverlogin.h"
#include "officebackupunlock.h"
#include "storage/backupjob.h"
#include "storage/database.h"
#include "storage/officebackupfile.h"
#include "storage/officekeys.h"
#include "storage/pgconnection.h"
#include "storage/staffroles.h"

#include <QFileInfo>
#include <QStatusBar>

namespace td::ui {
namespace {

// A database by its name, as the status bar names the window's: a URI is not for people.
QString shown(const QString &uri)
{
    const auto parsed = PgConnection::parse(uri);
    return parsed ? parsed.value().database : QString();
}

} // namespace

OfficeRestoreFlow::OfficeRestoreFlow(MainWindow &window)
    : m_window(window)
{ }

void OfficeRestoreFlow::run()
{
    Database *db = m_window.database();
    if (!db)
        return;
    // The server's rule, before any dialog: a restore writes every table, the audit log too.
    if (auto admin = StaffRoles(*db).requireAdmin(tr("Restoring an office backup")); !admin) {
        MessageBox::warning(&m_window, tr("Restore from Backup"), admin.error().message);
        return;
    }
    OfficeBackupFile::Header header;
    const QString source = chooseBackup(header);
    if (source.isEmpty())
        return;
    QString login;
    QString targetUri = chooseTarget(login);
    if (targetUri.isEmpty())
        return;
    if (login.isEmpty()) // a bare database reached without a login in its URI: ours
        if (const auto current = OfficeKeys(*db).currentLogin())
            login = current.value();
    const auto key = OfficeBackupUnlock::run(&m_window, header, login);
    if (!key) {
        wipeSecret(targetUri);
        m_window.statusBar()->showMessage(tr("Restore canceled; nothing was changed."), 10000);
        return;
    }
    const auto outcome = BackupProgressDialog::run(
        BackupJob::restoreOffice(targetUri, source, key), tr("Restore from Backup"), &m_window);
    const QString target = BackupMessages::path(shown(targetUri));
    if (outcome.cancelled) {
        wipeSecret(targetUri);
        m_window.statusBar()->showMessage(
            tr("Restore canceled; the office database %1 was left empty.").arg(target), 10000);
        return;
    }
    if (!outcome.ok) {
        wipeSecret(targetUri);
        MessageBox::warning(&m_window, tr("Restore from Backup"),
            tr("The backup was not restored; the office database %1 was left as empty as it "
               "was.")
                    .arg(target)
                + QStringLiteral("\n\n") + BackupMessages::details(outcome.message));
        return;
    }
    offerSwitch(targetUri, source, outcome.summary.cases);
    wipeSecret(targetUri);
}

QString OfficeRestoreFlow::chooseBackup(OfficeBackupFile::Header &header)
{
    const QString chosen
        = FileDialog::openOfficeBackup(&m_window, BackupMessages::documentsFolder());
    if (chosen.isEmpty())
        return {};
    // Its clear header says whether it is an office backup at all, before the server is asked.
    auto read = OfficeBackupFile::readHeader(chosen);
    if (!read) {
        MessageBox::warning(&m_window, tr("Restore from Backup"),
            tr("\"%1\" cannot be restored, and nothing was changed.")
                    .arg(BackupMessages::path(QFileInfo(chosen).fileName()))
                + QStringLiteral("\n\n") + BackupMessages::details(read.error().message));
        return {};
    }
    header = std::move(read.value());
    return QFileInfo(chosen).absoluteFilePath();
}

QString OfficeRestoreFlow::chooseTarget(QString &login)
{
    ConnectServerDialog dialog(&m_window, ConnectServerDialog::Purpose::RestoreTarget);
    dialog.setUri(m_window.database()->path()); // the server and login, without the password
    if (dialog.exec() != QDialog::Accepted)
        return {};
    login = dialog.targetLogin();
    return dialog.uri();
}

void OfficeRestoreFlow::offerSwitch(const QString &targetUri, const QString &source, qint64 cases)
{
    const QString target = BackupMessages::path(shown(targetUri));
    const QString done = tr("The office database %1 now holds the %Ln case(s) of the backup %2, "
                            "with their evidence and audit log; the backup and the audit log's "
                            "chain were checked.",
        nullptr, int(cases))
                             .arg(target, BackupMessages::path(QFileInfo(source).fileName()));
    m_window.statusBar()->showMessage(tr("Restored into %1.").arg(target), 10000);
    const int answer = Questions::ask(&m_window, tr("Restore from Backup"),
        done + QStringLiteral("\n\n")
            + tr("Switch this window to the restored database? The window is on %1 now.")
                  .arg(BackupMessages::path(shown(m_window.database()->path()))),
        {tr("&Switch to Restored Database"), tr("S&tay Here")}, 1, 1);
    if (answer != 0 || !m_window.workspace()->confirmCloseEditor())
        return;
    // As File › Connect to Office Server…: off the UI thread, then the office key's passphrase.
    m_window.connectToServer(targetUri);
}

} // namespace td::ui
