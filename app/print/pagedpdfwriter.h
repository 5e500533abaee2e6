#pragma once

#include "common/result.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

class QTextDocument;
class QPagedPaintDevice;

namespace td {

/// Lays a QTextDocument out on pages with a running header and a "Page X of Y" footer, and writes
/// it to a PDF (fonts embedded by Qt) or any paged device such as a printer. Needs a
/// QGuiApplication (fonts); the CLI creates an offscreen one for the commands that print.
class PagedPdfWriter
{
public:
    struct Page
    {
        QPageSize size = QPageSize(QPageSize::A4);
        QString headerLeft; ///< e.g. the case reference
        QString headerRight; ///< e.g. the document title
        QString footerLeft; ///< e.g. "Generated 2026-11-24"
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QString fontFamily = QStringLiteral("Noto Sans");
        QStringList fontFamilies; ///< when set, used instead of fontFamily (first family first,
                                  ///< then fallbacks)
    };

    /// Told how many of how many pages are painted (0 of N once the layout is done, then after
    /// each page); returns false to stop. Called on the painting thread.
    using Progress = std::function<bool(int done, int total)>;

    /// Writes `document` to a new PDF at `path` (owner-only, written atomically). Stopped by
    /// `progress`, it writes nothing and leaves no file behind.
    static Status writePdf(QTextDocument &document, const Page &page, const QString &path,
        const QString &title, const Progress &progress = {});
    /// Paints `document` on `device`; returns the number of pages, or -1 when `progress` stopped
    /// it (the pages painted so far stay on the device).
    static int paint(QTextDocument &document, const Page &page, QPagedPaintDevice &device,
        const Progress &progress = {});
};

} // namespace td
