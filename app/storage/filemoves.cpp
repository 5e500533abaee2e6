#include "filemoves.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::FileMoves {
namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// renameat2 flags are refused (EINVAL) by some file systems (FAT, older network shares).
bool unsupported(int error)
{
    return error == EINVAL || error == ENOSYS || error == ENOTSUP;
}

} // namespace

bool existsNoFollow(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(native(path).constData(), &st) == 0;
}

bool renameNoReplace(const QString &from, const QString &to)
{
    if (::renameat2(
            AT_FDCWD, native(from).constData(), AT_FDCWD, native(to).constData(), RENAME_NOREPLACE)
        == 0)
        return true;
    if (!unsupported(errno))
        return false;
    if (existsNoFollow(to)) {
        errno = EEXIST;
        return false;
    }
    return ::rename(native(from).constData(), native(to).constData()) == 0;
}

Result<QString> replace(const QString &staged, const QString &target)
{
    const auto failed = [](int error) {
        return Error {ErrorKind::Io,
            QCoreApplication::translate("FileMoves", "The folder could not be moved into place: %1")
                .arg(qt_error_string(error))};
    };
    if (!existsNoFollow(target)) {
        if (!renameNoReplace(staged, target))
            return failed(errno);
        return QString();
    }
    // After the exchange `staged` names the previous folder.
    if (::renameat2(AT_FDCWD, native(staged).constData(), AT_FDCWD, native(target).constData(),
            RENAME_EXCHANGE)
        == 0)
        return staged;
    if (!unsupported(errno))
        return failed(errno);
    const QString aside = staged + QStringLiteral("-previous");
    if (!renameNoReplace(target, aside))
        return failed(errno);
    if (!renameNoReplace(staged, target)) {
        const int error = errno;
        ::rename(native(aside).constData(), native(target).constData());
        return failed(error);
    }
    return aside;
}

bool removeTree(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(native(path).constData(), &st) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return ::unlink(native(path).constData()) == 0;
    // QDir::removeRecursively removes links inside as links; it never descends through them.
    return QDir(path).removeRecursively();
}

bool sync(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(native(path).constData(), &st) != 0)
        return false;
    const int fd = ::open(native(path).constData(),
        (S_ISDIR(st.st_mode) ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace td::FileMoves
