#pragma once

#include "common/result.h"

namespace td {

class Database;

/// The schema of an office database on PostgreSQL. A new office database starts at the current
/// version (createCurrent); the SQLite history (versions 1 to 9) is never replayed there, and each
/// migration after 9 comes in both dialects (Migrations).
namespace PostgresSchema {
/// The version createCurrent() writes.
constexpr int kBaseVersion = 9;
/// Creates every table, index, trigger and the search index of version kBaseVersion, and the
/// one-row schema_version table that marks the database as TrustDesk's. Inside a transaction.
Status createCurrent(Database &db);
} // namespace PostgresSchema

} // namespace td
