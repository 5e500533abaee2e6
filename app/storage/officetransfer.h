#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace td {

class Database;

/// The SQL of `trustdesk-cli migrate --to URI`: copying every row of a database file (SQLite)
/// into an empty office database (PostgreSQL) with the same ids, inside the caller's write
/// transaction on the target, and comparing both sides afterwards. The evidence bytes are copied
/// by the caller (ServerEvidence), since they live in files. docs/office-mode.md, "Moving a
/// laptop's database to the office server".
namespace OfficeTransfer {

/// One table's rows on one side: how many, and an order-independent digest of their values.
struct TableSummary
{
    QString table;
    qint64 rows = 0;
    QByteArray digest; ///< 16 bytes: two 64-bit sums of each row's BLAKE2b; empty when not asked
};

/// Rows copied so far of `table`; false stops the copy (a cancel).
using Progress = std::function<bool(const QString &table, qint64 done, qint64 total)>;

/// The target's tables that hold case data, in an order that satisfies their foreign keys.
/// An error names a table of the target this version does not know how to copy (a later schema).
Result<QStringList> tables(Database &target);

/// The first table (of `tables`) that holds rows on the target, other than the categories every
/// new database is given; empty when the target holds no case data.
Result<QString> firstNonEmpty(Database &target, const QStringList &tables);

/// Copies every row of each of `tables` from `source` to `target` (ids kept), in batches through
/// prepared statements. The categories seeded on the target are replaced by the source's. The
/// caller holds a write transaction on the target.
Status copyRows(
    Database &source, Database &target, const QStringList &tables, const Progress &progress);

/// Moves each identity sequence of the target past its table's largest id, so the next case,
/// item or audit entry gets a new id.
Status resetSequences(Database &target);

/// Fills the target's search table from the source's index (FTS5 on SQLite): the same folded
/// text, split into tokens for PostgreSQL (SearchText::indexText). Returns the rows written.
Result<qint64> copySearchIndex(Database &source, Database &target);

/// Counts and digests each of `tables`, over the target's columns (which both sides share).
Result<QList<TableSummary>> summarize(
    Database &db, const QStringList &tables, Database &columnsFrom);

} // namespace OfficeTransfer
} // namespace td
