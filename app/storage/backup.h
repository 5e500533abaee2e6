#pragma once

#include "backupprogress.h"
#include "common/result.h"

#include <QString>

namespace td {

class Database;
class SecureKey;

/// Consistent copies of a live database with its evidence, and restoring from them.
///
/// A backup FILE has the layout of a live database, so it is itself an openable TrustDesk
/// database with its evidence, to keep or hand over as a pair: FILE, a self-contained SQLite copy
/// (0600, no WAL), and FILE.evidence/ beside it, the evidence store's files that the copied rows
/// hold (`ab/cdef…` by SHA-256, folders 0700, files 0400).
///
/// The backup of an encrypted database is encrypted too: FILE holds the vault's pages encrypted
/// with the same data key (never in the clear, not even while it is written), and FILE.vault is
/// a copy of the vault's key file, so the backup opens with the passphrase of the day it was
/// made, or the recovery key. Restoring keeps the target's own key file and passphrase.
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
/// `sourceKey` opens an encrypted backup (one with FILE.vault beside it).
Status verifyFile(const QString &source, const BackupProgress &progress = {},
    const SecureKey *sourceKey = nullptr);

/// Replaces the contents of the open database and its evidence store with the backup `source`,
/// after verifying it; then upgrades the schema if the backup is older. The new store is built
/// and checked beside the old one and swapped in right after the database is replaced: if
/// anything fails before, the database and the store keep their contents. It can be cancelled
/// through `progress` until BackupStep::Replacing, which it reports just before replacing.
///
/// Encryption: an encrypted backup (opened with `sourceKey`) restores into an encrypted database
/// only, never into a plaintext one, which would put its cases on disk in the clear. A plaintext
/// backup restores into either; into a vault its pages are encrypted on the way (staged as an
/// encrypted file beside the database first).
Status restore(Database &db, const QString &source, const BackupProgress &progress = {},
    const SecureKey *sourceKey = nullptr);

/// FILE.vault: the key file a backup of an encrypted database keeps beside FILE.
QString keyFileOf(const QString &backupFile);
/// True when the backup FILE is encrypted (its key file is beside it).
bool isEncrypted(const QString &backupFile);

/// FILE.evidence: where the backup FILE keeps its evidence.
QString evidenceFolder(const QString &backupFile);

} // namespace Backup
} // namespace td
