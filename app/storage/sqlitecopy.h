#pragma once

#include "common/result.h"

#include <QString>

namespace td {

class Database;
class SecureKey;

/// Page-by-page copies between an open database and a file through SQLite's online backup API:
/// consistent even while the app writes, without going through SQL.
namespace SqliteCopy {

/// Writes the open database to the new file `path` (created 0600; must not exist), as one
/// self-contained file (no WAL), synced to disk. A failure may leave part of `path` behind.
/// The copy of an encrypted database is encrypted with the same key, page by page through the
/// vault VFS: it never exists in the clear.
Status toNewFile(Database &db, const QString &path);

/// Replaces every page of the open database with those of the SQLite file `source`, in one
/// transaction: on failure the database keeps its contents. `sourceKey` opens an encrypted
/// `source`; both must be encrypted or both plaintext (pages are copied as SQLite sees them,
/// and each side's VFS encrypts or not).
Status fromFile(Database &db, const QString &source, const SecureKey *sourceKey = nullptr);

} // namespace SqliteCopy
} // namespace td
