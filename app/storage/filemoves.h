#pragma once

#include "common/result.h"

#include <QString>

namespace td {

/// Renames that put a finished file or folder in place in one step, for backups and restores.
namespace FileMoves {

/// Renames `from` to `to` unless something (even a dangling link) is already at `to`.
/// False with errno set (EEXIST when `to` is taken).
bool renameNoReplace(const QString &from, const QString &to);

/// True when anything, even a dangling link, is at `path`.
bool existsNoFollow(const QString &path);

/// fsync on a file or a folder, so what was written or renamed survives a power cut.
bool sync(const QString &path);

} // namespace FileMoves
} // namespace td
