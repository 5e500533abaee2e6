#include "xlsxreader.h"

#include <QFile>
#include <QXmlStreamReader>

#include <zlib.h>

namespace td::test {
namespace {

quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    if (at < 0 || at + bytes > b.size())
        return 0;
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

QByteArray inflateRaw(const QByteArray &in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int r = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return r == Z_STREAM_END && z.total_out == uLong(size) ? out : QByteArray();
}

int columnOf(const QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

} // namespace

QHash<QString, QByteArray> unzip(const QByteArray &zip)
{
    QHash<QString, QByteArray> files;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return {};
    const quint32 count = le(zip, eocd + 10, 2);
    qsizetype at = le(zip, eocd + 16, 4);
    for (quint32 i = 0; i < count; ++i) {
        if (le(zip, at, 4) != 0x02014b50)
            return {};
        const quint32 method = le(zip, at + 10, 2);
        const quint32 crc = le(zip, at + 16, 4);
        const quint32 packed = le(zip, at + 20, 4);
        const quint32 size = le(zip, at + 24, 4);
        const quint32 nameLength = le(zip, at + 28, 2);
        const quint32 extra = le(zip, at + 30, 2);
        const quint32 comment = le(zip, at + 32, 2);
        const quint32 local = le(zip, at + 42, 4);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        if (le(zip, local, 4) != 0x04034b50)
            return {};
        const qsizetype data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        const QByteArray stored = zip.mid(data, packed);
        const QByteArray content = method == 0 ? stored
            : method == 8                      ? inflateRaw(stored, size)
                                               : QByteArray();
        if (qsizetype(content.size()) != qsizetype(size)
            || crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(size)) != crc)
            return {};
        files.insert(name, content);
    }
    return files;
}

XlsxSheet readXlsx(const QString &path)
{
    XlsxSheet sheet;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sheet;
    sheet.parts = unzip(file.readAll());
    if (!sheet.parts.contains(QStringLiteral("xl/worksheets/sheet1.xml")))
        return sheet;

    QStringList shared;
    QXmlStreamReader strings(sheet.parts.value(QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd()) {
        if (strings.readNext() == QXmlStreamReader::StartElement
            && strings.name() == QLatin1String("si"))
            shared.append(QString());
        else if (strings.isStartElement() && strings.name() == QLatin1String("t"))
            shared.last() += strings.readElementText();
    }
    // Styles: which cell formats (s="N") carry a date number format.
    QList<bool> dateStyle;
    QXmlStreamReader styles(sheet.parts.value(QStringLiteral("xl/styles.xml")));
    bool inCellXfs = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (styles.isEndElement() && styles.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && styles.isStartElement() && styles.name() == QLatin1String("xf")) {
            const int id = styles.attributes().value(QLatin1String("numFmtId")).toInt();
            dateStyle.append(id == 14 || id >= 164); // 164+: custom formats (ours: yyyy-mm-dd)
        }
    }

    QXmlStreamReader xml(sheet.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    QString type;
    int column = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            sheet.rows.append(QStringList());
            sheet.types.append(QStringList());
        } else if (xml.name() == QLatin1String("c")) {
            const auto attributes = xml.attributes();
            column = columnOf(attributes.value(QLatin1String("r")));
            type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            if (type.isEmpty())
                type = style < dateStyle.size() && dateStyle.at(style) ? QStringLiteral("d")
                                                                       : QStringLiteral("n");
        } else if (xml.name() == QLatin1String("v") && !sheet.rows.isEmpty()) {
            const QString v = xml.readElementText();
            auto &row = sheet.rows.last();
            auto &types = sheet.types.last();
            while (row.size() <= column) {
                row.append(QString());
                types.append(QString());
            }
            row[column] = type == QLatin1String("s") ? shared.value(v.toInt()) : v;
            types[column] = type;
        }
    }
    sheet.ok = !xml.hasError();
    return sheet;
}

} // namespace td::test
