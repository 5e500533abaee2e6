#include "pdfjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace td {

PdfJob::PdfJob(std::shared_ptr<const PrintableDocument> document, QString path, QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_path(std::move(path))
{ }

PdfJob::~PdfJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void PdfJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        m_result = m_document->writePdf(m_path, [this](int done, int total) {
            emit progress(done, total);
            return !m_cancel.load();
        });
    });
    m_thread->setObjectName(QStringLiteral("PdfJob"));
    connect(m_thread, &QThread::finished, this, &PdfJob::finished);
    m_thread->start();
}

void PdfJob::cancel()
{
    m_cancel.store(true);
}

bool PdfJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

Result<QString> PdfJob::result() const
{
    if (m_result)
        return *m_result;
    return Error {ErrorKind::Io,
        QCoreApplication::translate("PdfJob", "\"%1\" was not written.")
            .arg(QFileInfo(m_path).fileName())};
}

} // namespace td
