#include "caselistexportflow.h"

#include "caselistexportdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "interchange/caselistexportjob.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace td::ui {

std::function<void(QProgressDialog &)> CaseListExportFlow::s_progressSeam;

void CaseListExportFlow::setProgressSeam(std::function<void(QProgressDialog &)> seam)
{
    s_progressSeam = std::move(seam);
}

CaseListExportFlow::CaseListExportFlow(QWidget *parent, DatabaseSession session, QString actor)
    : m_parent(parent)
    , m_session(std::move(session))
    , m_actor(std::move(actor))
{ }

QString CaseListExportFlow::run(const CaseQuery &query, qint64 caseCount)
{
    const auto policy = CaseListExportDialog::ask(caseCount, m_parent);
    if (!policy)
        return {};
    const QString suggested = QCoreApplication::translate("CaseListExportFlow", "cases-%1.csv")
                                  .arg(QDate::currentDate().toString(Qt::ISODate));
    // The file type chosen in the save dialog (its suffix) decides CSV or XLSX.
    const QString path = FileDialog::saveCaseList(m_parent, QDir::homePath(), suggested);
    if (path.isEmpty())
        return {};

    auto job = std::make_unique<CaseListExportJob>(
        m_session, m_actor, query, *policy, path, CaseListExportJob::formatFor(path));
    QProgressDialog progress(m_parent);
    progress.setObjectName(QStringLiteral("caseListExportProgressDialog"));
    progress.setWindowTitle(QCoreApplication::translate("CaseListExportFlow", "Export Case List"));
    progress.setLabelText(QCoreApplication::translate("CaseListExportFlow", "Writing %1…")
                              .arg(QDir::toNativeSeparators(path)));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // A short list is done before the dialog would show.
    progress.setMinimumDuration(s_progressSeam ? 0 : 500);
    progress.setRange(0, 0);
    // Cancel, closing the dialog, or the lock (which rejects every dialog) stop the job.
    QObject::connect(
        &progress, &QProgressDialog::canceled, job.get(), [&job] { job->cancel(); },
        Qt::DirectConnection);
    QObject::connect(
        &progress, &QDialog::rejected, job.get(), [&job] { job->cancel(); }, Qt::DirectConnection);
    // Blocking: the job goes on once the step is shown, so a Cancel is seen at the next step
    // and steps never pile up in the event queue. finished() comes after the last step, so the
    // UI thread is never waiting for the job while the job waits for it.
    QObject::connect(
        job.get(), &CaseListExportJob::progress, &progress,
        [&progress](qint64 done, qint64 total) {
            if (total <= 0)
                return;
            progress.setRange(0, 1000);
            progress.setValue(int(done * 1000 / total));
            if (s_progressSeam)
                s_progressSeam(progress);
        },
        Qt::BlockingQueuedConnection);
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(
        job.get(), &CaseListExportJob::finished, &loop, [&](bool success, const QString &why) {
            ok = success;
            message = why;
            loop.quit();
        });
    std::unique_ptr<QThread> thread(job->start());
    loop.exec();
    thread->wait();
    progress.reset();
    progress.hide();

    if (!ok) {
        if (!job->isCancelled())
            MessageBox::warning(m_parent,
                QCoreApplication::translate("CaseListExportFlow", "Export Case List"),
                QCoreApplication::translate(
                    "CaseListExportFlow", "The case list was not exported: %1")
                    .arg(message));
        return {};
    }
    MessageBox::information(m_parent,
        QCoreApplication::translate("CaseListExportFlow", "Export Case List"),
        QCoreApplication::translate(
            "CaseListExportFlow", "Exported %n case(s) to %1.", nullptr, int(job->written()))
            .arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace td::ui
