#pragma once

#include "domain/redactionpolicy.h"
#include "storage/casequery.h"
#include "storage/databasesession.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace td {

class CaseRepository;
class Database;

/// Writes a case list to a CSV file (CaseListCsv) or an Excel workbook (CaseListXlsx) off the UI
/// thread, on a connection of its own opened in its thread. The file is owner-only and appears
/// only complete; cancelled or failed, nothing is left.
class CaseListExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListExportJob)

public:
    enum class Format
    {
        Csv,
        Xlsx,
    };

    CaseListExportJob(DatabaseSession session, QString actor, CaseQuery query,
        RedactionPolicy policy, QString path, Format format = Format::Csv);

    /// The format a file name asks for: .xlsx (any case) is a workbook, anything else CSV.
    static Format formatFor(const QString &path);

    /// Moves the job to a new thread and runs it there; the thread quits after finished(). The
    /// caller owns both: once finished() arrived, wait() on the thread, then delete both.
    QThread *start();
    /// Thread-safe: stops at the next batch of rows.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    /// How many cases were written, once finished(true) arrived.
    qsizetype written() const { return m_written; }

public slots:
    void run();

signals:
    void progress(qint64 done, qint64 total);
    /// `message` says what went wrong, for people; empty when `ok`.
    void finished(bool ok, const QString &message);

private:
    /// Empty when written; else what went wrong, for people.
    QString writeCsv(Database &db, CaseRepository &repository,
        const std::function<bool(qsizetype, qsizetype)> &progress);

    DatabaseSession m_session;
    QString m_actor;
    CaseQuery m_query;
    RedactionPolicy m_policy;
    QString m_path;
    Format m_format;
    std::atomic<bool> m_cancelled = false;
    qsizetype m_written = 0;
};

} // namespace td
