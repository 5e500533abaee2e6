#include "redactjob.h"

#include "common/jobthread.h"

#include <QCoreApplication>
#include <QThread>

namespace td {

RedactJob::RedactJob(DatabaseSession session, ImageRedactor::Loaded loaded, QList<QRect> boxes,
    RedactionRecord::Method method, QString actor)
    : m_session(std::move(session))
    , m_loaded(std::move(loaded))
    , m_boxes(std::move(boxes))
    , m_method(method)
    , m_actor(std::move(actor))
{ }

QThread *RedactJob::start()
{
    return startJobThread(this, QStringLiteral("redact-job"));
}

void RedactJob::run()
{
    m_ranIn = QThread::currentThread();
    constexpr qint64 kSteps = 4;
    emit progress(0, kSteps, QCoreApplication::translate("RedactJob", "Opening the database…"));
    Result<AttachResult> stored = Error {};
    {
        auto opened = m_session.open(Database::OpenMode::ExistingOnly);
        if (!opened) {
            emit finished(false, {opened.error().message});
            return;
        }
        EvidenceStore store(**opened, m_actor);
        stored = ImageRedactor::redactLoaded(
            store, m_loaded, m_boxes, m_method, [this](ImageRedactor::Step step) {
                switch (step) {
                case ImageRedactor::Step::Cover:
                    emit progress(1, kSteps,
                        QCoreApplication::translate("RedactJob", "Covering the marked areas…"));
                    break;
                case ImageRedactor::Step::Encode:
                    emit progress(2, kSteps,
                        QCoreApplication::translate("RedactJob", "Making the new image…"));
                    break;
                case ImageRedactor::Step::Store:
                    emit progress(3, kSteps,
                        QCoreApplication::translate(
                            "RedactJob", "Storing the copy and its record…"));
                    break;
                }
            });
    } // the connection closes in the thread that opened it
    if (!stored) {
        emit finished(false, {stored.error().message});
        return;
    }
    emit progress(kSteps, kSteps, QString());
    emit saved(stored->evidence.item.id, stored->outcome == AttachResult::Outcome::AlreadyAttached);
    emit finished(true, {});
}

} // namespace td
