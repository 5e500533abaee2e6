#include "caselistexportjob.h"

#include "caselistcsv.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace td {

CaseListExportJob::CaseListExportJob(
    DatabaseSession session, QString actor, CaseQuery query, RedactionPolicy policy, QString path)
    : m_session(std::move(session))
    , m_actor(std::move(actor))
    , m_query(std::move(query))
    , m_policy(std::move(policy))
    , m_path(std::move(path))
{ }

QThread *CaseListExportJob::start()
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("case-list-export"));
    moveToThread(thread);
    connect(thread, &QThread::started, this, &CaseListExportJob::run);
    // Direct: quit() is thread-safe, and the owner may be blocked in wait() on the UI thread.
    connect(this, &CaseListExportJob::finished, thread, &QThread::quit, Qt::DirectConnection);
    thread->start();
    return thread;
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
        QSaveFile out(m_path);
        if (!out.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("CaseListExportJob", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), out.errorString()));
        // Owner-only before a single byte of case data is written.
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto written = CaseListCsv(**opened, repository)
                           .write(out, m_query, m_policy, CaseListCsv::Headers::Labels,
                               [this](qsizetype done, qsizetype total) {
                                   emit progress(done, total);
                                   return !m_cancelled.load();
                               });
        if (!written) {
            out.cancelWriting();
            message = written.error().message;
        } else if (!out.commit()) {
            message = QCoreApplication::translate("CaseListExportJob", "Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), out.errorString());
        } else {
            m_written = written.value();
        }
    }
    if (!message.isEmpty())
        return fail(message);
    emit finished(true, QString());
}

} // namespace td
