#pragma once

#include "common/result.h"
#include "domain/redactionpolicy.h"
#include "storage/casequery.h"

#include <QStringList>

#include <functional>

class QIODevice;

namespace td {

class CaseRepository;
class Database;

/// The case list as a spreadsheet (CSV, docs/case-list-csv.md): one row per case of a list or
/// filter, in its order. The client's sensitive fields are columns only when the policy includes
/// them; every case exported is recorded in the audit log before the first byte is written.
class CaseListCsv
{
public:
    enum class Headers
    {
        Keys, ///< "reference", "a_number": stable names for scripts (the CLI)
        Labels, ///< translated labels for a person opening the file (the app)
    };

    CaseListCsv(Database &db, CaseRepository &repository);

    /// The columns written under `policy`, as keys, in order.
    static QStringList columnKeys(const RedactionPolicy &policy);
    /// The sensitive keys a case list can carry (what --include accepts here).
    static QStringList includableKeys();

    /// Writes the list. `progress(done, total)` is called as rows are written; returning false
    /// stops the export (an error; the audit log then says it was cut off). Returns the number
    /// of cases written.
    Result<qsizetype> write(QIODevice &out, const CaseQuery &query, const RedactionPolicy &policy,
        Headers headers = Headers::Keys,
        const std::function<bool(qsizetype, qsizetype)> &progress = {});

private:
    Database &m_db;
    CaseRepository &m_repository;
};

} // namespace td
