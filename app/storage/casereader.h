#pragma once

#include "sqldialect.h"

#include "casequery.h"
#include "common/result.h"
#include "domain/casefile.h"
#include "statementcache.h"

#include <QElapsedTimer>
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
    /// How many cases match, counting no further than `limit` (a result of `limit` means that
    /// many or more): cheap however many cases match, for a status line that must not wait.
    Result<qint64> countUpTo(const CaseQuery &query, qint64 limit);
    /// The count a status line shows: `moreThan` when counting stopped at `total`.
    struct StatusCount
    {
        qint64 total = 0;
        bool moreThan = false;
    };
    /// An office server counts a search only up to `serverSearchCap` (the exact count of a word
    /// in most of 1 000 000 cases costs the shared server 1-1.5 s, on every search); everything
    /// else, and every count in a database file, is exact.
    Result<StatusCount> statusCount(
        const CaseQuery &query, qint64 serverSearchCap = kServerSearchCountCap);
    static constexpr qint64 kServerSearchCountCap = 10000;

    /// How a page of a search is read on PostgreSQL: the matches taken from the GIN index and
    /// only they sorted (cheap when they are few), or the cases walked in the list's order, each
    /// one's search document tested, until the page is full (cheap when they are many).
    enum class SearchPages
    {
        Choose, ///< by the planner's estimate of the matches (the default)
        FromIndex,
        Walking,
    };
    /// For tests: both ways of reading a page, compared on small data.
    void setSearchPages(SearchPages how) { m_searchPages = how; }
    /// Summaries of the given cases, in the given order (ids that do not exist are skipped).
    Result<QList<CaseSummary>> summaries(const QList<qint64> &ids);

private:
    Status loadIncidents(CaseFile &c);
    Status loadOthers(CaseFile &c);
    QSqlQuery *statement(const QString &sql);
    Status run(QSqlQuery *q);

    Database &m_db;
    StatementCache m_cache;
    SqlDialect m_dialect;
    Result<bool> fewMatches(const QString &match, int limit);

    SearchPages m_searchPages = SearchPages::Choose;
    double m_indexedCases = -1; ///< the planner's count of case_search rows
    QElapsedTimer m_indexedCasesAge;
};

} // namespace td
