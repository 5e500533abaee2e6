#include "evidencepreviewdialog.h"

#include "common/sandbox.h"

#include "common/displayformat.h"
#include "common/officeprofile.h"
#include "evidence/evidencelabels.h"
#include "evidence/evidencenames.h"
#include "evidencedialogs.h"
#include "models/evidencelistmodel.h"
#include "print/evidencethumbnails.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace td::ui {

namespace {

enum Page
{
    ImagePage,
    PdfPage,
    TextPage,
    OtherPage
};

QScrollArea *imageScrollArea(
    QWidget *parent, const QString &name, QLabel **label, const QString &labelName)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(name);
    area->setAlignment(Qt::AlignCenter);
    area->setBackgroundRole(QPalette::Dark);
    area->setWidgetResizable(false);
    *label = new QLabel(area);
    (*label)->setObjectName(labelName);
    (*label)->setAlignment(Qt::AlignCenter);
    area->setWidget(*label);
    return area;
}

} // namespace

EvidencePreviewDialog::Kind EvidencePreviewDialog::kindFor(const QString &mediaType)
{
    const QString type = mediaType.trimmed().toLower();
    if (type.startsWith(QLatin1String("image/")))
        return Kind::Image;
    if (type == QLatin1String("application/pdf") || type == QLatin1String("application/x-pdf"))
        return Kind::Pdf;
    if (type.startsWith(QLatin1String("text/")))
        return Kind::Text;
    return Kind::Other;
}

qint64 EvidencePreviewDialog::bytesToKeep(const QString &mediaType, qint64 sizeBytes)
{
    switch (kindFor(mediaType)) {
    case Kind::Image:
    case Kind::Pdf:
        return sizeBytes <= maxPreviewBytes ? sizeBytes : 0;
    case Kind::Text:
        return maxTextBytes + 1;
    case Kind::Other:
        break;
    }
    return 0;
}

EvidencePreviewDialog::EvidencePreviewDialog(
    const StoredEvidence &evidence, const OpenedEvidence &opened, QWidget *parent)
    : QDialog(parent)
    , m_evidence(evidence)
    , m_opened(opened)
    , m_kind(kindFor(evidence.item.mediaType))
{
    setObjectName(QStringLiteral("evidencePreviewDialog"));
    const QString name = EvidenceNames::displayName(m_evidence.item.originalName);
    setWindowTitle(tr("Evidence: %1").arg(name));
    resize(900, 700);

    m_nameLabel = new QLabel(name, this);
    m_nameLabel->setObjectName(QStringLiteral("evidenceNameLabel"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("previewMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("previewStackedWidget"));

    // Image page.
    auto *imagePage = new QWidget(m_stack);
    m_imageArea = imageScrollArea(
        imagePage, QStringLiteral("imageScrollArea"), &m_imageLabel, QStringLiteral("imageLabel"));
    m_fitButton = new QPushButton(tr("Fit"), imagePage);
    m_fitButton->setObjectName(QStringLiteral("fitPushButton"));
    m_fitButton->setCheckable(true);
    m_fitButton->setChecked(true);
    m_actualSizeButton = new QPushButton(tr("100%"), imagePage);
    m_actualSizeButton->setObjectName(QStringLiteral("actualSizePushButton"));
    m_actualSizeButton->setCheckable(true);
    auto *zoomGroup = new QButtonGroup(imagePage);
    zoomGroup->setExclusive(true);
    zoomGroup->addButton(m_fitButton);
    zoomGroup->addButton(m_actualSizeButton);
    auto *zoomRow = new QHBoxLayout;
    zoomRow->addWidget(m_fitButton);
    zoomRow->addWidget(m_actualSizeButton);
    zoomRow->addStretch(1);
    auto *imageLayout = new QVBoxLayout(imagePage);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->addLayout(zoomRow);
    imageLayout->addWidget(m_imageArea, 1);
    connect(m_fitButton, &QPushButton::clicked, this, [this] {
        m_fit = true;
        updateImageZoom();
    });
    connect(m_actualSizeButton, &QPushButton::clicked, this, [this] {
        m_fit = false;
        updateImageZoom();
    });
    m_imageArea->viewport()->installEventFilter(this);
    m_stack->insertWidget(ImagePage, imagePage);

    // PDF page.
    auto *pdfPage = new QWidget(m_stack);
    m_pageArea = imageScrollArea(pdfPage, QStringLiteral("pdfScrollArea"), &m_pageImageLabel,
        QStringLiteral("pdfPageLabel"));
    m_previousButton = new QPushButton(tr("Previous Page"), pdfPage);
    m_previousButton->setObjectName(QStringLiteral("previousPagePushButton"));
    m_nextButton = new QPushButton(tr("Next Page"), pdfPage);
    m_nextButton->setObjectName(QStringLiteral("nextPagePushButton"));
    m_pageNumberLabel = new QLabel(pdfPage);
    m_pageNumberLabel->setObjectName(QStringLiteral("pageNumberLabel"));
    m_busy = new QProgressBar(pdfPage);
    m_busy->setObjectName(QStringLiteral("renderBusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_previousButton);
    pageRow->addWidget(m_pageNumberLabel);
    pageRow->addWidget(m_nextButton);
    pageRow->addWidget(m_busy);
    pageRow->addStretch(1);
    auto *pdfLayout = new QVBoxLayout(pdfPage);
    pdfLayout->setContentsMargins(0, 0, 0, 0);
    pdfLayout->addLayout(pageRow);
    pdfLayout->addWidget(m_pageArea, 1);
    connect(m_previousButton, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    m_stack->insertWidget(PdfPage, pdfPage);

    // Text page.
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("textPlainTextEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_stack->insertWidget(TextPage, m_text);

    // Anything else: the metadata below says it all.
    auto *otherLabel = new QLabel(m_stack);
    otherLabel->setObjectName(QStringLiteral("noPreviewLabel"));
    otherLabel->setWordWrap(true);
    otherLabel->setAlignment(Qt::AlignCenter);
    const QString type = m_evidence.item.mediaType.toLower();
    const bool media
        = type.startsWith(QLatin1String("audio/")) || type.startsWith(QLatin1String("video/"));
    otherLabel->setText(media
            ? tr("Audio and video are not played inside TrustDesk. Use Open with System Player.")
            : tr("TrustDesk cannot show this kind of file. Use Open with System Viewer."));
    m_stack->insertWidget(OtherPage, otherLabel);

    m_metadataLabel = new QLabel(this);
    m_metadataLabel->setObjectName(QStringLiteral("metadataLabel"));
    m_metadataLabel->setTextFormat(Qt::PlainText);
    m_metadataLabel->setWordWrap(true);
    m_metadataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadataLabel->setText(metadataText());

    m_openExternallyButton = new QPushButton(
        media ? tr("Open with System Player") : tr("Open with System Viewer"), this);
    m_openExternallyButton->setObjectName(QStringLiteral("openExternallyPushButton"));
    m_openExternallyButton->setToolTip(
        tr("Hand the checked file to the system's own viewer or player."));
    if (m_opened.path.isEmpty()) {
        // A vault's or an office server's evidence exists decrypted only in this process's
        // memory: a system viewer would need a decrypted copy on disk.
        m_openExternallyButton->setEnabled(false);
        m_openExternallyButton->setToolTip(m_opened.inServer
                ? tr("Evidence on the office server is encrypted with the office key and is "
                     "never written out decrypted on this computer. Export it "
                     "(trustdesk-cli evidence-export) to open it in another program.")
                : tr("This database is encrypted, so its evidence is never written out "
                     "decrypted. Export the case's evidence to a folder to open it in another "
                     "program."));
    }
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    connect(m_openExternallyButton, &QPushButton::clicked, this,
        [this] { EvidenceDialogs::openExternally(this, m_opened.path); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openExternallyButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_metadataLabel);
    layout->addLayout(buttons);

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(renderTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, &EvidencePreviewDialog::toolTimedOut);

    switch (m_kind) {
    case Kind::Image:
        showImage();
        break;
    case Kind::Pdf:
        showPdf();
        break;
    case Kind::Text:
        showText();
        break;
    case Kind::Other:
        showOther();
        break;
    }
}

EvidencePreviewDialog::~EvidencePreviewDialog()
{
    stopTool();
}

QString EvidencePreviewDialog::metadataText() const
{
    const auto &i = m_evidence.item;
    QStringList lines {tr("Name: %1").arg(EvidenceNames::displayName(i.originalName)),
        tr("Type: %1").arg(i.mediaType.isEmpty() ? tr("unknown") : i.mediaType),
        tr("Size: %1 (%2 bytes)").arg(EvidenceListModel::displaySize(i.sizeBytes)).arg(i.sizeBytes),
        tr("SHA-256: %1").arg(i.sha256)};
    if (i.capturedAt.isValid())
        lines.append(EvidenceLabels::capturedSentence(
            displayDateTime(i.capturedAt, OfficeProfile::current().timeZone()), i.capturedOrigin,
            i.mediaType));
    if (!i.source.isEmpty())
        lines.append(tr("Source: %1").arg(i.source));
    return lines.join(QLatin1Char('\n'));
}

void EvidencePreviewDialog::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void EvidencePreviewDialog::showOther()
{
    m_stack->setCurrentIndex(OtherPage);
}

void EvidencePreviewDialog::showImage()
{
    m_stack->setCurrentIndex(ImagePage);
    // Decoded at most maxImageSide on a side, never through a link, within Qt's allocation limit.
    if (m_opened.complete)
        m_image = EvidenceThumbnails::decode(m_opened.content, QSize(maxImageSide, maxImageSide));
    if (m_image.isNull()) {
        showMessage(tr("This image could not be shown: it may be damaged, in a format TrustDesk "
                       "cannot read, or too large to decode safely."));
        m_fitButton->setEnabled(false);
        m_actualSizeButton->setEnabled(false);
        return;
    }
    updateImageZoom();
}

void EvidencePreviewDialog::updateImageZoom()
{
    if (m_image.isNull())
        return;
    m_fitButton->setChecked(m_fit);
    m_actualSizeButton->setChecked(!m_fit);
    QPixmap pixmap = QPixmap::fromImage(m_image);
    if (m_fit) {
        const QSize room = m_imageArea->maximumViewportSize();
        if (room.isValid() && !room.isEmpty()
            && (pixmap.width() > room.width() || pixmap.height() > room.height()))
            pixmap = pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_imageLabel->setPixmap(pixmap);
    m_imageLabel->resize(pixmap.size());
}

bool EvidencePreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Fit follows the room the scroll area has, once laid out and whenever it changes.
    if (watched == m_imageArea->viewport() && event->type() == QEvent::Resize && m_fit)
        updateImageZoom();
    return QDialog::eventFilter(watched, event);
}

void EvidencePreviewDialog::showText()
{
    m_stack->setCurrentIndex(TextPage);
    const QByteArray &bytes = m_opened.content;
    const bool truncated = bytes.size() > maxTextBytes;
    // Invalid UTF-8 becomes U+FFFD (the replacement character), never an error.
    m_text->setPlainText(QString::fromUtf8(bytes.left(maxTextBytes)));
    if (truncated)
        showMessage(tr("Only the first %1 are shown. Open with System Viewer to see all of it.")
                        .arg(EvidenceListModel::displaySize(maxTextBytes)));
}

namespace {

QString pdftoppmPath()
{
    return QStringLiteral("/usr/bin/pdftoppm");
}

QString pdfinfoPath()
{
    return QStringLiteral("/usr/bin/pdfinfo");
}

} // namespace

void EvidencePreviewDialog::showPdf()
{
    m_stack->setCurrentIndex(PdfPage);
    updatePageControls();
    // Found by absolute path (never through $PATH), run only inside the sandbox.
    if (!QFileInfo(pdftoppmPath()).isExecutable() || !QFileInfo(pdfinfoPath()).isExecutable()) {
        pdfFailed(tr("PDF pages cannot be shown here because poppler's pdftoppm and pdfinfo are "
                     "not installed (package poppler-utils). Export the file to open it in "
                     "another program."));
        return;
    }
    if (!Sandbox::available()) {
        pdfFailed(tr("PDF pages cannot be shown here because the PDF cannot be opened safely: "
                     "bubblewrap (package bubblewrap) is needed to keep the file away from your "
                     "other files."));
        return;
    }
    if (!m_opened.complete) {
        pdfFailed(tr("This PDF is too large to be shown here. Export it to open it in another "
                     "program."));
        return;
    }
    m_step = Step::Info;
    startTool(pdfinfoPath(), {QStringLiteral("-")});
}

void EvidencePreviewDialog::showPage(int page)
{
    if (m_pageCount <= 0 || page < 1 || page > m_pageCount || m_process)
        return;
    m_page = page;
    m_step = Step::Render;
    const QString number = QString::number(page);
    // "-" reads the PDF from standard input; without an output prefix the PNG of the one page
    // comes back on standard output.
    startTool(pdftoppmPath(),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
            number, QStringLiteral("-l"), number, QStringLiteral("-")});
    updatePageControls();
}

void EvidencePreviewDialog::startTool(const QString &program, const QStringList &arguments)
{
    // The PDF is untrusted: parse it only in a child process in the sandbox (no network, none of
    // the caseworker's files, not even the database), under an address-space limit. It reads
    // the PDF from standard input and writes pages to standard output.
    const auto command = Sandbox::isolated(program, arguments,
        Sandbox::Access {.readOnly = {}, .writable = {}, .addressSpaceBytes = renderMemoryBytes});
    if (!command) {
        pdfFailed(tr("PDF pages cannot be shown here because the PDF cannot be opened safely."));
        return;
    }
    const QString launcher = command->program;
    const QStringList launcherArguments = command->arguments;
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process = process;
    // The PDF goes in through a pipe, from memory: no decrypted copy is ever written to disk.
    connect(process, &QProcess::started, this, [this, process] {
        if (process != m_process)
            return;
        process->write(m_opened.content);
        process->closeWriteChannel();
    });
    connect(process, &QProcess::finished, this, &EvidencePreviewDialog::toolFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return;
        stopTool();
        pdfFailed(tr("The PDF renderer could not be started. Use Open with System Viewer."));
    });
    m_busy->show();
    m_timeout->start();
    process->start(launcher, launcherArguments);
}

void EvidencePreviewDialog::stopTool()
{
    if (m_timeout)
        m_timeout->stop();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(3000);
        }
        process->deleteLater(); // may be inside one of its own signals
    }
    if (m_busy)
        m_busy->hide();
}

void EvidencePreviewDialog::toolTimedOut()
{
    if (!m_process)
        return;
    stopTool();
    pdfFailed(tr("Showing this PDF took longer than %n second(s) and was stopped. It may be "
                 "damaged or built to overload a viewer; "
                 "use Open with System Viewer if you trust it.",
        nullptr, renderTimeoutMs / 1000));
}

void EvidencePreviewDialog::toolFinished(int exitCode, QProcess::ExitStatus status)
{
    QProcess *process = m_process;
    if (!process)
        return;
    const QByteArray output = process->readAllStandardOutput();
    m_timeout->stop();
    m_process = nullptr;
    process->deleteLater();
    m_busy->hide();

    if (status != QProcess::NormalExit || exitCode != 0) {
        pdfFailed(tr("This PDF could not be shown: it may be damaged, not really a PDF, or need "
                     "more memory than a preview may use. "
                     "Use Open with System Viewer if you trust it."));
        return;
    }

    if (m_step == Step::Info) {
        static const QRegularExpression pages(
            QStringLiteral("^Pages:\\s*(\\d+)\\s*$"), QRegularExpression::MultilineOption);
        const auto match = pages.match(QString::fromUtf8(output));
        const int count = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (count <= 0) {
            pdfFailed(tr("This PDF could not be shown: it has no pages TrustDesk can read. Use "
                         "Open with System Viewer if you trust it."));
            return;
        }
        m_pageCount = count;
        m_step = Step::None;
        showPage(1);
        return;
    }

    m_step = Step::None;
    const QImage image
        = EvidenceThumbnails::decode(output, QSize(4 * maxImageSide, 4 * maxImageSide));
    if (image.isNull()) {
        m_pageImageLabel->clear();
        showMessage(tr("Page %1 of this PDF could not be shown.").arg(m_page));
    } else {
        showMessage({});
        const QPixmap pixmap = QPixmap::fromImage(image);
        m_pageImageLabel->setPixmap(pixmap);
        m_pageImageLabel->resize(pixmap.size());
    }
    updatePageControls();
}

void EvidencePreviewDialog::pdfFailed(const QString &message)
{
    m_step = Step::None;
    m_pageImageLabel->clear();
    showMessage(message);
    updatePageControls();
}

void EvidencePreviewDialog::updatePageControls()
{
    const bool busy = m_process != nullptr;
    m_previousButton->setEnabled(!busy && m_pageCount > 0 && m_page > 1);
    m_nextButton->setEnabled(!busy && m_pageCount > 0 && m_page < m_pageCount);
    m_pageNumberLabel->setText(
        m_pageCount > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_pageCount) : QString());
}

} // namespace td::ui
