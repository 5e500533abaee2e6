#pragma once

#include "common/result.h"
#include "evidencefile.h"
#include "evidenceprogress.h"

#include <QByteArray>
#include <QString>

namespace td {

class EvidenceKeys;

/// Reading a file back out of an evidence store, checked, whichever kind the store is: a
/// plaintext file is hashed; a sealed one (SealedFile) is decrypted, every chunk authenticated,
/// and hashed. The plaintext never touches the disk unless the caller hands a descriptor for it.
namespace StoredFile {

struct ReadOptions
{
    int plainOut = -1; ///< written the plaintext (an export); fsynced at the end
    int rawOut = -1; ///< written the stored bytes as they are (a backup); fsynced at the end
    qint64 keep = 0; ///< keep the first `keep` plaintext bytes in memory (a preview)
};

struct ReadResult
{
    EvidenceFile::OpenFailure openFailure = EvidenceFile::OpenFailure::None;
    int sysErrno = 0;
    /// The read itself: `sha256` is the plaintext's as read (empty when it did not decrypt:
    /// failure Damaged), `size` the plaintext bytes.
    EvidenceFile::CopyResult copy;
    /// The first `keep` bytes; use them only when intact() (a sealed file is known to be whole,
    /// and the one expected, only at its end).
    QByteArray kept;

    bool opened() const { return openFailure == EvidenceFile::OpenFailure::None; }
    /// Read to the end and holding exactly the bytes of `sha256`.
    bool intact(const QString &sha256) const
    {
        return opened() && copy.failure == EvidenceFile::CopyFailure::None && copy.sha256 == sha256;
    }
};

/// Reads the stored file at `path` (never through a link) that should hold the bytes of
/// `sha256`. `progress` gets plaintext bytes done and the stored size.
ReadResult read(const EvidenceKeys &keys, const QString &path, const QString &sha256,
    const ReadOptions &options = {}, const EvidenceProgress &progress = {});

/// The whole plaintext of the file of `sha256` in the store at `root`, when it is intact and at
/// most `maxBytes` long; an empty array otherwise (missing, changed, too large). For previews and
/// thumbnails, which decode from memory.
QByteArray readAll(
    const EvidenceKeys &keys, const QString &root, const QString &sha256, qint64 maxBytes);

} // namespace StoredFile
} // namespace td
