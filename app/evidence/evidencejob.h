#pragma once

#include "crypto/securekey.h"
#include "evidencestore.h"
#include "storage/databasesession.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace td {

/// Long evidence work off the UI thread: attaching files, verifying the store, or checking one
/// item before it is shown. The job opens its own database connection in its own thread (one
/// connection per thread), reports progress, and can be cancelled from any thread.
class EvidenceJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceJob)

public:
    enum class Kind
    {
        Attach,
        Verify,
        Open
    };

    static EvidenceJob *attach(const QString &databasePath, const QString &caseReference,
        const QStringList &files, const AttachOptions &options, const QString &actor);
    static EvidenceJob *verify(const QString &databasePath, const QString &actor);
    /// Checks the item's file and keeps its first `keepBytes` for a preview (opened()).
    static EvidenceJob *open(
        const QString &databasePath, qint64 evidenceId, const QString &actor, qint64 keepBytes = 0);

    /// The data key of an encrypted database (copied; null: a plaintext one). Set before start().
    void setDataKey(const SecureKey *dataKey);
    /// What opens the job's connection instead of the path (and a data key): a vault's key, or an
    /// office server's password and office key, so evidence in the server is read and sealed
    /// there too. Set before start().
    void setSession(const DatabaseSession &session) { m_session = session; }

    /// Moves the job to a new thread and runs it there; the thread quits after finished().
    /// Connect to the signals first. The caller owns both: once finished() arrived, wait() on the
    /// thread, then delete the job and the thread (or cancel(), quit and wait to abandon it).
    QThread *start();
    /// Thread-safe: the work stops at the next chunk and nothing half-done is kept.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    Kind kind() const { return m_kind; }

public slots:
    /// Does the work in the calling thread (start() calls it in the job's own thread).
    void run();

signals:
    /// Bytes done of total over the whole job, and what it is working on (a file's display name).
    void progress(qint64 done, qint64 total, const QString &label);
    /// One line per file or problem, for people; `ok` is false when anything failed (or was
    /// cancelled).
    void finished(bool ok, const QStringList &messages);
    /// An Open job found the file intact: what to show (see EvidenceStore::open).
    void opened(qint64 evidenceId, const td::OpenedEvidence &evidence);

private:
    EvidenceJob(Kind kind, QString databasePath, QString actor);
    void runAttach(Database &db, QStringList &messages, bool &ok);
    void runVerify(Database &db, QStringList &messages, bool &ok);
    void runOpen(Database &db, QStringList &messages, bool &ok);
    bool report(qint64 done, qint64 total, const QString &label);

    Kind m_kind;
    QString m_databasePath;
    QString m_actor;
    QString m_caseReference;
    QStringList m_files;
    AttachOptions m_options;
    qint64 m_evidenceId = 0;
    qint64 m_keepBytes = 0;
    std::unique_ptr<SecureKey> m_dataKey;
    DatabaseSession m_session;
    std::atomic<bool> m_cancelled {false};
    int m_lastPermille = -1;
};

} // namespace td
