#include "storelock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <ctime>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

StoreLock::StoreLock(const QString &storeRoot, Mode mode)
{
    const QByteArray path = QFile::encodeName(storeRoot + QLatin1Char('/') + fileName());
    m_fd = ::open(path.constData(), O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return;
    int rc = 0;
    do {
        rc = ::flock(m_fd, mode == Mode::Exclusive ? LOCK_EX : LOCK_SH);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

StoreLock::~StoreLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

bool StoreLock::isLeftover(const QString &path)
{
    constexpr time_t kNewSeconds = 2;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno != ENOENT; // gone: it was renamed into place or cleaned up meanwhile
    struct stat st
    {
    };
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    const bool brandNew = ::fstat(fd, &st) == 0 && st.st_mtime + kNewSeconds > ::time(nullptr);
    ::close(fd);
    return !held && !brandNew;
}

int StoreLock::removeInterruptedCopies(const QString &storeRoot)
{
    const QDir tmp(storeRoot + QStringLiteral("/tmp"));
    int removed = 0;
    for (const QString &name :
        tmp.entryList(
            {QStringLiteral("import-*"), QStringLiteral("redact-*")}, QDir::Files | QDir::Hidden)) {
        const QString path = tmp.filePath(name);
        if (isLeftover(path) && QFile::remove(path))
            ++removed;
    }
    return removed;
}

void StoreLock::markBeingWritten(int fd)
{
    (void)::flock(fd, LOCK_EX | LOCK_NB); // a new file: nobody else can hold it yet
}

} // namespace td
