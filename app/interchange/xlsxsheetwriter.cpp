#include "xlsxsheetwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <unistd.h>

namespace td {
namespace {

constexpr int kMaxWidth = 60;

// Roughly how many Latin characters wide `text` shows: Han, kana and Hangul take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            width += 2;
            break;
        default:
            width += c.isLowSurrogate() ? 0 : 1;
        }
    }
    return std::min(width, kMaxWidth);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("CaseListXlsx", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

XlsxSheetWriter::XlsxSheetWriter(QString path)
    : m_path(std::move(path))
{ }

XlsxSheetWriter::~XlsxSheetWriter()
{
    discard();
}

void XlsxSheetWriter::discard()
{
    // Before workbook_close() nothing of the workbook is on disk: freeing it is enough.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (!m_partialPath.isEmpty())
        QFile::remove(m_partialPath);
    m_partialPath.clear();
}

Status XlsxSheetWriter::failed(const QString &what) const
{
    return Error {ErrorKind::Io, cannotWrite(m_path, what)};
}

Status XlsxSheetWriter::header(const QList<CaseListColumn> &columns)
{
    const QFileInfo target(m_path);
    const QString folder = target.absolutePath();
    // The zip is assembled under a temporary name beside the destination, owner-only from the
    // start (libxlsxwriter reopens it with "wb", which keeps the mode).
    QTemporaryFile partial(
        folder + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!partial.open())
        return failed(partial.errorString());
    partial.setAutoRemove(false);
    m_partialPath = partial.fileName();
    partial.close();

    // libxlsxwriter writes every part of the workbook to a scratch file first (tmpfile-like:
    // 0600, unlinked as soon as created). Not in /tmp: in the folder the person chose for the
    // plaintext file anyway (docs/case-list-csv.md).
    m_scratchDir = QFile::encodeName(folder);
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = m_scratchDir.data();
    options.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_partialPath).constData(), &options);
    if (!m_workbook)
        return failed(QCoreApplication::translate("CaseListXlsx", "out of memory"));
    m_sheet = workbook_add_worksheet(m_workbook, nullptr);
    m_bold = workbook_add_format(m_workbook);
    m_date = workbook_add_format(m_workbook);
    if (!m_sheet || !m_bold || !m_date)
        return failed(QCoreApplication::translate("CaseListXlsx", "out of memory"));
    format_set_bold(m_bold);
    format_set_num_format(m_date, "yyyy-mm-dd");

    m_columns = columns;
    m_widths.clear();
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QByteArray heading = columns.at(c).heading.toUtf8();
        if (worksheet_write_string(m_sheet, 0, lxw_col_t(c), heading.constData(), m_bold)
            != LXW_NO_ERROR)
            return failed(QCoreApplication::translate("CaseListXlsx", "a heading was refused"));
        m_widths.append(std::max(displayWidth(columns.at(c).heading),
            columns.at(c).type == CaseListColumn::Type::Date ? 10 : 4));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 0;
    return {};
}

Status XlsxSheetWriter::row(const QStringList &cells)
{
    if (!m_sheet)
        return failed(QCoreApplication::translate("CaseListXlsx", "no header was written"));
    if (qsizetype(m_row) + 1 >= kMaxRows)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("CaseListXlsx",
                "The list has more cases than a spreadsheet holds (%1 rows). Narrow the list, "
                "or export it as CSV.")
                .arg(kMaxRows - 1)};
    ++m_row;
    for (qsizetype c = 0; c < cells.size() && c < m_columns.size(); ++c) {
        const QString &cell = cells.at(c);
        if (cell.isEmpty())
            continue;
        const auto col = lxw_col_t(c);
        lxw_error error = LXW_NO_ERROR;
        bool written = false;
        switch (m_columns.at(c).type) {
        case CaseListColumn::Type::Date:
            if (const QDate d = QDate::fromString(cell, Qt::ISODate);
                d.isValid() && d.year() >= 1900 && d.year() <= 9999) {
                lxw_datetime when {d.year(), d.month(), d.day(), 0, 0, 0.0};
                error = worksheet_write_datetime(m_sheet, m_row, col, &when, m_date);
                written = true;
            }
            break;
        case CaseListColumn::Type::Number: {
            bool ok = false;
            const double value = cell.toDouble(&ok);
            if (ok) {
                error = worksheet_write_number(m_sheet, m_row, col, value, nullptr);
                written = true;
            }
            break;
        }
        case CaseListColumn::Type::Text:
            break;
        }
        // Text is always a string cell, never a formula: "=…" typed into a case stays text.
        if (!written) {
            const QByteArray utf8 = cell.toUtf8();
            error = worksheet_write_string(m_sheet, m_row, col, utf8.constData(), nullptr);
        }
        if (error != LXW_NO_ERROR)
            return failed(QString::fromUtf8(lxw_strerror(error)));
        m_widths[c] = std::max(m_widths.at(c), displayWidth(cell));
    }
    return {};
}

Status XlsxSheetWriter::finish()
{
    if (!m_workbook)
        return failed(QCoreApplication::translate("CaseListXlsx", "no header was written"));
    for (qsizetype c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c) + 2, nullptr);
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(m_columns.size() - 1));
    // workbook_close() writes the file and frees the workbook, whatever it returns.
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (closed != LXW_NO_ERROR) {
        const QString why = QString::fromUtf8(lxw_strerror(closed));
        discard();
        return failed(why);
    }
    QFile written(m_partialPath);
    const bool synced = written.open(QIODevice::ReadWrite) && ::fsync(written.handle()) == 0;
    written.close();
    if (!synced
        || std::rename(
               QFile::encodeName(m_partialPath).constData(), QFile::encodeName(m_path).constData())
            != 0) {
        const QString why = written.errorString();
        discard();
        return failed(why);
    }
    m_partialPath.clear();
    return {};
}

} // namespace td
