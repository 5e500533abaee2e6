#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace td::ImageMetadata {

/// An image with its metadata taken out, the pixels untouched.
struct Stripped
{
    QByteArray bytes;
    /// What was removed, in untranslated words for the manifest: "EXIF", "XMP", "IPTC",
    /// "comment", "thumbnail", "text", "time", "data after the image"…; empty: there was none.
    QStringList removed;
};

/// A JPEG without its metadata, losslessly: the compressed image data, tables and colour
/// information (ICC profile, Adobe colour transform) are copied byte for byte; EXIF (with GPS,
/// camera, author, dates and its thumbnail), XMP, IPTC/Photoshop, JPEG comments, JFIF thumbnails,
/// every other application segment and anything after the end of the image are dropped. Only the
/// EXIF orientation survives, rewritten as a minimal EXIF block holding that one value, so the
/// photo still shows the right way up. Null when the bytes are not a well-formed JPEG.
std::optional<Stripped> stripJpeg(const QByteArray &jpeg);

/// A PNG without its metadata, losslessly: the image chunks and the colour chunks are copied as
/// they are; text (tEXt, zTXt, iTXt), time, EXIF (eXIf) and every unknown ancillary chunk are
/// dropped, as is anything after the end. Null when the bytes are not a well-formed PNG or carry a
/// critical chunk it does not know.
std::optional<Stripped> stripPng(const QByteArray &png);

bool isJpeg(const QByteArray &head);
bool isPng(const QByteArray &head);

} // namespace td::ImageMetadata
