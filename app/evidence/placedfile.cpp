#include "placedfile.h"

#include "evidencefile.h"

#include <QFile>
#include <QFileInfo>

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

PlacedFile::~PlacedFile()
{
    if (m_new)
        ::unlink(QFile::encodeName(m_target).constData());
}

bool PlacedFile::existsNoFollow(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

bool PlacedFile::place(const QByteArray &tempName, const QString &target, const QString &root)
{
    m_target = target;
    if (existsNoFollow(target))
        return true;
    const QString folder = QFileInfo(target).absolutePath();
    if (!EvidenceFile::makeOwnerOnlyPath(folder)
        || ::rename(tempName.constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    m_new = true;
    EvidenceFile::syncDirectory(folder);
    EvidenceFile::syncDirectory(root);
    return true;
}

} // namespace td
