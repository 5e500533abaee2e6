#include "taggedimages.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>

namespace td::test {
namespace {

QByteArray segment(quint8 marker, const QByteArray &body)
{
    QByteArray out;
    const int length = int(body.size()) + 2;
    out.append(char(0xFF))
        .append(char(marker))
        .append(char(length >> 8))
        .append(char(length & 0xFF));
    return out + body;
}

} // namespace

QImage gradientImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 8, (x * y) % 256));
    return image;
}

QByteArray encodeImage(const QImage &image, const char *format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return buffer.data();
}

QByteArray exifBody(quint16 orientation)
{
    QByteArray t("MM\0*\0\0\0\x08", 8);
    auto u16 = [&](quint16 v) { t.append(char(v >> 8)).append(char(v & 0xFF)); };
    auto u32 = [&](quint32 v) {
        u16(quint16(v >> 16));
        u16(quint16(v & 0xFFFF));
    };
    const QByteArray artist = kTaggedAuthor + '\0';
    // IFD0 at 8: 3 entries (2 + 36 + 4 = 42 bytes) → data from 50.
    const quint32 artistAt = 50;
    const quint32 gpsAt = artistAt + quint32(artist.size());
    u16(3);
    u16(0x0112), u16(3), u32(1), u16(orientation), u16(0);
    u16(0x013B), u16(2), u32(quint32(artist.size())), u32(artistAt);
    u16(0x8825), u16(4), u32(1), u32(gpsAt);
    u32(0);
    t.append(artist);
    // GPS IFD: LatitudeRef "N", Latitude 3 rationals.
    const quint32 ratAt = gpsAt + 2 + 2 * 12 + 4;
    u16(2);
    u16(0x0001), u16(2), u32(2), t.append("N\0\0\0", 4);
    u16(0x0002), u16(5), u32(3), u32(ratAt);
    u32(0);
    for (quint32 v : {42u, 1u, 21u, 1u, 3600u, 100u})
        u32(v);
    return QByteArray("Exif\0\0", 6) + t;
}

QByteArray taggedJpeg(quint16 orientation)
{
    QImage image = gradientImage();
    image.setText(QStringLiteral("Description"), QString::fromLatin1(kTaggedComment));
    const QByteArray plain = encodeImage(image, "jpeg");
    const QByteArray xmp = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
        + "<x:xmpmeta><dc:creator>" + kTaggedAuthor + "</dc:creator></x:xmpmeta>";
    static const char kIptcHead[] = "Photoshop 3.0\0008BIM\x04\x04\0\0\0\0\0\x10\x1c\x02\x50\0\x0c";
    const QByteArray iptc = QByteArray(kIptcHead, sizeof kIptcHead - 1) + kTaggedAuthor;
    QByteArray out = plain.first(2);
    out += segment(0xE1, exifBody(orientation));
    out += segment(0xE1, xmp);
    out += segment(0xED, iptc);
    out += segment(0xFE, kTaggedComment);
    out += plain.mid(2);
    out += "trailing " + kTaggedAuthor;
    return out;
}

QByteArray jpegWithCaptureTime(const QByteArray &dateTime, const QByteArray &offset)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    // TIFF, little-endian: IFD0 with the Exif IFD pointer; Exif IFD with DateTimeOriginal and
    // OffsetTimeOriginal.
    QByteArray tiff;
    auto u16 = [&tiff](quint16 v) { tiff.append(char(v & 0xff)).append(char(v >> 8)); };
    auto u32 = [&tiff](quint32 v) {
        for (int i = 0; i < 4; ++i)
            tiff.append(char((v >> (8 * i)) & 0xff));
    };
    tiff.append("II");
    u16(42);
    u32(8);
    u16(1); // IFD0: one entry
    u16(0x8769), u16(4), u32(1), u32(26);
    u32(0);
    u16(2); // Exif IFD at 26: two entries
    u16(0x9003), u16(2), u32(20), u32(56);
    u16(0x9011), u16(2), u32(7), u32(76);
    u32(0);
    tiff.append(dateTime.leftJustified(19, ' ', true)).append('\0');
    tiff.append(offset.leftJustified(6, ' ', true)).append('\0');
    QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment;
    segment.append(char(0xFF)).append(char(0xE1));
    const int length = int(app1.size()) + 2;
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(app1);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace td::test
