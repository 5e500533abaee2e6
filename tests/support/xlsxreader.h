#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace td::test {

/// The files of a zip archive by name (stored or deflated), read from its central directory
/// independently of the library that wrote it. Empty when it is not a complete zip.
QHash<QString, QByteArray> unzip(const QByteArray &zip);

/// The first sheet of an .xlsx workbook, for tests.
struct XlsxSheet
{
    bool ok = false;
    QHash<QString, QByteArray> parts;
    /// Each row's cells, by column (A = 0): shared strings resolved, numbers as written.
    QList<QStringList> rows;
    /// The same cells' types: "s" shared string, "n" number, "d" a number with a date style.
    QList<QStringList> types;
};
XlsxSheet readXlsx(const QString &path);

} // namespace td::test
