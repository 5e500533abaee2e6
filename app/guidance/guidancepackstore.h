#pragma once

#include "common/result.h"
#include "guidancepack.h"

namespace td {

/// Where an office's update of the guidance pack is kept, and which pack is in use: an installed
/// pack replaces the built-in one only while its version is newer, and only a pack that passed
/// every check is ever installed.
class GuidancePackStore
{
public:
    /// `root` holds one folder per installed pack; defaultRoot() when empty.
    explicit GuidancePackStore(QString root = {});

    /// <AppDataLocation>/guidance (XDG_DATA_HOME/TrustDesk/guidance on Linux).
    static QString defaultRoot();
    QString root() const { return m_root; }
    /// The folder an update of the built-in pack is installed in.
    QString installedFolder() const;

    /// The pack to show: the installed update when it loads and is newer than the built-in pack,
    /// otherwise the built-in one.
    Result<GuidancePack> loadCurrent() const;

    /// Installs the pack in `path` (its folder, or its manifest.json) after checking it whole:
    /// refused when it does not load, is for another jurisdiction, or is not newer than the pack
    /// in use. The pack in use stays untouched until the checked copy takes its place.
    Result<GuidancePack> install(const QString &path) const;

private:
    QString m_root;
};

} // namespace td
