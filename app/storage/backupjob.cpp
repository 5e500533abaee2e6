#include "backupjob.h"

#include "common/jobthread.h"

#include "backup.h"
#include "common/appinfo.h"
#include "database.h"
#include "officebackup.h"

#include <QCoreApplication>
#include <QThread>

namespace td {

BackupJob::BackupJob(Kind kind, DatabaseSession session, QString file)
    : m_kind(kind)
    , m_session(std::move(session))
    , m_file(std::move(file))
{ }

BackupJob *BackupJob::create(const QString &databasePath, const QString &destination)
{
    return create(DatabaseSession(databasePath), destination);
}

BackupJob *BackupJob::create(const DatabaseSession &session, const QString &destination)
{
    return new BackupJob(Kind::Create, session, destination);
}

BackupJob *BackupJob::verify(const QString &source)
{
    return new BackupJob(Kind::Verify, DatabaseSession(), source);
}

BackupJob *BackupJob::verify(const QString &source, std::shared_ptr<const SecureKey> sourceKey)
{
    auto *job = new BackupJob(Kind::Verify, DatabaseSession(), source);
    job->m_sourceKey = std::move(sourceKey);
    return job;
}

BackupJob *BackupJob::restore(const QString &databasePath, const QString &source)
{
    return restore(DatabaseSession(databasePath), source);
}

BackupJob *BackupJob::restore(const DatabaseSession &session, const QString &source,
    std::shared_ptr<const SecureKey> sourceKey)
{
    auto *job = new BackupJob(Kind::Restore, session, source);
    job->m_sourceKey = std::move(sourceKey);
    return job;
}

BackupJob *BackupJob::restoreOffice(
    const QString &targetUri, const QString &source, std::shared_ptr<const SecureKey> officeKey)
{
    auto *job = new BackupJob(Kind::Restore, DatabaseSession::forServerUri(targetUri), source);
    job->m_sourceKey = std::move(officeKey);
    return job;
}

QThread *BackupJob::start()
{
    return startJobThread(this, QStringLiteral("backup-job"));
}

bool BackupJob::cancel()
{
    State expected = State::Running;
    return m_state.compare_exchange_strong(expected, State::Cancelled)
        || expected == State::Cancelled;
}

bool BackupJob::enter(BackupStep step)
{
    m_lastPermille = -1;
    if (step == BackupStep::Replacing || step == BackupStep::Committing) {
        // The one moment a cancel and the point of no return can meet: exactly one of them wins.
        State expected = State::Running;
        if (!m_state.compare_exchange_strong(expected, State::Replacing))
            return false;
    } else if (isCancelled()) {
        return false;
    }
    emit stepStarted(step);
    return true;
}

bool BackupJob::report(qint64 done, qint64 total)
{
    // At most a thousand signals a step, however many chunks: the UI thread is never flooded.
    const int permille = total > 0 ? int(done * 1000 / total) : 0;
    if (permille != m_lastPermille) {
        m_lastPermille = permille;
        emit progress(done, total);
    }
    return !isCancelled();
}

void BackupJob::run()
{
    const Status status = work();
    emit finished(status.ok(), status.ok() ? QString() : status.error().message);
}

Status BackupJob::work()
{
    const BackupProgress progress {
        .step = [this](BackupStep step) { return enter(step); },
        .bytes = [this](qint64 done, qint64 total) { return report(done, total); },
    };
    if (m_kind == Kind::Verify) {
        if (auto s = Backup::verifyFile(m_file, progress, m_sourceKey.get()); !s)
            return s;
        auto summary = BackupSummary::ofFile(m_file, m_sourceKey.get());
        if (!summary)
            return summary.error();
        m_summary = summary.value();
        return {};
    }
    if (m_kind == Kind::Restore && m_session.isServer())
        return restoreOffice();
    // The connection is opened and closed in this thread.
    auto opened = m_session.open(Database::OpenMode::ExistingOnly);
    if (!opened)
        return opened.error();
    if (m_kind == Kind::Create && m_session.isServer())
        return createOffice(**opened);
    if (m_kind == Kind::Create)
        return Backup::create(**opened, m_file, progress);
    if (auto s = Backup::restore(**opened, m_file, progress, m_sourceKey.get()); !s)
        return s;
    auto summary = BackupSummary::of(**opened);
    if (summary)
        m_summary = summary.value();
    return {};
}

Status BackupJob::createOffice(Database &db)
{
    // One sealed file of the whole office database, evidence included (OfficeBackup, as
    // `trustdesk-cli backup` on a server). Its rows are counted as they are written; then the
    // finished file is checked whole before it is put in place.
    if (!enter(BackupStep::CopyingDatabase))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeBackup", "Cancelled; no backup was written.")};
    bool checking = false;
    return OfficeBackup::create(
        db, m_file, currentActor(), [this, &checking](qint64 done, qint64 total) {
            if (!report(done, total))
                return false;
            if (done >= total && !checking) {
                checking = true;
                return enter(BackupStep::CheckingDatabase);
            }
            return true;
        });
}

Status BackupJob::restoreOffice()
{
    const Error cancelled {ErrorKind::BadInput,
        QCoreApplication::translate("OfficeBackup", "Cancelled; nothing was restored.")};
    if (!m_sourceKey)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeBackup", "The office backup cannot be opened without the office key.")};
    if (!enter(BackupStep::CheckingBackup))
        return cancelled;
    // A database just made with createdb gets TrustDesk's schema here, as `trustdesk-cli restore`
    // does; the flow has already seen that it holds no data (OfficeRestoreTarget).
    auto opened = m_session.open(Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    bool writing = false;
    const Status restored = OfficeBackup::restore(
        db, m_file, *m_sourceKey, currentActor(), [this, &writing](qint64 done, qint64 total) {
            if (isReplacing())
                return true;
            if (!writing) { // the file checked out; the rows come next
                writing = true;
                if (!enter(BackupStep::WritingRows))
                    return false;
            }
            if (!report(done, total))
                return false;
            // The commit follows: from here a cancel cannot win (enter decides, once).
            return done < total || enter(BackupStep::Committing);
        });
    if (!restored)
        return restored.error();
    if (auto summary = BackupSummary::of(db))
        m_summary = summary.value();
    return {};
}

} // namespace td
