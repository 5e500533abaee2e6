#pragma once

#include "caselisttable.h"

class QIODevice;

namespace td {

/// The case list as a CSV file (docs/case-list-csv.md): the columns, rows and audit entries of
/// CaseListTable, written by CsvWriter.
class CaseListCsv
{
public:
    using Headers = CaseListTable::Headers;

    CaseListCsv(Database &db, CaseRepository &repository);

    /// The columns written under `policy`, as keys, in order.
    static QStringList columnKeys(const RedactionPolicy &policy)
    {
        return CaseListTable::columnKeys(policy);
    }
    /// The sensitive keys a case list can carry (what --include accepts here).
    static QStringList includableKeys() { return CaseListTable::includableKeys(); }

    /// Writes the list. `progress(done, total)` is called as rows are written; returning false
    /// stops the export (an error; the audit log then says it was cut off). Returns the number
    /// of cases written.
    Result<qsizetype> write(QIODevice &out, const CaseQuery &query, const RedactionPolicy &policy,
        Headers headers = Headers::Keys,
        const std::function<bool(qsizetype, qsizetype)> &progress = {});

private:
    CaseListTable m_table;
};

} // namespace td
