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
#include <QTextTable>

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

// Marks the bottom padding keepRows added to the cells of a table row (its value: how much).
constexpr int kAddedPaddingProperty = QTextFormat::UserProperty + 0x7d02;
// Whether that cell had a bottom padding of its own before (else it had the table's).
constexpr int kOwnPaddingProperty = QTextFormat::UserProperty + 0x7d03;

void tablesIn(QTextFrame *frame, std::vector<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.push_back(table);
        tablesIn(child, tables);
    }
}

/// The document's tables, in document order.
std::vector<QTextTable *> tablesOf(QTextDocument &document)
{
    std::vector<QTextTable *> tables;
    tablesIn(document.rootFrame(), tables);
    return tables;
}

void setCellFormat(QTextDocument &document, QTextTableCell &cell, const QTextCharFormat &format)
{
    cell.setFormat(format);
    const int from = cell.firstCursorPosition().position();
    document.markContentsDirty(from, document.characterCount() - from);
}

void setTableFormat(QTextDocument &document, QTextTable *table, const QTextTableFormat &format)
{
    table->setFormat(format);
    const int from = table->firstPosition();
    document.markContentsDirty(from, document.characterCount() - from);
}

/// Takes back the row padding and table breaks an earlier paint added.
void clearAddedTableSpace(QTextDocument &document)
{
    for (QTextTable *table : tablesOf(document)) {
        QTextTableFormat tableFormat = table->format();
        if (tableFormat.boolProperty(kAddedBreakProperty)) {
            tableFormat.setPageBreakPolicy(
                tableFormat.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
            tableFormat.clearProperty(kAddedBreakProperty);
            setTableFormat(document, table, tableFormat);
        }
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                if (!format.hasProperty(kAddedPaddingProperty))
                    continue;
                if (format.boolProperty(kOwnPaddingProperty))
                    format.setBottomPadding(
                        format.bottomPadding() - format.doubleProperty(kAddedPaddingProperty));
                else
                    format.clearProperty(QTextFormat::TableCellBottomPadding);
                format.clearProperty(kAddedPaddingProperty);
                format.clearProperty(kOwnPaddingProperty);
                setCellFormat(document, cell, format);
            }
        }
    }
}

/// Takes back the breaks an earlier paint added; returns the headings, in order.
std::vector<QTextBlock> clearAddedBreaks(QTextDocument &document)
{
    clearAddedTableSpace(document);
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

/// Where a table row's text lies, from the top of its first line to the bottom of its last.
struct RowExtent
{
    qreal top = 0;
    qreal bottom = 0;
    bool valid = false; ///< false for a row a cell spans into from above (left to Qt)
};

RowExtent rowExtent(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    RowExtent extent;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.rowSpan() > 1)
            return {};
        if (cell.column() != c)
            continue;
        const QTextBlock last = cell.lastCursorPosition().block();
        for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
            const QRectF rect = layout->blockBoundingRect(b);
            extent.top = extent.valid ? std::min(extent.top, rect.top()) : rect.top();
            extent.bottom = extent.valid ? std::max(extent.bottom, rect.bottom()) : rect.bottom();
            extent.valid = true;
            if (b == last)
                break;
        }
    }
    return extent;
}

struct Pagination
{
    QTextDocument &document;
    qreal pageHeight;
    qreal minimumRoom;
    const std::vector<QTextBlock> &headings;
    /// Device units per unit of a length in the document (see moveRowToNextPage).
    qreal deviceScale = 1.0;

    qreal page(qreal y) const { return std::floor(y / pageHeight); }
    bool atPageTop(qreal y) const { return y - page(y) * pageHeight < 1.0; }
    bool splits(qreal top, qreal bottom) const
    {
        return bottom - top <= kKeepTogetherPages * pageHeight && page(bottom - 1.0) > page(top);
    }

    /// A heading left at the foot of a page, its text on the next, reads badly; so does a short
    /// section (a declaration with its signature lines) split over two pages. Either starts a
    /// page of its own.
    void keepSection(std::size_t i)
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const QTextBlock &block = headings[i];
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return;
        const QRectF rect = layout->blockBoundingRect(block);
        if (atPageTop(rect.top()))
            return;
        const qreal sectionEnd = i + 1 < headings.size()
            ? layout->blockBoundingRect(headings[i + 1]).top()
            : layout->documentSize().height();
        const bool stranded = (page(rect.top()) + 1) * pageHeight - rect.bottom() < minimumRoom;
        if (stranded || splits(rect.top(), sectionEnd))
            addBreakBefore(document, block);
    }

    /// A table row split over two pages (an exhibit's description on one, its fingerprint on the
    /// next) is easy to misread or to lose when pages are separated; a row that fits on a page
    /// starts the next page instead, below the table's header, which Qt repeats there.
    ///
    /// Qt moves a row to the next page by itself only when none of its text fits on the current
    /// one, and a break before a cell's first block makes its table layout drop the row page
    /// after page. So the row above is made taller, through its cells' bottom padding, until the
    /// split row's top falls between the foot of the page and the header on the next page, which
    /// is where Qt moves a row to the next page's top; Qt does the same to the row above when it
    /// moves a row itself. Only tables with a header row: without one that window is a border's
    /// width, too narrow to aim at.
    void keepRows(QTextTable *table)
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const int headerRows = table->format().headerRowCount();
        if (headerRows <= 0 || headerRows >= table->rows())
            return;
        const RowExtent header = rowExtent(layout, table, headerRows - 1);
        const RowExtent firstHeader = rowExtent(layout, table, 0);
        if (!header.valid || !firstHeader.valid)
            return;
        const qreal headerHeight = header.bottom - firstHeader.top;
        for (int r = headerRows; r < table->rows(); ++r) {
            const RowExtent row = rowExtent(layout, table, r);
            if (!row.valid || row.bottom - row.top > pageHeight - 2 * headerHeight)
                continue; // longer than a page: it has to split
            if (page(row.bottom - 1.0) == page(row.top))
                continue;
            if (r == headerRows) {
                breakBeforeTable(table);
                continue;
            }
            moveRowToNextPage(table, r, row, headerHeight);
        }
    }

    /// Pads the bottom of row `r - 1` until row `r` starts the next page. Qt moves the row there
    /// when its top lands in a window about a header's height tall, just above the foot of the
    /// page; where exactly depends on the table's borders and padding, so this aims at the middle
    /// of it, checks where the row went, and aims elsewhere in it when the row did not move.
    /// Padding is in the document's units, which Qt scales to the device by the ratio of the
    /// device's resolution to the screen's (96 dpi here).
    void moveRowToNextPage(QTextTable *table, int r, const RowExtent &row, qreal headerHeight)
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const qreal pageEnd = (page(row.top) + 1) * pageHeight;
        for (const qreal aim : {-0.5, -1.0, 0.0, -1.5}) {
            const qreal added = (pageEnd + aim * headerHeight - row.top) / deviceScale;
            if (added <= 0)
                continue;
            padRow(table, r - 1, added);
            const RowExtent moved = rowExtent(layout, table, r);
            if (moved.valid && page(moved.top) == page(row.top) + 1
                && page(moved.bottom - 1.0) == page(moved.top)
                && moved.top - pageEnd <= 2 * headerHeight)
                return;
            padRow(table, r - 1, -added);
        }
    }

    void padRow(QTextTable *table, int r, qreal added)
    {
        const qreal tablePadding = table->format().cellPadding();
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            if (!format.hasProperty(kAddedPaddingProperty)) {
                // Qt uses the table's padding for a cell without one of its own.
                format.setProperty(
                    kOwnPaddingProperty, format.hasProperty(QTextFormat::TableCellBottomPadding));
                if (!format.hasProperty(QTextFormat::TableCellBottomPadding))
                    format.setBottomPadding(tablePadding);
            }
            format.setBottomPadding(format.bottomPadding() + added);
            format.setProperty(
                kAddedPaddingProperty, format.doubleProperty(kAddedPaddingProperty) + added);
            setCellFormat(document, cell, format);
        }
    }

    /// The table's first row would split: the table starts the next page, and with it the
    /// section's heading when it is on the same page (not left alone at the foot).
    void breakBeforeTable(QTextTable *table)
    {
        QAbstractTextDocumentLayout *layout = document.documentLayout();
        const qreal tableTop = layout->frameBoundingRect(table).top();
        for (auto it = headings.rbegin(); it != headings.rend(); ++it) {
            if (it->position() > table->firstPosition())
                continue;
            const qreal top = layout->blockBoundingRect(*it).top();
            if (page(top) == page(tableTop) && !atPageTop(top)) {
                addBreakBefore(document, *it);
                return;
            }
            break;
        }
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(kAddedBreakProperty, true);
        setTableFormat(document, table, format);
    }
};

/// QTextDocument has no "keep with next" or "keep together", so this runs on the laid-out
/// document; each move re-lays out only from the moved block on. Headings and tables are taken
/// from the top down, so that each decision sees everything above it where it will print.
void keepTogether(QTextDocument &document, qreal pageHeight, qreal minimumRoom)
{
    const std::vector<QTextBlock> headings = clearAddedBreaks(document);
    const std::vector<QTextTable *> tables = tablesOf(document);
    Pagination pagination {document, pageHeight, minimumRoom, headings};
    // Qt's own ratio: the device's resolution to the screen's (96 dpi offscreen and on most
    // desktops; an aim that misses is caught in moveRowToNextPage).
    if (const QPaintDevice *device = document.documentLayout()->paintDevice())
        pagination.deviceScale = device->logicalDpiY() / 96.0;
    std::size_t h = 0;
    std::size_t t = 0;
    while (h < headings.size() || t < tables.size()) {
        if (t == tables.size()
            || (h < headings.size() && headings[h].position() < tables[t]->firstPosition()))
            pagination.keepSection(h++);
        else
            pagination.keepRows(tables[t++]);
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
