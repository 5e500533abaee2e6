#include "evidencefile.h"

#include "pipelinedwriter.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

FileDescriptor::~FileDescriptor()
{
    close();
}

FileDescriptor &FileDescriptor::operator=(FileDescriptor &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.release();
    }
    return *this;
}

int FileDescriptor::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

bool FileDescriptor::close()
{
    if (m_fd < 0)
        return true;
    const int result = ::close(m_fd);
    m_fd = -1;
    return result == 0;
}

namespace EvidenceFile {
namespace {

std::atomic<qint64> g_writeLimit {-1};

} // namespace

QDateTime modifiedOf(const struct stat &st)
{
    return QDateTime::fromMSecsSinceEpoch(
        qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, QTimeZone::utc());
}

CopyFailure sourceUnchanged(int source, qint64 copied, qint64 expectedSize,
    const QDateTime &expectedModified, int &sysErrno)
{
    struct stat st
    {
    };
    if (::fstat(source, &st) != 0) {
        sysErrno = errno;
        return CopyFailure::Read;
    }
    if (st.st_nlink == 0)
        return CopyFailure::Vanished;
    if (copied != expectedSize || st.st_size != expectedSize
        || (expectedModified.isValid() && modifiedOf(st) != expectedModified))
        return CopyFailure::Changed;
    return CopyFailure::None;
}

qint64 writeLimitForTesting()
{
    return g_writeLimit.load();
}

bool writeAll(int fd, const char *data, qint64 size, int &err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

OpenedSource openSource(const QString &path)
{
    OpenedSource out;
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0) {
        out.sysErrno = errno;
        out.failure
            = errno == ENOENT || errno == ENOTDIR ? OpenFailure::Missing : OpenFailure::Unreadable;
        return out;
    }
    if (S_ISLNK(st.st_mode)) {
        out.failure = OpenFailure::SymbolicLink;
        return out;
    }
    if (S_ISDIR(st.st_mode)) {
        out.failure = OpenFailure::Directory;
        return out;
    }
    if (!S_ISREG(st.st_mode)) {
        out.failure
            = OpenFailure::NotRegular; // never open a FIFO or device: it could block or never end
        return out;
    }
    // O_NOFOLLOW and O_NONBLOCK: a link or a FIFO swapped in after lstat is refused, not followed
    // or waited on.
    const int fd
        = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        out.sysErrno = errno;
        out.failure = errno == ELOOP ? OpenFailure::SymbolicLink
            : errno == ENOENT        ? OpenFailure::Missing
                                     : OpenFailure::Unreadable;
        return out;
    }
    out.fd = FileDescriptor(fd);
    if (::fstat(fd, &st) != 0) {
        out.sysErrno = errno;
        out.failure = OpenFailure::Unreadable;
        out.fd.close();
        return out;
    }
    if (!S_ISREG(st.st_mode)) {
        out.failure = S_ISDIR(st.st_mode) ? OpenFailure::Directory : OpenFailure::NotRegular;
        out.fd.close();
        return out;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    out.size = st.st_size;
    out.modified = modifiedOf(st);
    return out;
}

CopyResult copy(int source, int destination, qint64 expectedSize, const QDateTime &expectedModified,
    const EvidenceProgress &progress)
{
    CopyResult out;
    Sha256 hash;
    // A ring of chunk buffers: the writer thread works through the older ones while this thread
    // reads and hashes the newest.
    const int ringSize = destination >= 0 ? PipelinedWriter::kSlots : 1;
    const std::unique_ptr<char, decltype(&std::free)> buffers(
        static_cast<char *>(
            std::aligned_alloc(kDirectAlignment, static_cast<size_t>(ringSize * kChunkSize))),
        &std::free);
    if (!buffers) {
        out.failure = CopyFailure::Read;
        out.sysErrno = ENOMEM;
        return out;
    }
    qint64 chunks = 0;
    qint64 limit = destination >= 0 ? writeLimitForTesting() : -1;
    std::optional<PipelinedWriter>
        writer; // declared after the buffers: joined before they are freed
    if (destination >= 0)
        writer.emplace(destination);
    const auto writeFailed = [&](int err) {
        out.failure = err == ENOSPC || err == EDQUOT ? CopyFailure::DiskFull : CopyFailure::Write;
        out.sysErrno = err;
        return out;
    };
    for (;;) {
        char *buffer = buffers.get() + (chunks % ringSize) * kChunkSize;
        if (writer && chunks >= ringSize && !writer->waitWritten(chunks - ringSize + 1))
            return writeFailed(writer->error());
        const ssize_t n = ::read(source, buffer, static_cast<size_t>(kChunkSize));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.failure = CopyFailure::Read;
            out.sysErrno = errno;
            return out;
        }
        if (n == 0)
            break;
        if (writer) {
            if (limit >= 0 && n > limit)
                return writeFailed(ENOSPC);
            if (limit >= 0)
                limit -= n;
            writer->post(buffer, n);
        }
        ++chunks;
        hash.addData(buffer, n);
        if (out.head.size() < kHeadSize)
            out.head.append(buffer, std::min<qint64>(n, kHeadSize - out.head.size()));
        out.size += n;
        if (out.size > expectedSize) {
            out.failure
                = CopyFailure::Changed; // still being written to: stop rather than read forever
            return out;
        }
        if (progress && !progress(out.size, expectedSize)) {
            out.failure = CopyFailure::Cancelled;
            return out;
        }
    }
    if (writer && !writer->waitWritten(chunks))
        return writeFailed(writer->error());
    out.failure = sourceUnchanged(source, out.size, expectedSize, expectedModified, out.sysErrno);
    if (out.failure != CopyFailure::None)
        return out;
    if (destination >= 0 && ::fsync(destination) != 0)
        return writeFailed(errno);
    out.sha256 = hash.hexResult();
    return out;
}

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool makeOwnerOnlyPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return true;
    if (info.isSymLink() || info.exists())
        return false; // something else sits where the folder belongs: never follow or replace it
    const QString parent = info.absolutePath();
    if (parent != path && !QFileInfo(parent).isDir() && !makeOwnerOnlyPath(parent))
        return false;
    if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0 && errno != EEXIST)
        return false;
    const QFileInfo made(path);
    return made.isDir() && !made.isSymLink();
}

void setWriteLimitForTesting(qint64 bytes)
{
    g_writeLimit.store(bytes);
}

} // namespace EvidenceFile
} // namespace td
