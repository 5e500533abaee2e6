#pragma once

#include "common/result.h"

#include <QString>

namespace td {

class Database;

/// Consistent copies of a live database, and restoring from them.
namespace Backup {

/// Copies the open database to `destination` with SQLite's online backup API (consistent even
/// while the app writes), as a self-contained file (no WAL), mode 0600. Written under a temporary
/// name, synced, verified, then renamed into place: a crash never leaves a half backup at
/// `destination`. Refuses to overwrite an existing file.
Status create(Database &db, const QString &destination);

/// Checks that `source` is a sound TrustDesk database (header, integrity, invariants) without
/// writing to it. The problems come back as a BadInput/Integrity error.
Status verifyFile(const QString &source);

/// Replaces the contents of the open database with `source`, after verifying it; then upgrades
/// the schema if the backup is older. The current contents stay if anything fails.
Status restore(Database &db, const QString &source);

} // namespace Backup
} // namespace td
