#pragma once

#include "common/result.h"
#include "domain/generatedreport.h"
#include "pagedpdfwriter.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace td {

/// A document TrustDesk prints (the complaint submission, the client copy): the base owns the
/// page frame (paper, running header and footer, direction), the fonts, and writing the PDF or
/// printing; a document supplies its frame and its content. Reentrant: a document can be built and
/// written in a worker thread (QTextDocument and QPdfWriter are; nothing here uses QPixmap), as
/// long as no two threads use one instance at once.
class PrintableDocument
{
public:
    virtual ~PrintableDocument();

    /// Fills `document`: default font, the content, and the title. Needs a QGuiApplication.
    void build(QTextDocument &document) const;
    /// Header, footer, paper, direction and fonts of every page.
    PagedPdfWriter::Page page() const;
    /// The font families, first choice first, for the document's script.
    QStringList families() const;
    /// Writes the PDF (0600, atomically) and returns its SHA-256 in lowercase hex. `progress`
    /// (called on this thread) sees each page and may stop the writing: then nothing is written.
    Result<QString> writePdf(
        const QString &path, const PagedPdfWriter::Progress &progress = {}) const;
    /// Prints on a paged device (a printer or print preview), keeping the device's paper.
    Status print(QPagedPaintDevice &device, const PagedPdfWriter::Progress &progress = {}) const;
    /// What the case records about this document once written as a PDF with the given SHA-256
    /// (empty: printed on paper).
    virtual GeneratedReport record(const QString &sha256) const = 0;

protected:
    /// What frames every page, and the document's metadata.
    struct Frame
    {
        QPageSize paper = QPageSize(QPageSize::Letter);
        QString title; ///< the PDF's and the QTextDocument's title
        QString headerLeft;
        QString headerRight;
        QString footerLeft;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        /// The language whose script the fonts must cover first ("zh_TW" prefers Traditional).
        QString scriptLanguage;
        qreal pointSize = 10.0;
        /// Said when printing fails ("The complaint could not be printed.").
        QString printFailed;
    };

    PrintableDocument() = default;
    PrintableDocument(const PrintableDocument &) = default;
    PrintableDocument &operator=(const PrintableDocument &) = default;

    virtual Frame frame() const = 0;
    /// Adds the content to `document`, whose default font is already set.
    virtual void fill(QTextDocument &document) const = 0;
};

} // namespace td
