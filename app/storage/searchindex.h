#pragma once

#include "common/result.h"
#include "domain/casefile.h"

#include <QList>
#include <QString>

namespace td {

class Database;

/// Full-text search over cases (client names, narratives, locations, officers and badge numbers).
/// SQLite-only (FTS5): everything FTS-specific stays behind this class.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    static Status createSchema(Database &db);

    /// Re-indexes one case; call inside the transaction that saves it.
    Status update(const CaseFile &caseFile);
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

private:
    Database &m_db;
};

} // namespace td
