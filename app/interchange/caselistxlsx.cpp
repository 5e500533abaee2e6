#include "caselistxlsx.h"

#include "xlsxsheetwriter.h"

namespace td {

CaseListXlsx::CaseListXlsx(Database &db, CaseRepository &repository)
    : m_table(db, repository)
{ }

Result<qsizetype> CaseListXlsx::write(const QString &path, const CaseQuery &query,
    const RedactionPolicy &policy, Headers headers,
    const std::function<bool(qsizetype, qsizetype)> &progress)
{
    XlsxSheetWriter sheet(path);
    return m_table.write(sheet, QStringLiteral("xlsx"), query, policy, headers, progress);
}

} // namespace td
