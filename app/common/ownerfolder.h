#pragma once

#include <QString>

namespace td {

/// Creates `folder` and every missing folder above it owner-only (0700) whatever the umask, as
/// QDir::mkpath does not: a parent made on the way (~/.config on a fresh account, the folder a
/// new database is put in) would otherwise be open to everyone under umask 000. Folders that
/// already exist are left as they are. False when a folder could not be made.
bool makeOwnerOnlyPath(const QString &folder);

} // namespace td
