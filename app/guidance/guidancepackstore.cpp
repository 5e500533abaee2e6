#include "guidancepackstore.h"

#include "common/ownerfolder.h"
#include "guidancepackloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace td {
namespace {

QString packFolderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

bool copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    if (!makeOwnerOnlyPath(QFileInfo(to).absolutePath()) || !in.open(QIODevice::ReadOnly))
        return false;
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(in.readAll());
    return out.commit();
}

// Copies only what the manifest names, so nothing else in the folder travels along.
bool copyPack(const GuidancePack &pack, const QString &from, const QString &to)
{
    const QDir source(from);
    const QDir target(to);
    if (!copyFile(source.filePath(QStringLiteral("manifest.json")),
            target.filePath(QStringLiteral("manifest.json"))))
        return false;
    for (const auto &l : pack.languages) {
        for (const auto &a : pack.articles) {
            const QString file = l.code + QLatin1Char('/') + a.id + QStringLiteral(".md");
            if (!copyFile(source.filePath(file), target.filePath(file)))
                return false;
        }
    }
    return true;
}

Error ioError(const QString &folder)
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate(
            "GuidancePackStore", "The guidance update could not be written to %1.")
            .arg(QDir::toNativeSeparators(folder))};
}

} // namespace

GuidancePackStore::GuidancePackStore(QString root)
    : m_root(root.isEmpty() ? defaultRoot() : std::move(root))
{ }

QString GuidancePackStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/guidance");
}

QString GuidancePackStore::installedFolder() const
{
    return QDir(m_root).filePath(
        GuidancePackLoader::builtInLocation().section(QLatin1Char('/'), -1));
}

Result<GuidancePack> GuidancePackStore::loadCurrent() const
{
    auto builtIn = GuidancePackLoader::loadBuiltIn();
    if (!QFileInfo::exists(installedFolder() + QStringLiteral("/manifest.json")))
        return builtIn;
    // A damaged update never takes the guidance away: the built-in pack is used instead.
    auto installed = GuidancePackLoader::load(installedFolder());
    if (!installed)
        return builtIn;
    if (builtIn && GuidancePack::compareVersions(installed->packVersion, builtIn->packVersion) <= 0)
        return builtIn;
    return installed;
}

Result<GuidancePack> GuidancePackStore::install(const QString &path) const
{
    const QString from = packFolderOf(path);
    auto candidate = GuidancePackLoader::load(from);
    if (!candidate)
        return candidate.error();
    auto current = loadCurrent();
    if (current && candidate->id != current->id)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("GuidancePackStore",
                "This pack is for \"%1\"; the guidance in use is \"%2\". Nothing was installed.")
                .arg(candidate->id, current->id)};
    if (current && GuidancePack::compareVersions(candidate->packVersion, current->packVersion) <= 0)
        return Error {ErrorKind::Conflict,
            QCoreApplication::translate("GuidancePackStore",
                "This pack is version %1; the guidance in use is already version %2. Only a newer "
                "version replaces it.")
                .arg(candidate->packVersion, current->packVersion)};

    // Copy beside the target, check the copy, then swap the folders.
    if (!makeOwnerOnlyPath(m_root))
        return ioError(m_root);
    QTemporaryDir staging(QDir(m_root).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!staging.isValid() || !copyPack(candidate.value(), from, staging.path()))
        return ioError(m_root);
    auto copied = GuidancePackLoader::load(staging.path());
    if (!copied)
        return copied.error();
    const QString target = installedFolder();
    const QString previous = target + QStringLiteral(".previous");
    QDir(previous).removeRecursively();
    if (QFileInfo::exists(target) && !QDir().rename(target, previous))
        return ioError(target);
    if (!QDir().rename(staging.path(), target)) {
        QDir().rename(previous, target);
        return ioError(target);
    }
    staging.setAutoRemove(false);
    QDir(previous).removeRecursively();
    auto installed = GuidancePackLoader::load(target);
    return installed;
}

} // namespace td
