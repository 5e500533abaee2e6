#include "caselistexportjob.h"

#include "common/jobthread.h"

#include "caselistcsv.h"
#include "caselistxlsx.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace td {

CaseListExportJob::CaseListExportJob(DatabaseSession session, QString actor, CaseQuery query,
    RedactionPolicy policy, QString path, Format format)
    : m_session(std::move(session))
    , m_actor(std::move(actor))
    , m_query(std::move(query))
    , m_policy(std::move(policy))
    , m_path(std::move(path))
    , m_format(format)
{ }

CaseListExportJob::Format CaseListExportJob::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
        ? Format::Xlsx
        : Format::Csv;
}

QThread *CaseListExportJob::start()
{
    return startJobThread(this, QStringLiteral("case-list-export"));
}

QString CaseListExportJob::writeCsv(Database &db, CaseRepository &repository,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("CaseListExportJob", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(m_path), out.errorString());
    // Owner-only before a single byte of case data is written.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto written = CaseListCsv(db, repository)
                       .write(out, m_query, m_policy, CaseListCsv::Headers::Labels, progress);
    if (!written) {
        out.cancelWriting();
        return written.error().message;
    }
    if (!out.commit())
        return QCoreApplication::translate("CaseListExportJob", "Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(m_path), out.errorString());
    m_written = written.value();
    return {};
}

void CaseListExportJob::run()
{
    const auto fail = [this](const QString &message) { emit finished(false, message); };
    QString message;
    {
        // The connection is opened and closed in this thread, before finished() is sent.
        auto opened = m_session.open(Database::OpenMode::ExistingOnly);
        if (!opened)
            return fail(opened.error().message);
        CaseRepository repository(**opened, m_actor);
        const auto progress = [this](qsizetype done, qsizetype total) {
            emit this->progress(done, total);
            return !m_cancelled.load();
        };
        if (m_format == Format::Xlsx) {
            auto written
                = CaseListXlsx(**opened, repository)
                      .write(m_path, m_query, m_policy, CaseListXlsx::Headers::Labels, progress);
            if (written)
                m_written = written.value();
            else
                message = written.error().message;
        } else {
            message = writeCsv(**opened, repository, progress);
        }
    }
    if (!message.isEmpty())
        return fail(message);
    emit finished(true, QString());
}

} // namespace td
