#pragma once

#include "evidence/evidencestore.h"
#include "evidence/storedevidence.h"

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QProcess>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace td::ui {

/// Shows one checked evidence file inside TrustDesk, from the bytes the check kept in memory
/// (EvidenceStore::open): images decoded at a bounded size (fit or 100%), PDFs page by page as
/// PNGs rendered out of process by poppler's pdftoppm under a time and memory limit (an evidence
/// PDF is untrusted and is never parsed in this process; it goes to pdfinfo and pdftoppm through
/// a pipe on their standard input and the page comes back on standard output, so no file is
/// written), text as text, and for audio, video and anything else its metadata. "Open with
/// System Viewer" hands the file of a plaintext store to the system (through
/// EvidenceDialogs::openExternally); a vault's file is never written out decrypted, so there it
/// is off and says to export instead.
class EvidencePreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePreviewDialog)

public:
    enum class Kind
    {
        Image,
        Pdf,
        Text,
        Other
    };

    /// `opened` holds the checked bytes of `evidence` (as many as bytesToKeep asked for).
    EvidencePreviewDialog(
        const StoredEvidence &evidence, const OpenedEvidence &opened, QWidget *parent = nullptr);
    ~EvidencePreviewDialog() override;

    Kind kind() const { return m_kind; }
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    bool isRendering() const { return m_process != nullptr; }

    static Kind kindFor(const QString &mediaType);
    /// How many bytes of a file of this type and size the preview needs in memory.
    static qint64 bytesToKeep(const QString &mediaType, qint64 sizeBytes);
    /// Limits of the out-of-process PDF renderer.
    static constexpr int renderTimeoutMs = 15000;
    static constexpr qint64 renderMemoryBytes = qint64(1) << 30;
    static constexpr qint64 maxTextBytes = 2 * 1024 * 1024;
    static constexpr int maxImageSide = 2000;
    /// Images and PDFs larger than this are not previewed (they would be held in memory).
    static constexpr qint64 maxPreviewBytes = 256 * 1024 * 1024;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showImage();
    void showText();
    void showPdf();
    void showOther();
    void updateImageZoom();
    void showPage(int page);
    void startTool(const QString &program, const QStringList &arguments);
    void toolFinished(int exitCode, QProcess::ExitStatus status);
    void toolTimedOut();
    void stopTool();
    void pdfFailed(const QString &message);
    void updatePageControls();
    void showMessage(const QString &text);
    QString metadataText() const;

    enum class Step
    {
        None,
        Info,
        Render
    };

    StoredEvidence m_evidence;
    OpenedEvidence m_opened;
    Kind m_kind = Kind::Other;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_metadataLabel = nullptr;
    QPushButton *m_openExternallyButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    // Image.
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_imageLabel = nullptr;
    QPushButton *m_fitButton = nullptr;
    QPushButton *m_actualSizeButton = nullptr;
    QImage m_image;
    bool m_fit = true;

    // PDF.
    QScrollArea *m_pageArea = nullptr;
    QLabel *m_pageImageLabel = nullptr;
    QLabel *m_pageNumberLabel = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QPointer<QProcess> m_process;
    QTimer *m_timeout = nullptr;
    Step m_step = Step::None;
    int m_pageCount = 0;
    int m_page = 0;

    // Text.
    QPlainTextEdit *m_text = nullptr;
};

} // namespace td::ui
