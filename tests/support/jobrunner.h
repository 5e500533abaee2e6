#pragma once

#include <QList>
#include <QObject>
#include <QTest>
#include <QThread>
#include <QVariant>

#include <memory>

namespace td::test {

/// Starts a background job (EvidenceJob, BackupJob: start() moves it to a new thread) and waits,
/// processing events, until its `finished` signal has reached this thread. Returns the signal's
/// arguments, or an empty list after `timeoutMs` (the job is then cancelled).
///
/// A QSignalSpy on a signal emitted in another thread races with QSignalSpy::wait(): a job that
/// finishes before wait() is entered is missed. Here the signal is queued to this thread, so it
/// is delivered however early the job finishes.
template<typename Job, typename... Args>
QList<QVariant> runJob(Job *job, void (Job::*finished)(Args...), int timeoutMs = 60000)
{
    QObject receiver;
    QList<QVariant> arguments;
    bool done = false;
    QObject::connect(
        job, finished, &receiver,
        [&](Args... args) {
            arguments = {QVariant::fromValue(args)...};
            done = true;
        },
        Qt::QueuedConnection);
    std::unique_ptr<QThread> thread(job->start());
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        job->cancel();
    thread->wait();
    return done ? arguments : QList<QVariant> {};
}

} // namespace td::test
