#pragma once

#include "backupprogress.h"
#include "backupsummary.h"
#include "databasesession.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace td {

/// Writing, checking or restoring a backup off the UI thread. The job opens its own database
/// connection in its own thread (one connection per thread), reports each step and the bytes of
/// the evidence steps, and can be cancelled from any thread until a restore starts replacing.
class BackupJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupJob)

public:
    enum class Kind
    {
        Create,
        Verify,
        Restore
    };

    /// Backs up the database at `databasePath` to `destination` and `destination`.evidence.
    static BackupJob *create(const QString &databasePath, const QString &destination);
    /// Checks the backup `source` with its evidence, then reads its summary.
    static BackupJob *verify(const QString &source);
    /// Replaces the database at `databasePath` and its evidence with the backup `source`.
    static BackupJob *restore(const QString &databasePath, const QString &source);
    /// The same for any open database, a vault included (its connection opens with the key). On
    /// an office server (the session's office key unlocked), the office backup: one sealed file
    /// (OfficeBackup), nothing beside it.
    static BackupJob *create(const DatabaseSession &session, const QString &destination);
    /// `sourceKey` opens an encrypted backup (Backup::isEncrypted): the key its FILE.vault
    /// unwraps; without it such a backup is refused with a plain message.
    static BackupJob *restore(const DatabaseSession &session, const QString &source,
        std::shared_ptr<const SecureKey> sourceKey = {});
    static BackupJob *verify(const QString &source, std::shared_ptr<const SecureKey> sourceKey);
    /// Restores the office backup `source`, opened with `officeKey`, into the empty office
    /// database at `targetUri` (OfficeBackup::restore, as `trustdesk-cli restore` on a server):
    /// one transaction, so a cancel, a failure or a kill leaves the target as empty as it was.
    static BackupJob *restoreOffice(const QString &targetUri, const QString &source,
        std::shared_ptr<const SecureKey> officeKey);

    /// Moves the job to a new thread and runs it there; the thread quits after finished().
    /// Connect to the signals first. The caller owns both: once finished() arrived, wait() on the
    /// thread, then delete the job and the thread.
    QThread *start();
    /// Thread-safe. The work stops at the next step or chunk and nothing half-done is kept. False
    /// when it is too late: a restore that is replacing the database runs to its end.
    bool cancel();
    bool isCancelled() const { return m_state.load() == State::Cancelled; }
    /// True once a restore has started to replace the database (an office restore: to commit).
    bool isReplacing() const { return m_state.load() == State::Replacing; }
    Kind kind() const { return m_kind; }
    /// The backup (Verify) or the restored database (Restore) once the job succeeded; read it
    /// after waiting for the thread.
    BackupSummary summary() const { return m_summary; }

public slots:
    /// Does the work in the calling thread (start() calls it in the job's own thread).
    void run();

signals:
    void stepStarted(td::BackupStep step);
    /// Bytes done of total within an evidence step.
    void progress(qint64 done, qint64 total);
    /// `message` says what went wrong, for people; empty when `ok`.
    void finished(bool ok, const QString &message);

private:
    enum class State
    {
        Running,
        Cancelled,
        Replacing
    };

    BackupJob(Kind kind, DatabaseSession session, QString file);
    Status work();
    Status createOffice(Database &db);
    Status restoreOffice();
    bool enter(BackupStep step);
    bool report(qint64 done, qint64 total);

    Kind m_kind;
    DatabaseSession m_session;
    QString m_file; ///< the backup written, checked or restored from
    std::shared_ptr<const SecureKey> m_sourceKey; ///< opens an encrypted backup (verify, restore)
    std::atomic<State> m_state {State::Running};
    int m_lastPermille = -1;
    BackupSummary m_summary;
};

} // namespace td
