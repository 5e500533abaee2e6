#include "exifdate.h"

#include "tiffreader.h"

#include <QTimeZone>

#include <optional>

namespace td::ExifDate {
namespace {

constexpr quint16 kExifIfdPointer = 0x8769;
constexpr quint16 kDateTimeOriginal = 0x9003;
constexpr quint16 kOffsetTimeOriginal = 0x9011;

QDateTime parse(const QByteArray &text, const QByteArray &offset)
{
    const QString value = QString::fromLatin1(text).trimmed();
    const QDateTime local = QDateTime::fromString(value, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    const QDateTime stamp(local.date(), local.time(), Qt::LocalTime);
    const QString zone = QString::fromLatin1(offset).trimmed();
    if (zone.size() == 6 && (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-'))
        && zone.at(3) == QLatin1Char(':')) {
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = zone.mid(1, 2).toInt(&hoursOk);
        const int minutes = zone.mid(4, 2).toInt(&minutesOk);
        if (hoursOk && minutesOk && hours <= 14 && minutes < 60) {
            const int seconds
                = (hours * 3600 + minutes * 60) * (zone.at(0) == QLatin1Char('-') ? -1 : 1);
            return QDateTime(local.date(), local.time(), QTimeZone(seconds)).toUTC();
        }
    }
    return stamp.toUTC();
}

} // namespace

QDateTime dateTimeOriginal(const QByteArray &head)
{
    const qint64 size = head.size();
    if (size < 4 || quint8(head.at(0)) != 0xFF || quint8(head.at(1)) != 0xD8)
        return {};
    qint64 at = 2;
    while (at + 4 <= size) {
        if (quint8(head.at(at)) != 0xFF)
            return {};
        const quint8 marker = quint8(head.at(at + 1));
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9)
            return {}; // image data starts: no EXIF before it
        const qint64 length = (qint64(quint8(head.at(at + 2))) << 8) | quint8(head.at(at + 3));
        if (length < 2)
            return {};
        const qint64 body = at + 4;
        const qint64 bodySize = length - 2;
        if (marker == 0xE1 && bodySize > 6 && body + bodySize <= size
            && QByteArrayView(head).sliced(body, 6) == QByteArrayView("Exif\0\0", 6)) {
            TiffReader tiff(QByteArrayView(head).sliced(body + 6, bodySize - 6));
            quint32 ifd0 = 0;
            if (!tiff.readHeader(ifd0))
                return {};
            const auto pointer = tiff.findEntry(ifd0, kExifIfdPointer);
            if (!pointer)
                return {};
            const auto exifIfd = tiff.u32(*pointer + 8);
            if (!exifIfd)
                return {};
            return parse(
                tiff.ascii(*exifIfd, kDateTimeOriginal), tiff.ascii(*exifIfd, kOffsetTimeOriginal));
        }
        at += 2 + length;
    }
    return {};
}

} // namespace td::ExifDate
