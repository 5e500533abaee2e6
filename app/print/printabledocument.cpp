#include "printabledocument.h"

#include "filehash.h"
#include "reporthtml.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace td {

PrintableDocument::~PrintableDocument() = default;

QStringList PrintableDocument::families() const
{
    // Latin first even for Chinese: digits and Latin letters drawn from Noto Sans CJK lose their
    // text in Qt's PDFs (pdftotext, copy and paste and screen readers get nothing for "2026"),
    // so only the Han characters should come from the CJK cut, which the list then chooses.
    return ReportHtml::fontFamilies(
        QStringLiteral("Noto Sans"), frame().scriptLanguage == QLatin1String("zh_TW"));
}

void PrintableDocument::build(QTextDocument &document) const
{
    const Frame f = frame();
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(f.pointSize);
    document.setDefaultFont(font);
    fill(document);
    // After the content: setHtml() replaces the title with the HTML's own, or none.
    document.setMetaInformation(QTextDocument::DocumentTitle, f.title);
}

PagedPdfWriter::Page PrintableDocument::page() const
{
    const Frame f = frame();
    PagedPdfWriter::Page page;
    page.size = f.paper;
    page.headerLeft = f.headerLeft;
    page.headerRight = f.headerRight;
    page.footerLeft = f.footerLeft;
    page.direction = f.direction;
    page.fontFamilies = families(); // a reference or recipient name in any script prints
    return page;
}

Result<QString> PrintableDocument::writePdf(
    const QString &path, const PagedPdfWriter::Progress &progress) const
{
    QTextDocument document;
    build(document);
    if (auto s = PagedPdfWriter::writePdf(document, page(), path, frame().title, progress); !s)
        return s.error();
    return sha256OfFile(path);
}

Status PrintableDocument::print(
    QPagedPaintDevice &device, const PagedPdfWriter::Progress &progress) const
{
    QTextDocument document;
    build(document);
    PagedPdfWriter::Page p = page();
    p.size = device.pageLayout().pageSize();
    if (PagedPdfWriter::paint(document, p, device, progress) < 1)
        return Error {ErrorKind::Io, frame().printFailed};
    return {};
}

} // namespace td
