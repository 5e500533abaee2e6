#pragma once

#include <QByteArray>
#include <QDateTime>

namespace td::ExifDate {

/// The EXIF DateTimeOriginal of a JPEG, from the file's first bytes (the APP1 segment sits at the
/// start), as UTC: with OffsetTimeOriginal when the camera wrote one, else read as local time.
/// Invalid when there is none or it is malformed. A minimal, bounds-checked parser: the bytes are
/// untrusted.
QDateTime dateTimeOriginal(const QByteArray &jpegHead);

} // namespace td::ExifDate
