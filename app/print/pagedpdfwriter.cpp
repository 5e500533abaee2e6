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

namespace td {
namespace {

constexpr qreal kMarginMm = 18.0;
constexpr qreal kBandMm = 9.0; // header and footer bands inside the margin
constexpr qreal kKeepWithNextMm = 20.0; // a heading needs this much room below it on its page

qreal mmToDevice(qreal mm, const QPagedPaintDevice &device)
{
    return mm / 25.4 * device.logicalDpiY();
}

// Marks the page breaks keepHeadingsWithNext added, so painting again (another paper size in a
// print preview) starts from the document's own breaks.
constexpr int kAddedBreakProperty = QTextFormat::UserProperty + 0x7d01;

/// A heading left at the foot of a page, its text on the next, reads badly: move such headings
/// (and what follows them) to the next page. QTextDocument has no "keep with next", so this runs
/// on the laid-out document; each move re-lays out only from that heading on.
void keepHeadingsWithNext(QTextDocument &document, qreal pageHeight, qreal minimumRoom)
{
    // Qt 6.4 re-lays out only part of what follows a block whose format changed, and can leave
    // later blocks with no layout at all, which then never print (the declaration vanished from
    // some complaints): after each change, lay out everything from the block on again.
    auto setFormat = [&document](const QTextBlock &block, const QTextBlockFormat &format) {
        QTextCursor(block).setBlockFormat(format);
        document.markContentsDirty(block.position(), document.characterCount() - block.position());
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.boolProperty(kAddedBreakProperty)) {
            format.setPageBreakPolicy(
                format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
            format.clearProperty(kAddedBreakProperty);
            setFormat(block, format);
        }
    }
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0
            || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
        if (rect.top() - pageTop < 1.0) // already at the top of a page
            continue;
        if (pageTop + pageHeight - rect.bottom() < minimumRoom) {
            format.setPageBreakPolicy(
                format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            format.setProperty(kAddedBreakProperty, true);
            setFormat(block, format);
        }
    }
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
    keepHeadingsWithNext(document, body.height(), mmToDevice(kKeepWithNextMm, device));
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
