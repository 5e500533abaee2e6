#pragma once

#include "backupprogress.h"
#include "common/result.h"

#include <QString>

namespace td {

class Database;

/// Consistent copies of a live database with its evidence, and restoring from them.
///
/// A backup FILE has the layout of a live database, so it is itself an openable TrustDesk
/// database with its evidence, to keep or hand over as a pair: FILE, a self-contained SQLite copy
/// (0600, no WAL), and FILE.evidence/ beside it, the evidence store's files that the copied rows
/// hold (`ab/cdef…` by SHA-256, folders 0700, files 0400).
namespace Backup {

/// Copies the open database with SQLite's online backup API (consistent even while the app writes)
/// and every evidence file its rows hold, re-hashing each. Written under temporary names, synced
/// and verified, then renamed into place, evidence folder first: a crash or a failure never leaves
/// a half backup at `destination`. Refuses to overwrite an existing FILE or FILE.evidence. A
/// missing or changed evidence file is an Integrity error, and nothing is left behind; so is a
/// cancel through `progress`, up to the moment the backup is moved into place.
Status create(Database &db, const QString &destination, const BackupProgress &progress = {});

/// Checks that `source` is a sound TrustDesk database (header, integrity, invariants) and that
/// every evidence file its rows hold is in `source`.evidence with the right SHA-256, without
/// writing to either. The problems come back as a BadInput/Integrity error.
Status verifyFile(const QString &source, const BackupProgress &progress = {});

/// Replaces the contents of the open database and its evidence store with the backup `source`,
/// after verifying it; then upgrades the schema if the backup is older. The new store is built
/// and checked beside the old one and swapped in right after the database is replaced: if
/// anything fails before, the database and the store keep their contents. It can be cancelled
/// through `progress` until BackupStep::Replacing, which it reports just before replacing.
Status restore(Database &db, const QString &source, const BackupProgress &progress = {});

/// FILE.evidence: where the backup FILE keeps its evidence.
QString evidenceFolder(const QString &backupFile);

} // namespace Backup
} // namespace td
