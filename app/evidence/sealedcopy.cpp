// EvidenceFile::copySealed: the attach of a vault's store, which seals while it hashes.

#include "evidencefile.h"

#include "pipelinedwriter.h"
#include "sealedfile.h"
#include "sha256.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace td::EvidenceFile {

CopyResult copySealed(int source, int destination, const SecureKey &contentKey, qint64 expectedSize,
    const QDateTime &expectedModified, const EvidenceProgress &progress)
{
    CopyResult out;
    Sha256 hash;
    using Buffer = std::unique_ptr<char, decltype(&std::free)>;
    const auto allocate = [](qint64 size) {
        return Buffer(static_cast<char *>(
                          std::aligned_alloc(size_t(kDirectAlignment), static_cast<size_t>(size))),
            &std::free);
    };
    // The plaintext is read into `input`, hashed and sealed on this thread; the ciphertext fills
    // a ring of whole aligned chunks that the writer thread writes (with O_DIRECT where it can)
    // while the next ones are sealed. Ciphertext chunks and write chunks need not line up.
    constexpr int kSlots = PipelinedWriter::kSlots;
    const Buffer input = allocate(kChunkSize);
    const Buffer ring = allocate(kSlots * kChunkSize);
    if (!input || !ring) {
        out.failure = CopyFailure::Read;
        out.sysErrno = ENOMEM;
        return out;
    }
    qint64 limit = writeLimitForTesting();
    qint64 posted = 0;
    qint64 fill = 0;
    int writeError = 0;
    std::optional<PipelinedWriter> writer; // after the buffers: joined before they are freed
    writer.emplace(destination);
    const auto post = [&]() {
        if (limit >= 0 && fill > limit) {
            writeError = ENOSPC;
            return false;
        }
        if (limit >= 0)
            limit -= fill;
        writer->post(ring.get() + (posted % kSlots) * kChunkSize, fill);
        ++posted;
        fill = 0;
        // The next slot was last posted kSlots posts ago: wait until that one is written.
        if (posted >= kSlots && !writer->waitWritten(posted - kSlots + 1)) {
            writeError = writer->error();
            return false;
        }
        return true;
    };
    SealedWriter sealer(contentKey, [&](const char *data, qint64 size) {
        while (size > 0) {
            const qint64 take = qMin(size, kChunkSize - fill);
            std::memcpy(ring.get() + (posted % kSlots) * kChunkSize + fill, data, size_t(take));
            fill += take;
            data += take;
            size -= take;
            if (fill == kChunkSize && !post())
                return false;
        }
        return true;
    });
    const auto writeFailed = [&](int err) {
        out.failure = err == ENOSPC || err == EDQUOT ? CopyFailure::DiskFull : CopyFailure::Write;
        out.sysErrno = err;
        return out;
    };
    if (sealer.failed())
        return writeFailed(EINVAL);

    for (;;) {
        const ssize_t n = ::read(source, input.get(), static_cast<size_t>(kChunkSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.failure = CopyFailure::Read;
            out.sysErrno = errno;
            return out;
        }
        if (n == 0)
            break;
        hash.addData(input.get(), n);
        if (out.head.size() < kHeadSize)
            out.head.append(input.get(), std::min<qint64>(n, kHeadSize - out.head.size()));
        out.size += n;
        if (out.size > expectedSize) {
            out.failure = CopyFailure::Changed;
            return out;
        }
        if (!sealer.add(input.get(), n))
            return writeFailed(writeError ? writeError : EIO);
        if (progress && !progress(out.size, expectedSize)) {
            out.failure = CopyFailure::Cancelled;
            return out;
        }
    }
    std::memset(input.get(), 0, static_cast<size_t>(kChunkSize));
    struct stat st
    {
    };
    if (::fstat(source, &st) != 0) {
        out.failure = CopyFailure::Read;
        out.sysErrno = errno;
        return out;
    }
    if (st.st_nlink == 0) {
        out.failure = CopyFailure::Vanished;
        return out;
    }
    if (out.size != expectedSize || st.st_size != expectedSize
        || (expectedModified.isValid() && modifiedOf(st) != expectedModified)) {
        out.failure = CopyFailure::Changed;
        return out;
    }
    const QString sha256 = hash.hexResult();
    if (!sealer.finish(QByteArray::fromHex(sha256.toLatin1())))
        return writeFailed(writeError ? writeError : EIO);
    if (fill > 0 && !post())
        return writeFailed(writeError);
    if (!writer->waitWritten(posted))
        return writeFailed(writer->error());
    if (::fsync(destination) != 0)
        return writeFailed(errno);
    out.sha256 = sha256;
    return out;
}

} // namespace td::EvidenceFile
