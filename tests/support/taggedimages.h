#pragma once

#include <QByteArray>
#include <QImage>

namespace td::test {

/// A synthetic author and a synthetic address line, as metadata leaks them.
inline const QByteArray kTaggedAuthor = "Jane Synthetic-Author";
inline const QByteArray kTaggedComment = "client lives at 12 Synthetic Street";

/// A width×height RGB gradient: every pixel differs from its neighbours.
QImage gradientImage(int width = 64, int height = 32);
/// `image` encoded by Qt's writer for `format` ("jpeg", "png").
QByteArray encodeImage(const QImage &image, const char *format);

/// An APP1 "Exif" body: IFD0 with Orientation, Artist and a GPS IFD (latitude 42°21'36" N).
QByteArray exifBody(quint16 orientation);

/// A 64×32 JPEG as a phone and an editor leave it: EXIF with GPS, author and orientation, XMP,
/// IPTC, a comment, and bytes after the end of the image.
QByteArray taggedJpeg(quint16 orientation);

/// A small JPEG whose EXIF holds only the capture time: DateTimeOriginal ("2023:05:17 14:30:00")
/// and, unless empty, OffsetTimeOriginal ("+02:00"), as a camera writes them.
QByteArray jpegWithCaptureTime(const QByteArray &dateTime, const QByteArray &offset);

} // namespace td::test
