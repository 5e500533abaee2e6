#include "backupprogressdialog.h"

#include "storage/backupjob.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QPushButton>
#include <QThread>

#include <memory>
#include <utility>

namespace td::ui {

std::function<void(BackupProgressDialog &)> BackupProgressDialog::s_shownHandler;

BackupProgressDialog::BackupProgressDialog(BackupJob &job, const QString &title, QWidget *parent)
    : QProgressDialog(parent)
    , m_job(job)
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("backupProgressDialog"));
    m_cancel->setObjectName(QStringLiteral("backupCancelPushButton"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setCancelButton(m_cancel);
    // Cancel asks the job to stop; the dialog stays until it has, instead of hiding at once.
    disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, &BackupProgressDialog::requestCancel);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    setMinimumWidth(420);
    setRange(0, 0);
    setLabelText(tr("Starting…"));
}

BackupProgressDialog::Outcome BackupProgressDialog::run(
    BackupJob *job, const QString &title, QWidget *parent)
{
    std::unique_ptr<BackupJob> owned(job);
    BackupProgressDialog dialog(*job, title, parent);
    Outcome outcome;
    QEventLoop loop;
    connect(job, &BackupJob::stepStarted, &dialog, &BackupProgressDialog::showStep);
    connect(job, &BackupJob::progress, &dialog, &BackupProgressDialog::showBytes);
    connect(job, &BackupJob::finished, &loop, [&outcome, &loop](bool ok, const QString &message) {
        outcome.ok = ok;
        outcome.message = message;
        loop.quit();
    });
    dialog.show();
    if (auto handler = std::exchange(s_shownHandler, nullptr))
        handler(dialog);
    std::unique_ptr<QThread> thread(job->start());
    // The dialog is window-modal: the window waits, its repaints and the Cancel button do not.
    loop.exec();
    thread->wait();
    outcome.cancelled = !outcome.ok && job->isCancelled();
    outcome.replaced = job->isReplacing();
    outcome.summary = job->summary();
    return outcome;
}

void BackupProgressDialog::setNextShownHandler(std::function<void(BackupProgressDialog &)> handler)
{
    s_shownHandler = std::move(handler);
}

void BackupProgressDialog::showStep(BackupStep step)
{
    if (m_stopping)
        return;
    // Until an evidence step reports its bytes, the bar only says that work goes on.
    setRange(0, 0);
    switch (step) {
    case BackupStep::CopyingDatabase:
        setLabelText(tr("Copying the database…"));
        break;
    case BackupStep::CheckingDatabase:
        setLabelText(tr("Checking the database…"));
        break;
    case BackupStep::CopyingEvidence:
        setLabelText(tr("Copying the evidence files and checking each one…"));
        break;
    case BackupStep::CheckingEvidence:
        setLabelText(tr("Checking every evidence file…"));
        break;
    case BackupStep::Finishing:
        setLabelText(tr("Putting the backup in place…"));
        break;
    case BackupStep::Replacing:
        setLabelText(tr("Replacing the cases with the backup's. This cannot be canceled now."));
        m_cancel->setEnabled(false);
        break;
    case BackupStep::CheckingBackup:
        setLabelText(tr("Checking the whole backup before anything is written…"));
        break;
    case BackupStep::WritingRows:
        setLabelText(tr("Writing the backup's cases, evidence and audit log into the empty "
                        "office database…"));
        break;
    case BackupStep::Committing:
        setLabelText(tr("Saving the restored database. This cannot be canceled now."));
        m_cancel->setEnabled(false);
        break;
    }
}

void BackupProgressDialog::showBytes(qint64 done, qint64 total)
{
    if (m_stopping || total <= 0)
        return;
    setRange(0, 1000);
    setValue(int(done * 1000 / total));
}

void BackupProgressDialog::requestCancel()
{
    if (m_stopping || !m_cancel->isEnabled())
        return;
    m_cancel->setEnabled(false);
    if (!m_job.cancel()) // the restore's point of no return won: its step says so
        return;
    m_stopping = true;
    setRange(0, 0);
    setLabelText(tr("Canceling…"));
}

void BackupProgressDialog::reject()
{
    // Escape means Cancel; the dialog itself goes when the job is done.
    requestCancel();
}

void BackupProgressDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
    requestCancel();
}

} // namespace td::ui
