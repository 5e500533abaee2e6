#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::EvidenceFile {

inline constexpr qint64 kDirectAlignment = 4096;

/// The modification time of `st`, UTC, in milliseconds.
QDateTime modifiedOf(const struct stat &st);
/// After a copy of `copied` bytes from `source`: None when the file is still the one opened
/// (`expectedSize` bytes, its time unchanged, still named), else why not (errno in `sysErrno`).
enum class CopyFailure;
CopyFailure sourceUnchanged(int source, qint64 copied, qint64 expectedSize,
    const QDateTime &expectedModified, int &sysErrno);
/// The write limit set by setWriteLimitForTesting (-1: none).
qint64 writeLimitForTesting();
/// write() until done or failed (errno in `err`), retrying on EINTR.
bool writeAll(int fd, const char *data, qint64 size, int &err);

/// Writes chunks on its own thread while the caller reads and hashes the next ones: with the
/// CPU's SHA instructions the hash and the copy take similar time, so overlapping them is what
/// lets an attach beat `openssl dgst; cp; sync`. A ring of kSlots chunks decouples the two
/// threads, so on a busy machine neither waits for the other to be scheduled at every chunk.
/// (Starting writeback early with sync_file_range was tried: the copy then waited on a busy
/// disk and was slower, so the single fsync at the end stays.)
class PipelinedWriter
{
public:
    static constexpr int kSlots = 8;

    explicit PipelinedWriter(int fd)
        : m_fd(fd)
        , m_direct(setDirect(fd, true))
        , m_thread([this] { loop(); })
    { }
    ~PipelinedWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(PipelinedWriter)

    /// Waits until `count` chunks are written (or a write failed: then false, see error()).
    bool waitWritten(qint64 count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_written >= count || m_error != 0; });
        return m_error == 0;
    }
    /// Queues a chunk; the caller must not reuse `data` until waitWritten() covers it.
    void post(const char *data, qint64 size)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back({data, size});
        }
        m_changed.notify_all();
    }
    int error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    struct Chunk
    {
        const char *data;
        qint64 size;
    };

    // O_DIRECT: the chunks go from our buffers to the disk while the next ones are hashed, instead
    // of being copied into the page cache and flushed by the final fsync. Whole aligned chunks
    // only; the tail, a short chunk, or a file system that refuses it falls back to buffered
    // writes.
    static bool setDirect(int fd, bool on)
    {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0)
            return false;
        return ::fcntl(fd, F_SETFL, on ? (flags | O_DIRECT) : (flags & ~O_DIRECT)) == 0 && on;
    }

    bool write(const Chunk &chunk, int &err)
    {
        if (m_direct
            && (chunk.size % kDirectAlignment != 0
                || reinterpret_cast<quintptr>(chunk.data) % kDirectAlignment != 0))
            m_direct = setDirect(m_fd, false);
        if (m_direct) {
            if (writeAll(m_fd, chunk.data, chunk.size, err)) {
                m_offset += chunk.size;
                return true;
            }
            if (err != EINVAL)
                return false;
            // Refused (the file system does not do direct I/O): write the whole chunk again,
            // buffered, from where it started.
            m_direct = setDirect(m_fd, false);
            if (::lseek(m_fd, m_offset, SEEK_SET) != m_offset) {
                err = errno;
                return false;
            }
        }
        if (!writeAll(m_fd, chunk.data, chunk.size, err))
            return false;
        m_offset += chunk.size;
        return true;
    }

    void loop()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_quit; });
            if (m_queue.empty())
                return;
            const Chunk chunk = m_queue.front();
            const bool failed = m_error != 0;
            lock.unlock();
            int err = 0;
            const bool ok = failed || write(chunk, err);
            lock.lock();
            m_queue.pop_front();
            if (!ok)
                m_error = err;
            ++m_written;
            lock.unlock();
            m_changed.notify_all();
        }
    }

    int m_fd;
    bool m_direct = false; // m_direct and m_offset: the writer thread's only (after construction)
    qint64 m_offset = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    qint64 m_written = 0;
    bool m_quit = false;
    int m_error = 0;
    std::thread m_thread;
};

} // namespace td::EvidenceFile
