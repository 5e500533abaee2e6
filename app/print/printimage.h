#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace td {

/// Images for print: decoded already scaled (QImageReader::setScaledSize), so a 12-megapixel
/// photo costs a fraction of a full decode and the PDF never carries the original.
namespace PrintImage {
/// The image at `path`, oriented as its EXIF says, with its longer edge at most `maxEdge` pixels
/// (never enlarged); a null image when it cannot be read.
QImage readScaled(const QString &path, int maxEdge);
/// The size to decode an image of `full` pixels at for a longer edge of at most `maxEdge`: for
/// JPEG, a size libjpeg reaches directly (1/2, 1/4, 1/8) when that keeps at least half the edge.
QSize decodeSize(const QSize &full, int maxEdge, const QByteArray &format);
/// `image` made no larger than `maxEdge` on its longer edge (for images already in memory).
QImage scaledDown(const QImage &image, int maxEdge);
} // namespace PrintImage

} // namespace td
