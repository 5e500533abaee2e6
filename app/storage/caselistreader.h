#pragma once

#include "casequery.h"
#include "common/result.h"
#include "domain/casefile.h"
#include "domain/clientfield.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace td {

class Database;

/// Reads a whole case list for an export: every case of a CaseQuery in its order, and, only when
/// asked, the clients' fields that the list itself does not show.
class CaseListReader
{
public:
    explicit CaseListReader(Database &db);

    /// Every case the query selects, in its order. `progress(read)` after each page; returning
    /// false stops (the result is then an error saying so).
    Result<QList<CaseSummary>> all(
        const CaseQuery &query, const std::function<bool(qsizetype)> &progress = {});
    /// For each case id, its client's values of `fields`, in that order (dates in ISO 8601,
    /// yes/no as "1"/"0"). Only the fields a list can carry: see exportableFields().
    Result<QHash<qint64, QStringList>> clientValues(
        const QList<qint64> &ids, const QList<ClientField> &fields);
    /// The client fields clientValues() reads (the language, the contact details, and the
    /// sensitive facts), in the domain's order.
    static QList<ClientField> exportableFields();

private:
    Database &m_db;
};

} // namespace td
