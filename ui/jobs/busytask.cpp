#include "busytask.h"

#include <QApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace td::ui {
namespace {

// What the pool thread hands back; the UI thread reads it after the loop saw `done`.
struct Outcome
{
    QPointer<QEventLoop> loop; ///< null once the waiting side went away (a cancel)
    std::optional<Status> status;
};

} // namespace

std::optional<Status> BusyTask::run(
    QWidget *parent, const QString &label, std::function<Status()> work)
{
    QEventLoop loop;
    auto outcome = std::make_shared<Outcome>();
    outcome->loop = &loop;
    QThreadPool::globalInstance()->start([outcome, work = std::move(work)] {
        Status status = work();
        QMetaObject::invokeMethod(
            qApp,
            [outcome, status = std::move(status)] {
                if (!outcome->loop) // cancelled: nobody waits for this any more
                    return;
                outcome->status = status;
                outcome->loop->quit();
            },
            Qt::QueuedConnection);
    });

    QProgressDialog progress(
        label, QCoreApplication::translate("BusyTask", "Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("busyTaskProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(1 << 30); // shown by the timer below, not by QProgressDialog
    bool cancelled = false;
    const auto cancel = [&] {
        cancelled = true;
        loop.quit();
    };
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, cancel);
    QObject::connect(&progress, &QDialog::rejected, &loop, cancel); // the lock closes dialogs
    QTimer::singleShot(300, &progress, [&progress, outcome] {
        if (!outcome->status)
            progress.show();
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec();
    QApplication::restoreOverrideCursor();
    outcome->loop = nullptr;
    if (cancelled)
        return std::nullopt;
    return outcome->status;
}

} // namespace td::ui
