#pragma once

#include "imageredactor.h"
#include "storage/databasesession.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace td {

/// Saves a redacted copy off the UI thread (Redact…'s Save): covers the boxes, encodes the new
/// image, seals and writes its file and records it, on the job's own database connection in its
/// own thread, as EvidenceJob does for attaching. Once started it runs to the end (the store
/// keeps nothing half-done either way), reporting its steps.
class RedactJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactJob)

public:
    /// `loaded` is the dialog's upright image and the item it came from; `session` what opens the
    /// job's connection: a file, a vault with its key, or an office server with its password and
    /// office key.
    RedactJob(DatabaseSession session, ImageRedactor::Loaded loaded, QList<QRect> boxes,
        RedactionRecord::Method method, QString actor);

    /// Moves the job to a new thread and runs it there; the thread quits after finished().
    /// Connect to the signals first. The caller owns both: once finished() arrived, wait() on the
    /// thread, then delete the job and the thread.
    QThread *start();

    /// Tests: the thread run() ran in (null before).
    QThread *ranIn() const { return m_ranIn; }

public slots:
    /// Does the work in the calling thread (start() calls it in the job's own thread).
    void run();

signals:
    /// Step `done` of `total`, and what it is doing, for people.
    void progress(qint64 done, qint64 total, const QString &label);
    /// The copy is stored as item `copyId` (`alreadyThere`: the same copy existed already).
    void saved(qint64 copyId, bool alreadyThere);
    /// `ok` false with a sentence for people when nothing was saved.
    void finished(bool ok, const QStringList &messages);

private:
    DatabaseSession m_session;
    ImageRedactor::Loaded m_loaded;
    QList<QRect> m_boxes;
    RedactionRecord::Method m_method;
    QString m_actor;
    QThread *m_ranIn = nullptr;
};

} // namespace td
