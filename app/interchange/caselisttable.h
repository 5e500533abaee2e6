#pragma once

#include "common/result.h"
#include "domain/redactionpolicy.h"
#include "storage/casequery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace td {

class CaseRepository;
class Database;

/// One column of the case list as a spreadsheet: its stable key, its heading and the kind of
/// value its cells hold (a spreadsheet file types its cells by it; CSV writes them all as text).
struct CaseListColumn
{
    enum class Type
    {
        Text,
        Date, ///< ISO 8601 text, empty when unknown
        Number, ///< decimal text (`interpreter_needed`: 1 or 0)
    };
    QString key;
    QString heading;
    Type type = Type::Text;
};

/// Receives the case list row by row, in one file format (CSV, XLSX).
class CaseListSink
{
public:
    virtual ~CaseListSink() = default;
    virtual Status header(const QList<CaseListColumn> &columns) = 0;
    /// One case: one text per column, in the order of header().
    virtual Status row(const QStringList &cells) = 0;
    /// After the last row (a file format that is assembled at the end writes it here).
    virtual Status finish() { return {}; }
};

/// The case list as a table (docs/case-list-csv.md), for every spreadsheet format: which columns
/// a policy allows, the rows of a query in its order, and the audit entries recorded before the
/// first row leaves. The formats (CaseListCsv, CaseListXlsx) only write cells.
class CaseListTable
{
public:
    enum class Headers
    {
        Keys, ///< "reference", "a_number": stable names for scripts (the CLI)
        Labels, ///< translated labels for a person opening the file (the app)
    };

    CaseListTable(Database &db, CaseRepository &repository);

    /// The columns written under `policy`, in order.
    static QList<CaseListColumn> columns(const RedactionPolicy &policy, Headers headers);
    /// The columns' keys under `policy`, in order.
    static QStringList columnKeys(const RedactionPolicy &policy);
    /// The sensitive keys a case list can carry (what --include accepts here).
    static QStringList includableKeys();

    /// Sends the list to `sink`, recording `case.export` with `format` (e.g. "csv") as detail
    /// first. `progress(done, total)` is called as rows are sent; returning false stops the
    /// export (an error; the audit log then says it was cut off, as it does for a sink's error).
    /// Returns the number of cases sent.
    Result<qsizetype> write(CaseListSink &sink, const QString &format, const CaseQuery &query,
        const RedactionPolicy &policy, Headers headers = Headers::Keys,
        const std::function<bool(qsizetype, qsizetype)> &progress = {});

private:
    Database &m_db;
    CaseRepository &m_repository;
};

} // namespace td
