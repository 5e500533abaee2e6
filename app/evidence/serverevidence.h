#pragma once

#include "common/result.h"
#include "evidencefile.h"
#include "storedfile.h"

namespace td {

class Database;
class EvidenceKeys;

/// Evidence kept in an office server's `evidence_chunks` table rather than in files: sealing a
/// source file into rows (ChunkSealer) and reading them back checked (ChunkOpener), a 64 KiB
/// chunk at a time. Format: docs/office-mode.md, "Evidence in the server".
namespace ServerEvidence {

/// Reads `source` from its start, seals it for item `evidenceId` with `keys` and inserts the
/// rows, in the caller's transaction. `sha256` (hex) is the plaintext's, from a first pass: the
/// last row binds it, and a source whose bytes hash otherwise now fails with Changed. An Error
/// only when the server refused a row.
Result<EvidenceFile::CopyResult> seal(Database &db, const EvidenceKeys &keys, qint64 evidenceId,
    int source, qint64 expectedSize, const QDateTime &expectedModified, const QString &sha256,
    const EvidenceProgress &progress);

/// Seals `bytes`, made in memory (a redacted copy), as item `evidenceId`'s rows, in the caller's
/// transaction; `sha256` (hex) is theirs. As seal(), without a file: chunk by chunk from memory.
Result<EvidenceFile::CopyResult> sealBytes(Database &db, const EvidenceKeys &keys,
    qint64 evidenceId, const QByteArray &bytes, const QString &sha256);
/// Reads the stored file at `path` of another database's evidence store (plaintext, or sealed
/// with `sourceKeys`) and seals its plaintext for item `evidenceId` with `keys`, a chunk at a
/// time as it is read (migrate --to). The plaintext must hash to `sha256`: otherwise (and for a
/// sealed file that does not decrypt) a failure, with the last row not written. An Error only
/// when the server refused a row.
Result<EvidenceFile::CopyResult> sealStored(Database &db, const EvidenceKeys &keys,
    qint64 evidenceId, const EvidenceKeys &sourceKeys, const QString &path, const QString &sha256,
    const EvidenceProgress &progress);

/// Reads item `evidenceId`'s rows, decrypting and hashing them; `options.plainOut` and
/// `options.keep` as for a stored file (rawOut is not supported: there is no file). No rows is
/// Missing; a row that does not open, or rows that end before the final one, Damaged.
StoredFile::ReadResult read(Database &db, const EvidenceKeys &keys, qint64 evidenceId,
    const QString &sha256, qint64 size, const StoredFile::ReadOptions &options,
    const EvidenceProgress &progress);

} // namespace ServerEvidence
} // namespace td
