#pragma once

#include "common/result.h"
#include "domain/casefile.h"
#include "sqldialect.h"

#include <QList>
#include <QString>

#include <memory>

namespace td {

class Database;
class StatementCache;

/// Full-text search over cases (client names, narratives, locations, officers and badge numbers).
/// FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL: everything engine-specific stays
/// behind this class. Both engines are given the same folded tokens (SearchText), so the same
/// query finds the same cases on both.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /// SQL for other statements that filter cases by a search (the case list, client matching):
    /// `s` is the index, `c` the cases; `matches` takes the bound value matchValue() as :match.
    struct SqlParts
    {
        QString indexJoinCases; ///< "case_search s JOIN cases c ON …"
        QString caseId; ///< the index's case id column
        QString matches; ///< the condition, with the placeholder :match
    };
    static SqlParts sqlParts(SqlDialect dialect);
    /// The value bound to :match for `userQuery`; empty when nothing in it is searchable.
    static QString matchValue(SqlDialect dialect, const QString &userQuery);

    static Status createSchema(Database &db);

    /// Re-indexes one case; call inside the transaction that saves it.
    Status update(const CaseFile &caseFile);
    /// Indexes a case that was never indexed (a new one): update() without its delete.
    Status insert(const CaseFile &caseFile);
    Status remove(qint64 caseId);
    /// Merges index segments so a deleted case's words are gone from the file (no FTS5
    /// secure-delete before SQLite 3.42).
    Status optimize();

    /// Case ids best matching `query`, at most `limit`. Ranked by relevance when the matches are
    /// few enough to rank cheaply, newest first otherwise, so common words stay fast.
    Result<QList<qint64>> search(const QString &query, int limit);
    /// How many cases match (counts every match; for status lines and tests).
    Result<qint64> count(const QString &query);

    /// Matches above this count are returned newest first instead of ranked.
    static constexpr int kRankingCap = 2000;
    /// PostgreSQL: a one-word search whose matches the planner estimates at this many or more is
    /// answered newest first without counting them up to the cap (see searchPostgres).
    static constexpr double kSurelyAboveCap = 10.0 * kRankingCap;

    /// PostgreSQL: the planner's estimate of the cases matching `match` (a matchValue()), from
    /// the column's statistics through EXPLAIN, no row read (~0.3 ms). For choosing a plan: a
    /// wrong estimate may cost time, and must never cost a row.
    static Result<double> estimatedMatches(Database &db, const QString &match);

private:
    Result<QList<qint64>> searchPostgres(const QString &query, int limit);
    /// The newest `limit` cases matching the tsquery `match`.
    Result<QList<qint64>> newestPostgres(const QString &match, int limit);

    Database &m_db;
    /// update() and remove() run per saved case (thousands per demo or import batch): prepared
    /// once, not per call (on PostgreSQL a prepare and a deallocate are round trips of their own).
    std::unique_ptr<StatementCache> m_cache;
};

} // namespace td
