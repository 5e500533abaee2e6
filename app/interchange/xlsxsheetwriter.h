#pragma once

#include "caselisttable.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace td {

/// Writes one table as an .xlsx workbook of one sheet through libxlsxwriter (a CaseListSink).
/// The workbook is held in memory until finish(); libxlsxwriter then assembles each part in a
/// scratch file (created 0600 and unlinked at once) in the destination's own folder, never in
/// /tmp, and the zip under a temporary name there (0600), renamed over `path` when complete.
/// Destroyed before finish() succeeded, it leaves nothing behind.
class XlsxSheetWriter final : public CaseListSink
{
public:
    explicit XlsxSheetWriter(QString path);
    ~XlsxSheetWriter() override;
    Q_DISABLE_COPY_MOVE(XlsxSheetWriter)

    Status header(const QList<CaseListColumn> &columns) override;
    Status row(const QStringList &cells) override;
    Status finish() override;

    /// Excel's limit: 1 048 576 rows, the header included.
    static constexpr qsizetype kMaxRows = 1048576;

private:
    Status failed(const QString &what) const;
    void discard();

    QString m_path;
    QString m_partialPath;
    QByteArray m_scratchDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QList<CaseListColumn> m_columns;
    QList<int> m_widths;
    quint32 m_row = 0;
};

} // namespace td
