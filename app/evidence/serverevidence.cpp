#include "serverevidence.h"

#include "crypto/evidencechunks.h"
#include "evidencekeys.h"
#include "pipelinedwriter.h"
#include "sha256.h"
#include "storage/database.h"
#include "storage/evidencechunktable.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <functional>

#include <unistd.h>

namespace td::ServerEvidence {
namespace {

// Fills `buffer` with up to its size from `fd`; the count read, or -1 (errno set).
qint64 readFull(int fd, char *buffer, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, buffer + got, size_t(size - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

// Reads up to `size` bytes into `buffer`: the count read, or -1 (errno set).
using ChunkReader = std::function<qint64(char *buffer, qint64 size)>;

// The rows of one item from `next`: the header row, then each 64 KiB chunk sealed once the next
// one shows whether it is the last. Stops with Changed when the bytes are not those of `sha256`.
Result<EvidenceFile::CopyResult> sealRows(Database &db, const EvidenceKeys &keys, qint64 evidenceId,
    const ChunkReader &next, qint64 expectedSize, const QString &sha256,
    const EvidenceProgress &progress)
{
    using EvidenceFile::CopyFailure;
    EvidenceFile::CopyResult out;
    EvidenceChunkTable rows(db);
    ChunkSealer sealer(keys.contentKey(), evidenceId);
    const QByteArray header = sealer.header();
    if (header.isEmpty()) {
        out.failure = CopyFailure::Write;
        return out;
    }
    if (auto s = rows.insert(evidenceId, 0, header); !s)
        return s.error();
    const QByteArray digest = QByteArray::fromHex(sha256.toLatin1());
    Sha256 hash;
    QByteArray current(EvidenceChunks::kChunkSize, Qt::Uninitialized);
    QByteArray following(EvidenceChunks::kChunkSize, Qt::Uninitialized);
    qint64 currentSize = next(current.data(), EvidenceChunks::kChunkSize);
    qint64 n = 1;
    while (currentSize > 0) {
        const qint64 nextSize = next(following.data(), EvidenceChunks::kChunkSize);
        if (nextSize < 0) {
            out.failure = CopyFailure::Read;
            out.sysErrno = errno;
            return out;
        }
        hash.addData(current.constData(), currentSize);
        if (out.head.size() < EvidenceFile::kHeadSize)
            out.head.append(current.constData(),
                std::min<qint64>(currentSize, EvidenceFile::kHeadSize - out.head.size()));
        out.size += currentSize;
        if (out.size > expectedSize) {
            out.failure = CopyFailure::Changed;
            return out;
        }
        const bool final = nextSize == 0;
        if (final && hash.hexResult() != sha256) {
            out.failure = CopyFailure::Changed; // not the bytes hashed in the first pass
            return out;
        }
        const QByteArray row = sealer.seal(n, current.constData(), currentSize, final, digest);
        if (auto s = rows.insert(evidenceId, n, row); !s)
            return s.error();
        ++n;
        if (progress && !progress(out.size, expectedSize)) {
            out.failure = CopyFailure::Cancelled;
            return out;
        }
        current.swap(following);
        currentSize = nextSize;
    }
    if (currentSize < 0) {
        out.failure = CopyFailure::Read;
        out.sysErrno = errno;
    }
    return out;
}

} // namespace

Result<EvidenceFile::CopyResult> seal(Database &db, const EvidenceKeys &keys, qint64 evidenceId,
    int source, qint64 expectedSize, const QDateTime &expectedModified, const QString &sha256,
    const EvidenceProgress &progress)
{
    using EvidenceFile::CopyFailure;
    if (!keys.isSealed() || ::lseek(source, 0, SEEK_SET) != 0) {
        EvidenceFile::CopyResult out;
        out.failure = CopyFailure::Read;
        out.sysErrno = keys.isSealed() ? errno : 0;
        return out;
    }
    auto sealed = sealRows(
        db, keys, evidenceId,
        [source](char *buffer, qint64 size) { return readFull(source, buffer, size); },
        expectedSize, sha256, progress);
    if (!sealed || sealed->failure != CopyFailure::None)
        return sealed;
    auto &out = sealed.value();
    out.failure = EvidenceFile::sourceUnchanged(
        source, out.size, expectedSize, expectedModified, out.sysErrno);
    if (out.failure == CopyFailure::None)
        out.sha256 = sha256;
    return sealed;
}

Result<EvidenceFile::CopyResult> sealBytes(Database &db, const EvidenceKeys &keys,
    qint64 evidenceId, const QByteArray &bytes, const QString &sha256)
{
    using EvidenceFile::CopyFailure;
    if (!keys.isSealed()) {
        EvidenceFile::CopyResult out;
        out.failure = CopyFailure::Read;
        return out;
    }
    qint64 at = 0;
    auto sealed = sealRows(db, keys, evidenceId,
        [&bytes, &at](char *buffer, qint64 size) {
            const qint64 n = std::min<qint64>(size, bytes.size() - at);
            std::memcpy(buffer, bytes.constData() + at, size_t(n));
            at += n;
            return n;
        },
        bytes.size(), sha256, {});
    if (sealed && sealed->failure == CopyFailure::None) {
        if (sealed->size == bytes.size())
            sealed->sha256 = sha256;
        else
            sealed->failure = CopyFailure::Changed;
    }
    return sealed;
}

StoredFile::ReadResult read(Database &db, const EvidenceKeys &keys, qint64 evidenceId,
    const QString &sha256, qint64 size, const StoredFile::ReadOptions &options,
    const EvidenceProgress &progress)
{
    using EvidenceFile::CopyFailure;
    StoredFile::ReadResult result;
    if (!keys.isSealed()) {
        result.openFailure = EvidenceFile::OpenFailure::Unreadable;
        return result;
    }
    auto &out = result.copy;
    ChunkOpener opener(keys.contentKey(), evidenceId, QByteArray::fromHex(sha256.toLatin1()));
    Sha256 hash;
    QByteArray plain;
    bool any = false;
    int writeError = 0;
    // One view of the rows, however many batches they take.
    const ReadSnapshot snapshot(db);
    const Status status
        = EvidenceChunkTable(db).read(evidenceId, [&](qint64 n, const QByteArray &row) {
              any = true;
              if (!opener.open(n, row, plain)) {
                  out.failure = CopyFailure::Damaged;
                  return false;
              }
              if (plain.isEmpty())
                  return true;
              hash.addData(plain.constData(), plain.size());
              out.size += plain.size();
              if (result.kept.size() < options.keep)
                  result.kept.append(
                      plain.constData(), std::min(plain.size(), options.keep - result.kept.size()));
              if (out.head.size() < EvidenceFile::kHeadSize)
                  out.head.append(plain.constData(),
                      std::min<qint64>(plain.size(), EvidenceFile::kHeadSize - out.head.size()));
              if (options.plainOut >= 0
                  && !EvidenceFile::writeAll(
                      options.plainOut, plain.constData(), plain.size(), writeError)) {
                  out.failure = writeError == ENOSPC || writeError == EDQUOT ? CopyFailure::DiskFull
                                                                             : CopyFailure::Write;
                  out.sysErrno = writeError;
                  return false;
              }
              if (progress && !progress(out.size, size)) {
                  out.failure = CopyFailure::Cancelled;
                  return false;
              }
              return true;
          });
    if (!status) {
        result.openFailure = EvidenceFile::OpenFailure::Unreadable;
        return result;
    }
    if (!any) {
        result.openFailure = EvidenceFile::OpenFailure::Missing;
        return result;
    }
    if (out.failure != CopyFailure::None)
        return result;
    if (!opener.finish()) {
        out.failure = CopyFailure::Damaged;
        return result;
    }
    if (options.plainOut >= 0 && ::fsync(options.plainOut) != 0) {
        out.failure
            = errno == ENOSPC || errno == EDQUOT ? CopyFailure::DiskFull : CopyFailure::Write;
        out.sysErrno = errno;
        return result;
    }
    out.sha256 = hash.hexResult();
    return result;
}

} // namespace td::ServerEvidence
