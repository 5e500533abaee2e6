#pragma once

#include "common/result.h"

#include <QString>

namespace td {

class Database;

/// Page-by-page copies between an open database and a file through SQLite's online backup API:
/// consistent even while the app writes, without going through SQL.
namespace SqliteCopy {

/// Writes the open database to the new file `path` (created 0600; must not exist), as one
/// self-contained file (no WAL), synced to disk. A failure may leave part of `path` behind.
Status toNewFile(Database &db, const QString &path);

/// Replaces every page of the open database with those of the SQLite file `source`, in one
/// transaction: on failure the database keeps its contents.
Status fromFile(Database &db, const QString &source);

} // namespace SqliteCopy
} // namespace td
