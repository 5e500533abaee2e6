#pragma once

#include "common/result.h"
#include "storage/officetransfer.h"

#include <QList>
#include <QString>

#include <functional>

namespace td {
class Database;
}

namespace td::cli {

/// What `migrate --to` copied and checked.
struct MigrationReport
{
    QList<OfficeTransfer::TableSummary> tables; ///< rows per table, as found on both sides
    qint64 searchRows = 0;
    qint64 evidenceItems = 0; ///< items whose bytes were sealed into the server
    qint64 evidenceBytes = 0; ///< their plaintext bytes
};

/// Progress for a person at a terminal: a phase ("cases", "evidence", "checking") and how far.
using MigrationProgress = std::function<void(const QString &phase, qint64 done, qint64 total)>;

/// Copies every row and every stored evidence file of `source` (a database file, opened
/// read-only) into `target` (an empty office database whose office key is unlocked), then
/// compares both sides: row counts and digests per table, the audit chain, and every item read
/// back from the server against its SHA-256. All in one transaction on the target, committed
/// only when everything matched: otherwise nothing stays. A difference or a damaged source file
/// is an Integrity error naming it. The server's log then gains a `database.migrate` entry.
Result<MigrationReport> migrateToOffice(Database &source, Database &target,
    const QStringList &tables, const MigrationProgress &progress);

} // namespace td::cli
