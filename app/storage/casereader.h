#pragma once

#include "sqldialect.h"

#include "casequery.h"
#include "common/result.h"
#include "domain/casefile.h"
#include "statementcache.h"

#include <QList>

namespace td {

class Database;

/// Reads cases and case-list pages. Lists page by id (keyset), never by OFFSET, so scrolling
/// through 100 000 cases costs the same at the end as at the start.
class CaseReader
{
public:
    explicit CaseReader(Database &db);

    Result<CaseFile> load(qint64 id);
    Result<qint64> idForReference(const QString &reference);
    /// Newest first: cases with id < beforeId (0 = from the newest), at most `limit`.
    Result<QList<CaseSummary>> page(const CaseQuery &query, qint64 beforeId, int limit);
    /// In the query's order: the cases after `after` (null: from the start), at most `limit`.
    Result<QList<CaseSummary>> pageAfter(
        const CaseQuery &query, const CaseSummary *after, int limit);
    Result<qint64> count(const CaseQuery &query);
    /// Summaries of the given cases, in the given order (ids that do not exist are skipped).
    Result<QList<CaseSummary>> summaries(const QList<qint64> &ids);

private:
    Status loadIncidents(CaseFile &c);
    Status loadOthers(CaseFile &c);
    QSqlQuery *statement(const QString &sql);
    Status run(QSqlQuery *q);

    StatementCache m_cache;
    SqlDialect m_dialect;
};

} // namespace td
