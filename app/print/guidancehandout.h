#pragma once

#include "common/result.h"
#include "guidance/guidancepack.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace td {

/// An article printed as a handout in the client's language: the article, its cited sources
/// with their addresses (links do not work on paper), and the translation's review status.
namespace GuidanceHandout {
/// Fills `document` (font, direction, content). Needs a QGuiApplication.
Status build(const GuidancePack &pack, const QString &articleId, const QString &languageCode,
    QTextDocument &document);
/// Writes the handout as a PDF.
Status writePdf(const GuidancePack &pack, const QString &articleId, const QString &languageCode,
    const QString &path, QPageSize pageSize = QPageSize(QPageSize::A4));
/// Prints the handout on a paged device such as a printer, keeping the device's page size.
Status print(const GuidancePack &pack, const QString &articleId, const QString &languageCode,
    QPagedPaintDevice &device);
/// The article's Markdown with source:/article: links turned into real addresses or anchors.
QString resolvedMarkdown(
    const GuidancePack &pack, const QString &articleId, const QString &languageCode);
} // namespace GuidanceHandout

} // namespace td
