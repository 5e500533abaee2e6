// EvidenceFile::copySealed: the attach of a vault's store, which seals while it hashes.

#include "evidencefile.h"

#include "pipelinedwriter.h"
#include "sealedfile.h"
#include "sha256.h"

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace td::EvidenceFile {
namespace {

/// Hashes chunks on its own thread while the caller seals them: SHA-256 and the secretstream
/// each cost about as much as the disk, so overlapping them is what keeps a vault's attach near
/// a plaintext one.
class PipelinedHasher
{
public:
    PipelinedHasher()
        : m_thread([this] { loop(); })
    { }
    ~PipelinedHasher()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(PipelinedHasher)

    /// Queues a chunk; the caller must not change `data` until waitHashed() covers it.
    void post(const char *data, qint64 size)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back({data, size});
        }
        m_changed.notify_all();
    }
    void waitHashed(qint64 count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_hashed >= count; });
    }
    /// After waitHashed() of every chunk posted.
    QString hexResult() { return m_hash.hexResult(); }

private:
    struct Chunk
    {
        const char *data;
        qint64 size;
    };

    void loop()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_quit; });
            if (m_queue.empty())
                return;
            const Chunk chunk = m_queue.front();
            lock.unlock();
            m_hash.addData(chunk.data, chunk.size);
            lock.lock();
            m_queue.pop_front();
            ++m_hashed;
            lock.unlock();
            m_changed.notify_all();
        }
    }

    Sha256 m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    qint64 m_hashed = 0;
    bool m_quit = false;
    std::thread m_thread;
};

} // namespace

CopyResult copySealed(int source, int destination, const SecureKey &contentKey, qint64 expectedSize,
    const QDateTime &expectedModified, const EvidenceProgress &progress)
{
    CopyResult out;
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
    constexpr int kInputSlots = 8;
    const Buffer inputs = allocate(kInputSlots * kChunkSize);
    const Buffer ring = allocate(kSlots * kChunkSize);
    if (!inputs || !ring) {
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
    std::optional<PipelinedHasher> hasher;
    hasher.emplace();
    qint64 reads = 0;
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
        // The hasher reads this slot until it has caught up with the read kInputSlots ago.
        char *input = inputs.get() + (reads % kInputSlots) * kChunkSize;
        if (reads >= kInputSlots)
            hasher->waitHashed(reads - kInputSlots + 1);
        const ssize_t n = ::read(source, input, static_cast<size_t>(kChunkSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.failure = CopyFailure::Read;
            out.sysErrno = errno;
            return out;
        }
        if (n == 0)
            break;
        hasher->post(input, n);
        ++reads;
        if (out.head.size() < kHeadSize)
            out.head.append(input, std::min<qint64>(n, kHeadSize - out.head.size()));
        out.size += n;
        if (out.size > expectedSize) {
            out.failure = CopyFailure::Changed;
            return out;
        }
        if (!sealer.add(input, n))
            return writeFailed(writeError ? writeError : EIO);
        if (progress && !progress(out.size, expectedSize)) {
            out.failure = CopyFailure::Cancelled;
            return out;
        }
    }
    hasher->waitHashed(reads);
    std::memset(inputs.get(), 0, static_cast<size_t>(kInputSlots * kChunkSize));
    out.failure = sourceUnchanged(source, out.size, expectedSize, expectedModified, out.sysErrno);
    if (out.failure != CopyFailure::None)
        return out;
    const QString sha256 = hasher->hexResult();
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
