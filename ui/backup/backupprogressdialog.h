#pragma once

#include "storage/backupprogress.h"
#include "storage/backupsummary.h"

#include <QProgressDialog>

#include <functional>

class QPushButton;

namespace td {
class BackupJob;
}

namespace td::ui {

/// Runs one BackupJob while a window-modal progress dialog shows its steps. Cancel stops the job
/// and keeps the dialog up until it has stopped; once a restore starts replacing the database,
/// when it no longer can stop, the button is taken away.
class BackupProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupProgressDialog)

public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false; ///< stopped at a Cancel; nothing was written or changed
        bool replaced = false; ///< a restore got as far as replacing the database
        QString message; ///< what went wrong, for people
        BackupSummary summary; ///< see BackupJob::summary()
    };

    /// Takes `job`, shows the dialog over `parent` and returns when the job has finished.
    static Outcome run(BackupJob *job, const QString &title, QWidget *parent);

    /// Test seam: called once with the next dialog as soon as it shows, before its job starts.
    static void setNextShownHandler(std::function<void(BackupProgressDialog &)> handler);
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    BackupProgressDialog(BackupJob &job, const QString &title, QWidget *parent);
    void showStep(BackupStep step);
    void showBytes(qint64 done, qint64 total);
    void requestCancel();

    BackupJob &m_job;
    QPushButton *m_cancel = nullptr;
    bool m_stopping = false;
    static std::function<void(BackupProgressDialog &)> s_shownHandler;
};

} // namespace td::ui
