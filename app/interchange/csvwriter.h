#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace td {

/// Writes CSV as spreadsheets read it: RFC 4180 (CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled), UTF-8 with a byte-order mark so that Excel reads Arabic,
/// Chinese or Vietnamese as such instead of as the system's code page, and cells that a
/// spreadsheet would run as a formula defused.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &out);

    /// Writes the byte-order mark; call once, before the first row.
    Status begin();
    Status writeRow(const QStringList &cells);

    /// One cell as it is written: guarded, then quoted when needed.
    static QString cell(const QString &value);
    /// One row, CRLF-terminated, in UTF-8.
    static QByteArray row(const QStringList &cells);
    static constexpr char kBom[] = "\xEF\xBB\xBF";

private:
    Status write(const QByteArray &bytes);

    QIODevice &m_out;
};

} // namespace td
