#pragma once

#include "common/result.h"
#include "printabledocument.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace td {

/// Writes one printable document to a PDF on a worker thread, so the window stays responsive
/// while a report with many photos is laid out and painted. Reports each page; cancel() stops at
/// the next page and then nothing is written. The document must not be used elsewhere while the
/// job runs. Destroying a running job cancels it and waits for the worker.
class PdfJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfJob)

public:
    PdfJob(
        std::shared_ptr<const PrintableDocument> document, QString path, QObject *parent = nullptr);
    ~PdfJob() override;

    void start();
    /// Thread-safe; the job stops at the next page.
    void cancel();
    bool isRunning() const;
    bool cancelRequested() const { return m_cancel.load(); }
    QString path() const { return m_path; }
    const PrintableDocument &document() const { return *m_document; }
    /// After finished(): the PDF's SHA-256, or why it was not written.
    Result<QString> result() const;

signals:
    /// `done` pages of `total` painted (0 of N once laid out). Emitted from the worker; delivered
    /// queued to receivers on other threads.
    void progress(int done, int total);
    /// On the job's thread, after the worker has stopped.
    void finished();

private:
    std::shared_ptr<const PrintableDocument> m_document;
    QString m_path;
    std::atomic_bool m_cancel {false};
    QThread *m_thread = nullptr;
    std::optional<Result<QString>> m_result; ///< written by the worker before it ends
};

} // namespace td
