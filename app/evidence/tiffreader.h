#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace td {

/// Reads the TIFF structure inside a JPEG's APP1 "Exif" segment (or a PNG eXIf chunk); every
/// offset is checked against its size: the bytes are untrusted.
class TiffReader
{
public:
    static constexpr quint16 kTypeShort = 3;
    static constexpr quint16 kTypeAscii = 2;

    explicit TiffReader(QByteArrayView data)
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

    /// The value of a SHORT entry `tag` (one value, stored inline), if present and well formed.
    std::optional<quint16> shortValue(quint32 ifd, quint16 tag) const
    {
        const auto entry = findEntry(ifd, tag);
        if (!entry)
            return std::nullopt;
        const auto type = u16(*entry + 2);
        const auto count = u32(*entry + 4);
        if (!type || !count || *type != kTypeShort || *count != 1)
            return std::nullopt;
        return u16(*entry + 8);
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

} // namespace td
