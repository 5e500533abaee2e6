#pragma once

#include "caselisttable.h"

namespace td {

/// The case list as an Excel workbook (docs/case-list-csv.md, "XLSX"): the columns, rows and
/// audit entries of CaseListTable in one sheet, cells typed (dates as dates, numbers as numbers),
/// the header row frozen. Written with libxlsxwriter, whose scratch files are kept in the
/// destination's own folder; the file appears owner-only and complete, or not at all.
class CaseListXlsx
{
public:
    using Headers = CaseListTable::Headers;

    CaseListXlsx(Database &db, CaseRepository &repository);

    /// Writes the list to `path`, replacing a file there only once the new one is complete.
    /// `progress` as for CaseListTable::write. Returns the number of cases written.
    Result<qsizetype> write(const QString &path, const CaseQuery &query,
        const RedactionPolicy &policy, Headers headers = Headers::Keys,
        const std::function<bool(qsizetype, qsizetype)> &progress = {});

private:
    CaseListTable m_table;
};

} // namespace td
