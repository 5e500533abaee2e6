#pragma once

#include "common/result.h"
#include "officebackupfile.h"

#include <QString>

#include <functional>

namespace td {

class Database;
class SecureKey;

/// Backing up and restoring an office database (PostgreSQL) as one sealed file
/// (OfficeBackupFile; docs/office-mode.md, "Backing up an office database").
namespace OfficeBackup {

/// Rows (create, restore) or bytes (checking) done of total; returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// Writes every table of `db` (whose office key is unlocked: Database::officeKey) to
/// `destination` in one REPEATABLE READ snapshot, table by table through a cursor, never the
/// whole database in memory. Written under a temporary name beside it (0600), synced, checked,
/// then renamed into place: a crash or a failure never leaves a file at `destination`, which
/// must not exist yet. Refused without an office key (nothing could be sealed).
Status create(
    Database &db, const QString &destination, const QString &actor, const Progress &progress = {});

/// Whether `db` is empty enough to restore into: no rows but the schema's own. Refused with a
/// message saying so otherwise. restore() checks it too; call it first to ask for nothing in vain.
Status checkEmpty(Database &db);

/// Writes the backup `file`, opened with `officeKey`, into `db`, an office database without
/// data (just made, or set up by `init`); any other is refused untouched. The file is checked
/// whole first (OfficeBackupFile::verify); the rows are then written in one transaction, the
/// identity sequences moved past the restored ids, the audit chain verified and the restore
/// recorded: a failure or a kill leaves `db` as empty as it was. `progress` hears (0, total)
/// once the file checked out and (total, total) just before the commit; false from any call
/// cancels and leaves `db` as empty as it was.
Status restore(Database &db, const QString &file, const SecureKey &officeKey, const QString &actor,
    const Progress &progress = {});

} // namespace OfficeBackup
} // namespace td
