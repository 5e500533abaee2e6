#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace td {

/// Starts `job` (a QObject with a run() slot and a finished(…) signal) on a thread of its own
/// named `name`: the job moves to the thread, run() starts with it, and the thread quits when the
/// job has finished. The caller owns both: once finished() arrived, wait() on the thread, then
/// delete the job and the thread.
template<typename Job> QThread *startJobThread(Job *job, const QString &name)
{
    auto *thread = new QThread;
    thread->setObjectName(name);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &Job::run);
    // Direct: quit() is thread-safe, and the owner may be blocked in wait() on the UI thread.
    QObject::connect(job, &Job::finished, thread, &QThread::quit, Qt::DirectConnection);
    thread->start();
    return thread;
}

} // namespace td
