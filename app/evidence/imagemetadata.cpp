#include "imagemetadata.h"

#include "tiffreader.h"

#include <QSet>

namespace td::ImageMetadata {
namespace {

constexpr quint8 kSoi = 0xD8;
constexpr quint8 kEoi = 0xD9;
constexpr quint8 kSos = 0xDA;
constexpr quint8 kApp0 = 0xE0;
constexpr quint8 kApp1 = 0xE1;
constexpr quint8 kApp2 = 0xE2;
constexpr quint8 kApp13 = 0xED;
constexpr quint8 kApp14 = 0xEE;
constexpr quint8 kApp15 = 0xEF;
constexpr quint8 kCom = 0xFE;
constexpr quint16 kOrientation = 0x0112;

quint8 byteAt(const QByteArray &data, qint64 at)
{
    return quint8(data.at(at));
}

bool startsWith(QByteArrayView body, const char *prefix, qsizetype length)
{
    return body.size() >= length && body.first(length) == QByteArrayView(prefix, length);
}

bool isStandalone(quint8 marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

/// The EXIF orientation (2…8) of an APP1 body, if it has one that is not "normal".
std::optional<quint16> orientationOf(QByteArrayView app1Body)
{
    if (!startsWith(app1Body, "Exif\0\0", 6))
        return std::nullopt;
    TiffReader tiff(app1Body.sliced(6));
    quint32 ifd0 = 0;
    if (!tiff.readHeader(ifd0))
        return std::nullopt;
    const auto value = tiff.shortValue(ifd0, kOrientation);
    if (!value || *value < 2 || *value > 8)
        return std::nullopt;
    return value;
}

void appendSegment(QByteArray &out, quint8 marker, QByteArrayView body)
{
    const qint64 length = body.size() + 2;
    out.append(char(0xFF)).append(char(marker));
    out.append(char((length >> 8) & 0xFF)).append(char(length & 0xFF));
    out.append(body);
}

/// An APP1 EXIF body holding nothing but IFD0 with the orientation.
QByteArray minimalExif(quint16 orientation)
{
    QByteArray body("Exif\0\0", 6);
    body.append("MM\0*", 4); // big-endian TIFF, magic 42
    body.append("\0\0\0\x08", 4); // IFD0 right after the header
    body.append("\0\x01", 2); // one entry
    body.append("\x01\x12", 2); // Orientation
    body.append("\0\x03", 2); // SHORT
    body.append("\0\0\0\x01", 4); // one value
    body.append(char(orientation >> 8)).append(char(orientation & 0xFF)).append("\0\0", 2);
    body.append("\0\0\0\0", 4); // no next IFD
    return body;
}

/// JFIF APP0 with the thumbnail dropped (width and height 0), version and density kept.
QByteArray jfifWithoutThumbnail(QByteArrayView body)
{
    QByteArray kept = body.first(12).toByteArray(); // "JFIF\0", version (2), units, densities (4)
    kept.append('\0').append('\0');
    return kept;
}

/// Where the entropy-coded data that starts at `at` ends: the next marker that is not a
/// stuffed 0xFF00 or a restart marker.
qint64 endOfScan(const QByteArray &data, qint64 at)
{
    const qint64 size = data.size();
    while (at + 1 < size) {
        if (byteAt(data, at) != 0xFF) {
            ++at;
            continue;
        }
        const quint8 next = byteAt(data, at + 1);
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
            at += next == 0xFF ? 1 : 2;
            continue;
        }
        return at;
    }
    return -1;
}

} // namespace

bool isJpeg(const QByteArray &head)
{
    return head.size() >= 3 && byteAt(head, 0) == 0xFF && byteAt(head, 1) == kSoi
        && byteAt(head, 2) == 0xFF;
}

bool isPng(const QByteArray &head)
{
    return head.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8));
}

std::optional<Stripped> stripJpeg(const QByteArray &jpeg)
{
    if (!isJpeg(jpeg))
        return std::nullopt;
    const qint64 size = jpeg.size();
    Stripped result;
    QSet<QString> removed;
    std::optional<quint16> orientation;
    QByteArray out;
    out.reserve(size);
    out.append(char(0xFF)).append(char(kSoi));
    qsizetype afterHeaderSegments = -1; // where the orientation block goes
    bool sawImage = false;
    qint64 at = 2;
    while (true) {
        if (at + 2 > size || byteAt(jpeg, at) != 0xFF)
            return std::nullopt;
        quint8 marker = byteAt(jpeg, at + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++at;
            continue;
        }
        if (marker == kEoi) {
            out.append(char(0xFF)).append(char(kEoi));
            if (at + 2 < size)
                removed.insert(QStringLiteral("data after the image"));
            break;
        }
        if (marker == kSoi)
            return std::nullopt;
        if (isStandalone(marker)) {
            out.append(char(0xFF)).append(char(marker));
            at += 2;
            continue;
        }
        if (at + 4 > size)
            return std::nullopt;
        const qint64 length = (qint64(byteAt(jpeg, at + 2)) << 8) | byteAt(jpeg, at + 3);
        if (length < 2 || at + 2 + length > size)
            return std::nullopt;
        const QByteArrayView body = QByteArrayView(jpeg).sliced(at + 4, length - 2);
        const qint64 next = at + 2 + length;
        if (marker == kApp0) {
            if (startsWith(body, "JFIF\0", 5) && body.size() >= 14 && !sawImage
                && afterHeaderSegments < 0) {
                if (body.size() > 14)
                    removed.insert(QStringLiteral("thumbnail"));
                appendSegment(out, kApp0, jfifWithoutThumbnail(body));
            } else {
                removed.insert(startsWith(body, "JFXX\0", 5) ? QStringLiteral("thumbnail")
                                                             : QStringLiteral("application data"));
            }
        } else if (marker == kApp1) {
            if (startsWith(body, "Exif\0\0", 6)) {
                removed.insert(QStringLiteral("EXIF"));
                if (!orientation)
                    orientation = orientationOf(body);
            } else if (startsWith(body, "http://ns.adobe.com/xap/1.0/", 28)
                || startsWith(body, "http://ns.adobe.com/xmp/extension/", 34)) {
                removed.insert(QStringLiteral("XMP"));
            } else {
                removed.insert(QStringLiteral("application data"));
            }
        } else if (marker == kApp2 && startsWith(body, "ICC_PROFILE\0", 12)) {
            appendSegment(out, marker, body); // colours, not facts about the photo
        } else if (marker == kApp14 && startsWith(body, "Adobe", 5)) {
            appendSegment(out, marker, body); // needed to decode CMYK/YCCK colours right
        } else if (marker == kApp13) {
            removed.insert(QStringLiteral("IPTC"));
        } else if (marker >= kApp2 && marker <= kApp15) {
            removed.insert(QStringLiteral("application data"));
        } else if (marker == kCom) {
            removed.insert(QStringLiteral("comment"));
        } else {
            if (afterHeaderSegments < 0)
                afterHeaderSegments = out.size();
            appendSegment(out, marker, body); // tables, frame header, restart interval…
            if (marker == kSos) {
                sawImage = true;
                const qint64 end = endOfScan(jpeg, next);
                if (end < 0)
                    return std::nullopt;
                out.append(QByteArrayView(jpeg).sliced(next, end - next));
                at = end;
                continue;
            }
        }
        at = next;
    }
    if (!sawImage)
        return std::nullopt;
    if (orientation) {
        QByteArray block;
        appendSegment(block, kApp1, minimalExif(*orientation));
        // After SOI and JFIF's APP0 (JFIF wants to be first), before the tables.
        const qsizetype insertAt = out.size() > 4 && byteAt(out, 3) == kApp0
            ? 4 + ((qsizetype(byteAt(out, 4)) << 8) | byteAt(out, 5))
            : 2;
        out.insert(insertAt, block);
    }
    result.bytes = std::move(out);
    result.removed = removed.values();
    result.removed.sort();
    return result;
}

std::optional<Stripped> stripPng(const QByteArray &png)
{
    if (!isPng(png))
        return std::nullopt;
    // Chunks that describe the pixels and their colours; everything else ancillary is dropped.
    static const QSet<QByteArray> keep {"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
        "iCCP", "sBIT", "sRGB", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT", "cICP"};
    const qint64 size = png.size();
    Stripped result;
    QSet<QString> removed;
    QByteArray out = png.first(8);
    qint64 at = 8;
    bool ended = false;
    bool first = true;
    while (at + 12 <= size) {
        const quint32 length = (quint32(byteAt(png, at)) << 24)
            | (quint32(byteAt(png, at + 1)) << 16) | (quint32(byteAt(png, at + 2)) << 8)
            | byteAt(png, at + 3);
        if (length > 0x7FFFFFFFu || at + 12 + qint64(length) > size)
            return std::nullopt;
        const QByteArray type = png.sliced(at + 4, 4);
        for (const char c : type)
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                return std::nullopt;
        if (first && type != "IHDR")
            return std::nullopt;
        first = false;
        const bool critical = type.at(0) >= 'A' && type.at(0) <= 'Z';
        const qint64 chunkSize = 12 + qint64(length);
        if (keep.contains(type)) {
            out.append(QByteArrayView(png).sliced(at, chunkSize));
        } else if (critical) {
            return std::nullopt; // an image part we do not know: not ours to rewrite
        } else if (type == "tEXt" || type == "zTXt" || type == "iTXt") {
            removed.insert(QStringLiteral("text"));
        } else if (type == "tIME") {
            removed.insert(QStringLiteral("time"));
        } else if (type == "eXIf") {
            removed.insert(QStringLiteral("EXIF"));
        } else {
            removed.insert(QStringLiteral("application data"));
        }
        at += chunkSize;
        if (type == "IEND") {
            ended = true;
            break;
        }
    }
    if (!ended)
        return std::nullopt;
    if (at < size)
        removed.insert(QStringLiteral("data after the image"));
    result.bytes = std::move(out);
    result.removed = removed.values();
    result.removed.sort();
    return result;
}

} // namespace td::ImageMetadata
