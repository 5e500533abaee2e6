#pragma once

#include "common/result.h"
#include "stats/statisticstable.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

struct sqlite3;

namespace td {

/// The counts of a statistics table gathered in one pass (SQLite only; StatisticsQuery falls back
/// to portable GROUP BY statements elsewhere). The statement selects the case id, the incident id,
/// the row key and (for two dimensions) the column key, ordered by case id then incident
/// position: every row of one case, and of one incident, arrives together, so a distinct count
/// needs only the last id counted per cell, not a set, and SQLite needs no sort (the order is
/// the index incidents_case's). Grouping in SQL instead costs a sort and a temporary B-tree per
/// COUNT(DISTINCT) and statement (BENCHMARKS.md, "Statistics").
namespace StatisticsScan {

/// A key for some cases, computed before the scan (the outcome): `byCase` in ascending case id,
/// each with an index into `keys`. The scan meets cases in the same order, so it walks the list
/// instead of looking each case up.
struct CaseKeys
{
    std::vector<std::pair<qint64, int>> byCase;
    QList<QByteArray> keys;
};

/// Where the key of a dimension comes from in the scan.
struct KeySource
{
    /// Stored text → key, for typed text whose key is its normalised form (agency); null: the
    /// selected text is the key.
    const QHash<QByteArray, QByteArray> *rename = nullptr;
    /// The key of each case, for a key of the case computed beforehand (outcome); the selected
    /// column is then ignored, and a case missing from it gets `missing`.
    const CaseKeys *byCase = nullptr;
    QByteArray missing;
    /// Stored text → key computed in C++, once per distinct text (the quarter of a month, a
    /// district upper-cased exactly as SQL's upper(trim()) would); null: none.
    QByteArray (*derive)(const QByteArray &stored) = nullptr;
};

/// "2026-03" → "2026-Q1", as the portable SQL's CASE.
QByteArray quarterOfMonth(const QByteArray &month);
/// SQL's upper(trim(text)): spaces trimmed, ASCII letters upper-cased, nothing else touched.
QByteArray upperTrimmed(const QByteArray &text);

struct Counts
{
    QHash<QString, StatisticsCount> rows;
    QHash<QString, StatisticsCount> columns;
    QHash<QString, QHash<QString, StatisticsCount>> cells;
    StatisticsCount total;
};

/// Runs `sql` with the text `values` bound in order.
Result<Counts> run(sqlite3 *db, const QString &sql, const QStringList &values,
    const KeySource &rowKeys, const KeySource *columnKeys);

/// The distinct texts of the first column `sql` selects, with how many rows have each: the
/// spellings of typed text, counted in C++ (SQL's GROUP BY sorts every row first).
struct TextCounts
{
    QList<QByteArray> texts;
    QList<qint64> counts; ///< same index as texts
};
Result<TextCounts> countTexts(sqlite3 *db, const QString &sql);

/// Each case's latest complaint submission, in one pass over the submissions.
struct LatestSubmissions
{
    /// The status as typed of each case's latest submission (by filing date, none counting as
    /// earliest, then position); `keys` are the distinct statuses as typed.
    CaseKeys latest;
    /// How many submissions, of every case, have each status in `latest.keys` (same index): what
    /// the most frequent spelling of an outcome is chosen by.
    QList<qint64> submissions;
};
Result<LatestSubmissions> latestSubmissions(sqlite3 *db);

} // namespace StatisticsScan

} // namespace td
