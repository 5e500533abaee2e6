#include "restoreflow.h"

#include "backupkeydialog.h"
#include "backupmessages.h"
#include "backupprogressdialog.h"
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "common/displayformat.h"
#include "crypto/vaultkeyfile.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "storage/backup.h"
#include "storage/backupjob.h"
#include "storage/backupsummary.h"

#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

namespace td::ui {

RestoreFlow::RestoreFlow(MainWindow &window)
    : m_window(window)
{ }

void RestoreFlow::run()
{
    if (!m_window.database() || !editorIsClear())
        return;
    const QString source = chooseBackup();
    if (source.isEmpty())
        return;
    const QString name = QFileInfo(source).fileName();
    std::shared_ptr<const SecureKey> key;
    if (!keyFor(source, key))
        return;

    const auto checked = BackupProgressDialog::run(
        BackupJob::verify(source, key), tr("Checking the Backup"), &m_window);
    if (checked.cancelled) {
        m_window.statusBar()->showMessage(tr("Restore canceled; nothing was changed."), 10000);
        return;
    }
    if (!checked.ok) {
        MessageBox::warning(&m_window, tr("Restore from Backup"),
            tr("\"%1\" cannot be restored: it did not pass its check, so nothing was changed.")
                    .arg(BackupMessages::path(name))
                + QStringLiteral("\n\n") + BackupMessages::details(checked.message));
        return;
    }
    if (confirm(source, checked.summary))
        restore(source, key);
}

bool RestoreFlow::keyFor(const QString &source, std::shared_ptr<const SecureKey> &key)
{
    key.reset();
    if (!Backup::isEncrypted(source))
        return true;
    const DatabaseSession session = m_window.session();
    if (!session.isEncrypted()) {
        MessageBox::warning(&m_window, tr("Restore from Backup"),
            tr("\"%1\" is an encrypted backup, and the database open now is not encrypted: "
               "restoring it here would put its cases on this disk unencrypted, so it was not "
               "restored. Encrypt this database first (Encrypt… above the cases), then restore.")
                .arg(BackupMessages::path(QFileInfo(source).fileName())));
        return false;
    }
    // A backup of this same vault opens with the key already unlocked.
    if (VaultKeyFile::holdsKey(Backup::keyFileOf(source), *session.dataKey())) {
        key = session.sharedDataKey();
        return true;
    }
    key = BackupKeyDialog::ask(m_window.settings(), source, &m_window);
    if (!key) {
        m_window.statusBar()->showMessage(tr("Restore canceled; nothing was changed."), 10000);
        return false;
    }
    return true;
}

bool RestoreFlow::editorIsClear()
{
    // Whatever is typed would be lost under the restored cases: saving it is the person's call.
    CaseEditor *editor = m_window.workspace()->editor();
    if (!editor || !editor->hasUnsavedChanges())
        return true;
    m_window.workspace()->setCurrentWidget(editor);
    MessageBox::warning(&m_window, tr("Restore from Backup"),
        tr("The case you are editing has changes that are not saved. Save or close it first, "
           "then restore the backup."));
    return false;
}

QString RestoreFlow::chooseBackup()
{
    const QString chosen = FileDialog::openBackup(&m_window, BackupMessages::documentsFolder());
    if (chosen.isEmpty())
        return {};
    const QFileInfo backup(chosen);
    if (backup.exists()
        && backup.canonicalFilePath()
            == QFileInfo(m_window.database()->path()).canonicalFilePath()) {
        MessageBox::warning(&m_window, tr("Restore from Backup"),
            tr("%1 is the database TrustDesk has open. Choose a backup of it instead.")
                .arg(BackupMessages::path(chosen)));
        return {};
    }
    return backup.absoluteFilePath();
}

bool RestoreFlow::confirm(const QString &source, const BackupSummary &backup)
{
    const QString name = BackupMessages::path(QFileInfo(source).fileName());
    QStringList paragraphs {tr("Replace the cases in TrustDesk with the cases in the backup?")};
    QString now;
    if (const auto current = BackupSummary::of(*m_window.database()))
        now = tr("The %Ln case(s) in TrustDesk now, and their evidence, will be replaced by the "
                 "backup's.",
            nullptr, int(current->cases));
    else
        now = tr(
            "The cases in TrustDesk now, and their evidence, will be replaced by the backup's.");
    if (backup.lastChange.isValid()) {
        const QDateTime local = backup.lastChange.toLocalTime();
        const QString when = displayDate(local.date()) + QLatin1Char(' ')
            + QLocale().toString(local.time(), QLocale::ShortFormat);
        now += QLatin1Char(' ')
            + tr("The backup \"%1\" holds %Ln case(s); its newest recorded change is from %2.",
                nullptr, int(backup.cases))
                  .arg(name, when);
    } else {
        now += QLatin1Char(' ')
            + tr("The backup \"%1\" holds %Ln case(s).", nullptr, int(backup.cases)).arg(name);
    }
    paragraphs.append(now);
    paragraphs.append(tr("Anything added or changed since that backup will be lost. The backup "
                         "itself is not changed."));
    const int answer = Questions::ask(&m_window, tr("Restore from Backup"),
        paragraphs.join(QStringLiteral("\n\n")), {tr("&Replace with Backup"), tr("Cancel")}, 1, 1);
    return answer == 0;
}

void RestoreFlow::restore(const QString &source, const std::shared_ptr<const SecureKey> &key)
{
    const QString databasePath = m_window.database()->path();
    const DatabaseSession session = m_window.session();
    // Nothing on screen reads the database while it is replaced; it is all reloaded afterwards.
    m_window.workspace()->setDatabase(nullptr, nullptr);
    m_window.followUpsDock()->setDatabase(nullptr);
    const auto outcome = BackupProgressDialog::run(
        BackupJob::restore(session, source, key), tr("Restore from Backup"), &m_window);
    // The same way File › Open Database shows a database: list, details, follow-ups, title.
    // A vault is opened again with the key it was unlocked with, not asked for again.
    if (!(session.isEncrypted() ? m_window.openSession(session)
                                : m_window.openDatabase(databasePath))) {
        m_window.close(); // the person chose Quit when it could not be opened
        return;
    }
    if (outcome.cancelled) {
        m_window.statusBar()->showMessage(tr("Restore canceled; nothing was changed."), 10000);
        return;
    }
    if (!outcome.ok) {
        const QString lead = outcome.replaced
            ? tr("The restore did not finish.")
            : tr("The backup was not restored, and nothing was changed.");
        MessageBox::warning(&m_window, tr("Restore from Backup"),
            lead + QStringLiteral("\n\n") + BackupMessages::details(outcome.message));
        return;
    }
    const QString text
        = tr("TrustDesk now holds the %Ln case(s) of the backup %1, with their evidence.", nullptr,
            int(outcome.summary.cases))
              .arg(BackupMessages::path(source));
    m_window.statusBar()->showMessage(text, 10000);
    MessageBox::information(&m_window, tr("Restore from Backup"), text);
}

} // namespace td::ui
