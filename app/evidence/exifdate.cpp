#include "exifdate.h"

#include <QTimeZone>

#include <optional>

namespace td::ExifDate {
namespace {

constexpr quint16 kExifIfdPointer = 0x8769;
constexpr quint16 kDateTimeOriginal = 0x9003;
constexpr quint16 kOffsetTimeOriginal = 0x9011;
constexpr quint16 kTypeAscii = 2;

/// Reads the TIFF structure inside an APP1 "Exif" segment; every offset is checked against its
/// size.
class Tiff
{
public:
    explicit Tiff(QByteArrayView data)
        : m_data(data)
    { }

    bool readHeader(quint32 &ifd0)
    {
        if (m_data.size() < 8)
            return false;
        if (m_data.at(0) == 'I' && m_data.at(1) == 'I')
            m_bigEndian = false;
        else if (m_data.at(0) == 'M' && m_data.at(1) == 'M')
            m_bigEndian = true;
        else
            return false;
        const auto magic = u16(2);
        const auto offset = u32(4);
        if (!magic || *magic != 42 || !offset)
            return false;
        ifd0 = *offset;
        return true;
    }

    std::optional<quint16> u16(qint64 at) const
    {
        if (at < 0 || at + 2 > m_data.size())
            return std::nullopt;
        const auto b0 = quint16(quint8(m_data.at(at)));
        const auto b1 = quint16(quint8(m_data.at(at + 1)));
        return quint16(m_bigEndian ? (b0 << 8) | b1 : (b1 << 8) | b0);
    }

    std::optional<quint32> u32(qint64 at) const
    {
        const auto hi = u16(m_bigEndian ? at : at + 2);
        const auto lo = u16(m_bigEndian ? at + 2 : at);
        if (!hi || !lo)
            return std::nullopt;
        return (quint32(*hi) << 16) | *lo;
    }

    /// The offset of entry `tag`'s 12-byte record in the IFD at `ifd`, if present.
    std::optional<qint64> findEntry(quint32 ifd, quint16 tag) const
    {
        const auto count = u16(ifd);
        if (!count)
            return std::nullopt;
        for (quint16 i = 0; i < *count; ++i) {
            const qint64 entry = qint64(ifd) + 2 + qint64(i) * 12;
            const auto entryTag = u16(entry);
            if (!entryTag)
                return std::nullopt;
            if (*entryTag == tag)
                return entry;
        }
        return std::nullopt;
    }

    QByteArray ascii(quint32 ifd, quint16 tag) const
    {
        const auto entry = findEntry(ifd, tag);
        if (!entry)
            return {};
        const auto type = u16(*entry + 2);
        const auto count = u32(*entry + 4);
        if (!type || !count || *type != kTypeAscii || *count == 0 || *count > 64)
            return {};
        qint64 at = *entry + 8;
        if (*count > 4) {
            const auto offset = u32(*entry + 8);
            if (!offset)
                return {};
            at = *offset;
        }
        if (at < 0 || at + qint64(*count) > m_data.size())
            return {};
        QByteArray value = m_data.sliced(at, *count).toByteArray();
        const qsizetype nul = value.indexOf('\0');
        if (nul >= 0)
            value.truncate(nul);
        return value;
    }

private:
    QByteArrayView m_data;
    bool m_bigEndian = false;
};

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
            Tiff tiff(QByteArrayView(head).sliced(body + 6, bodySize - 6));
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
