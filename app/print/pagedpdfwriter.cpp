#include "pagedpdfwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>
#include <vector>

namespace td {
namespace {

constexpr qreal kMarginMm = 18.0;
constexpr qreal kBandMm = 9.0; // header and footer bands inside the margin
constexpr qreal kKeepWithNextMm = 20.0; // a heading needs this much room below it on its page
// A section at most this share of a page long is never split over two pages.
constexpr qreal kKeepTogetherPages = 0.4;

qreal mmToDevice(qreal mm, const QPagedPaintDevice &device)
{
    return mm / 25.4 * device.logicalDpiY();
}

// Marks the page breaks keepTogether added, so painting again (another paper size in a
// print preview) starts from the document's own breaks.
constexpr int kAddedBreakProperty = QTextFormat::UserProperty + 0x7d01;

// Qt 6.4 re-lays out only part of what follows a block whose format changed, and can leave
// later blocks with no layout at all, which then never print (the declaration vanished from some
// complaints): after each change, lay out everything from the block on again.
void setFormat(QTextDocument &document, const QTextBlock &block, const QTextBlockFormat &format)
{
    QTextCursor(block).setBlockFormat(format);
    document.markContentsDirty(block.position(), document.characterCount() - block.position());
}

void addBreakBefore(QTextDocument &document, const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    format.setProperty(kAddedBreakProperty, true);
    setFormat(document, block, format);
}

/// Takes back the breaks an earlier paint added; returns the headings, in order.
std::vector<QTextBlock> clearAddedBreaks(QTextDocument &document)
{
    std::vector<QTextBlock> headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.boolProperty(kAddedBreakProperty)) {
            format.setPageBreakPolicy(
                format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
            format.clearProperty(kAddedBreakProperty);
            setFormat(document, block, format);
        }
        if (format.headingLevel() > 0)
            headings.push_back(block);
    }
    return headings;
}

struct Pagination
{
    QTextDocument &document;
    qreal pageHeight;
    qreal minimumRoom;

    qreal page(qreal y) const { return std::floor(y / pageHeight); }
    bool atPageTop(qreal y) const { return y - page(y) * pageHeight < 1.0; }
    bool splits(qreal top, qreal bottom) const
    {
        return bottom - top <= kKeepTogetherPages * pageHeight && page(bottom - 1.0) > page(top);
    }

    /// A heading left at the foot of a page, its text on the next, reads badly; so does a short
    /// section (a declaration with its signature lines) split over two pages. Either starts a
    /// page of its own.
    void keepSections(const std::vector<QTextBlock> &headings)
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        for (std::size_t i = 0; i < headings.size(); ++i) {
            const QTextBlock &block = headings[i];
            if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            if (atPageTop(rect.top()))
                continue;
            const qreal sectionEnd = i + 1 < headings.size()
                ? layout->blockBoundingRect(headings[i + 1]).top()
                : layout->documentSize().height();
            const bool stranded = (page(rect.top()) + 1) * pageHeight - rect.bottom() < minimumRoom;
            if (stranded || splits(rect.top(), sectionEnd))
                addBreakBefore(document, block);
        }
    }
};

/// QTextDocument has no "keep with next" or "keep together", so this runs on the laid-out
/// document; each move re-lays out only from the moved block on. (Table rows are left to Qt:
/// a break before a cell's first block makes Qt's table layout drop the row page after page.)
void keepTogether(QTextDocument &document, qreal pageHeight, qreal minimumRoom)
{
    const std::vector<QTextBlock> headings = clearAddedBreaks(document);
    Pagination pagination {document, pageHeight, minimumRoom};
    pagination.keepSections(headings);
}

} // namespace

int PagedPdfWriter::paint(
    QTextDocument &document, const Page &page, QPagedPaintDevice &device, const Progress &progress)
{
    device.setPageSize(page.size);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QRectF full(0, 0, device.width(), device.height());
    const qreal margin = mmToDevice(kMarginMm, device);
    const qreal band = mmToDevice(kBandMm, device);
    const QRectF body = full.adjusted(margin, margin + band, -margin, -(margin + band));

    // Lay the document out at the body's size in device units, so pagination is exact.
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body.size());
    QTextFrameFormat rootFormat = document.rootFrame()->frameFormat();
    rootFormat.setMargin(0);
    document.rootFrame()->setFrameFormat(rootFormat);
    keepTogether(document, body.height(), mmToDevice(kKeepWithNextMm, device));
    const int pages = document.pageCount();
    if (progress && !progress(0, pages))
        return -1;

    QPainter painter(&device);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont small;
    small.setFamilies(
        page.fontFamilies.isEmpty() ? QStringList {page.fontFamily} : page.fontFamilies);
    small.setPixelSize(int(mmToDevice(3.0, device)));
    const Qt::AlignmentFlag leading
        = page.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::AlignmentFlag trailing
        = page.direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF header(margin, margin, full.width() - 2 * margin, band * 0.8);
        painter.drawText(header, leading | Qt::AlignVCenter, page.headerLeft);
        painter.drawText(header, trailing | Qt::AlignVCenter, page.headerRight);
        painter.drawLine(QPointF(margin, margin + band * 0.85),
            QPointF(full.width() - margin, margin + band * 0.85));
        const QRectF footer(
            margin, full.height() - margin - band * 0.8, full.width() - 2 * margin, band * 0.8);
        painter.drawLine(
            QPointF(margin, footer.top()), QPointF(full.width() - margin, footer.top()));
        painter.drawText(footer, leading | Qt::AlignVCenter, page.footerLeft);
        painter.drawText(footer, trailing | Qt::AlignVCenter,
            QCoreApplication::translate("PagedPdfWriter", "Page %1 of %2").arg(i + 1).arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (progress && !progress(i + 1, pages))
            return -1;
    }
    return pages;
}

Status PagedPdfWriter::writePdf(QTextDocument &document, const Page &page, const QString &path,
    const QString &title, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("PagedPdfWriter", "\"%1\" could not be written: %2")
                .arg(QFileInfo(path).fileName(), file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("TrustDesk"));
        if (paint(document, page, writer, progress) < 0) {
            file.cancelWriting();
            return Error {ErrorKind::Io,
                QCoreApplication::translate("PagedPdfWriter", "Stopped: \"%1\" was not written.")
                    .arg(QFileInfo(path).fileName())};
        }
    }
    if (!file.commit())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("PagedPdfWriter", "\"%1\" could not be written: %2")
                .arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}

} // namespace td
