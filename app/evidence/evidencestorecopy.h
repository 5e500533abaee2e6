#pragma once

#include "common/result.h"
#include "evidenceprogress.h"
#include "storedevidence.h"

#include <QList>
#include <QStringList>

namespace td {

class Database;
class EvidenceKeys;

/// What a copy (or check) of an evidence store found. Missing and changed files are not copied.
struct EvidenceCopyReport
{
    int files = 0; ///< distinct files copied (or checked) intact
    QStringList missing; ///< SHA-256 of the files not in the source store (or deleted while read)
    QStringList changed; ///< SHA-256 of the files that no longer match, or could not be read
    QStringList problems; ///< one sentence per item whose file is missing or changed

    bool ok() const { return problems.isEmpty(); }
};

/// Copies the files that a database's evidence rows hold from one evidence store into a new one
/// (a backup, a restore), re-hashing every byte on the way; or only re-hashes them (a check).
/// Only the files the rows name are read, so stray files in the source are never carried over.
namespace EvidenceStoreCopy {

/// The rows whose files are in the store (none before schema 2, which introduced the store).
Result<QList<StoredEvidence>> storedRows(Database &db);

/// Reads each distinct file of `rows` from the store at `sourceRoot` and checks its SHA-256 (a
/// sealed file is decrypted to be checked). With a `destinationRoot` (an existing, empty,
/// owner-only folder) the intact files are also written there as they are stored (a sealed file
/// stays sealed, under the same name), in the store's layout (folders 0700, files 0400), and
/// synced to disk. Links are never followed. An Error only for a failed write or a cancel
/// (through `progress`); the caller then discards `destinationRoot`.
Result<EvidenceCopyReport> copy(const QList<StoredEvidence> &rows, const EvidenceKeys &keys,
    const QString &sourceRoot, const QString &destinationRoot,
    const EvidenceProgress &progress = {});

/// copy() from a store of one kind into a store of another: a plaintext store's files are sealed
/// with `destinationKeys` (in the same single pass that checks them) and named by its names key.
Result<EvidenceCopyReport> copyInto(const QList<StoredEvidence> &rows,
    const EvidenceKeys &sourceKeys, const QString &sourceRoot, const EvidenceKeys &destinationKeys,
    const QString &destinationRoot, const EvidenceProgress &progress = {});

} // namespace EvidenceStoreCopy
} // namespace td
