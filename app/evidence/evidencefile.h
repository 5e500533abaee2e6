#pragma once

#include "evidenceprogress.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace td {

class SecureKey;

/// An owned POSIX file descriptor, closed on destruction.
class FileDescriptor
{
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor();
    FileDescriptor(FileDescriptor &&other) noexcept
        : m_fd(other.release())
    { }
    FileDescriptor &operator=(FileDescriptor &&other) noexcept;
    Q_DISABLE_COPY(FileDescriptor)

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release();
    /// Closes now; false (errno set) when close reported a deferred write error.
    bool close();

private:
    int m_fd = -1;
};

/// Low-level file work for the evidence store: opening sources safely, and copying while hashing
/// in one pass, in fixed-size chunks (a 2 GB video is never in memory).
namespace EvidenceFile {

enum class OpenFailure
{
    None,
    Missing,
    SymbolicLink,
    Directory,
    NotRegular,
    Unreadable
};

struct OpenedSource
{
    FileDescriptor fd;
    OpenFailure failure = OpenFailure::None;
    int sysErrno = 0;
    qint64 size = 0;
    QDateTime modified; ///< UTC
};

/// Opens `path` for reading: regular files only and never through a symbolic link (the check and
/// the open are one system call, so a link swapped in between is refused too).
OpenedSource openSource(const QString &path);

enum class CopyFailure
{
    None,
    Read,
    Write,
    DiskFull,
    Changed,
    Vanished,
    Cancelled,
    Damaged ///< a sealed file that does not decrypt (changed, cut, extended or swapped)
};

struct CopyResult
{
    CopyFailure failure = CopyFailure::None;
    int sysErrno = 0;
    QString sha256;
    qint64 size = 0;
    QByteArray head; ///< the first bytes (for media type and EXIF), at most kHeadSize
};

inline constexpr qint64 kHeadSize = 256 * 1024;
inline constexpr qint64 kChunkSize = 4 * 1024 * 1024;

/// Reads `source` to its end, hashing every byte and writing it to `destination` (skipped when
/// destination is -1). `expectedSize` is the size seen at open: a source that grows, shrinks,
/// changes its time or loses its last name meanwhile fails with Changed or Vanished.
CopyResult copy(int source, int destination, qint64 expectedSize, const QDateTime &expectedModified,
    const EvidenceProgress &progress);

/// Like copy(), but writes `destination` in the sealed format (SealedFile) with `contentKey`:
/// the SHA-256 in the result is the plaintext's, hashed in the same pass.
CopyResult copySealed(int source, int destination, const SecureKey &contentKey, qint64 expectedSize,
    const QDateTime &expectedModified, const EvidenceProgress &progress);

/// After reading `copied` bytes of `source`: None when it still has the size and time seen at
/// open and a name, else Changed, Vanished or Read.
CopyFailure sourceUnchanged(int source, qint64 copied, qint64 expectedSize,
    const QDateTime &expectedModified, int &sysErrno);

/// fsync on a folder, so a rename into it survives a power cut.
bool syncDirectory(const QString &path);

/// Makes `path` (and missing parents up to `root`) with mode 0700.
bool makeOwnerOnlyPath(const QString &path);

/// Test seam: pretends the disk fills up after `bytes` more bytes are written (-1: off).
void setWriteLimitForTesting(qint64 bytes);

} // namespace EvidenceFile
} // namespace td
