#pragma once

#include "common/result.h"

#include <QString>

namespace td {

/// Renames that put a finished file or folder in place in one step, for backups and restores.
namespace FileMoves {

/// Renames `from` to `to` unless something (even a dangling link) is already at `to`.
/// False with errno set (EEXIST when `to` is taken).
bool renameNoReplace(const QString &from, const QString &to);

/// Puts the folder `staged` at `target` in one step: swapped atomically with the folder already
/// there where the file system can (else moved aside first). Returns where the previous `target`
/// now is, for the caller to delete; empty when there was none.
Result<QString> replace(const QString &staged, const QString &target);

/// Deletes a folder this program made, with everything in it; a link is removed, never followed.
bool removeTree(const QString &path);

/// True when anything, even a dangling link, is at `path`.
bool existsNoFollow(const QString &path);

/// fsync on a file or a folder, so what was written or renamed survives a power cut.
bool sync(const QString &path);

} // namespace FileMoves
} // namespace td
