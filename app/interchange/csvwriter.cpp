#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace td {

CsvWriter::CsvWriter(QIODevice &out)
    : m_out(out)
{ }

Status CsvWriter::begin()
{
    return write(QByteArray(kBom));
}

Status CsvWriter::writeRow(const QStringList &cells)
{
    return write(row(cells));
}

QString CsvWriter::cell(const QString &value)
{
    QString v = value;
    // Formula injection (CSV injection): Excel, LibreOffice and Google Sheets run a cell that
    // starts with = + - or @ as a formula, and a tab or carriage return in front does not stop
    // them. Case data is typed by caseworkers and imported from other offices' files, so a
    // narrative or a name such as "=HYPERLINK(…)" could call out to a server or run a command
    // on the machine that opens the export. A leading apostrophe makes the spreadsheet show the
    // text as text; it costs one visible character in the rare cell that needs it.
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray CsvWriter::row(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(cell(cells.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    return line.toUtf8();
}

Status CsvWriter::write(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("CsvWriter", "Cannot write the spreadsheet: %1")
                .arg(m_out.errorString())};
    return {};
}

} // namespace td
