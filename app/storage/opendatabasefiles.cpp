#include "opendatabasefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <mutex>

#include <sys/stat.h>

namespace td {
namespace {

std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

// File identity -> open connections. Guarded by registryMutex().
QHash<QString, int> &registry()
{
    static QHash<QString, int> r;
    return r;
}

} // namespace

QString OpenDatabaseFiles::keyOf(const QString &path)
{
    // The same file reached by another name (a symlink, a relative path) is still the same
    // file: key by device and inode, from stat(), which opens no descriptor.
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
    return QFileInfo(path).absoluteFilePath();
}

Result<OpenDatabaseFiles::Claim> OpenDatabaseFiles::claim(
    const QString &path, const std::function<Status()> &inspectRaw)
{
    const std::lock_guard lock(registryMutex());
    const QString key = keyOf(path);
    int &count = registry()[key];
    if (count == 0 && inspectRaw) {
        if (auto s = inspectRaw(); !s) {
            registry().remove(key);
            return s.error();
        }
    }
    ++count;
    return Claim(key);
}

int OpenDatabaseFiles::connections(const QString &path)
{
    const std::lock_guard lock(registryMutex());
    return registry().value(keyOf(path), 0);
}

OpenDatabaseFiles::Claim::~Claim()
{
    release();
}

OpenDatabaseFiles::Claim::Claim(Claim &&other) noexcept
    : m_key(std::exchange(other.m_key, QString()))
{ }

OpenDatabaseFiles::Claim &OpenDatabaseFiles::Claim::operator=(Claim &&other) noexcept
{
    if (this != &other) {
        release();
        m_key = std::exchange(other.m_key, QString());
    }
    return *this;
}

void OpenDatabaseFiles::Claim::release()
{
    if (m_key.isEmpty())
        return;
    const std::lock_guard lock(registryMutex());
    auto it = registry().find(m_key);
    if (it != registry().end() && --it.value() <= 0)
        registry().erase(it);
    m_key.clear();
}

} // namespace td
