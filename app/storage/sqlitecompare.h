#pragma once

#include "common/result.h"

#include <functional>

struct sqlite3;

namespace td {

/// Whether two SQLite connections hold the same database: the same schema, application_id and
/// user_version, and in every table the same rows (counted and hashed, value by value). Used to
/// check an encrypted copy against its plaintext original before the original goes.
namespace SqliteCompare {

/// A mismatch is ErrorKind::Integrity naming the table, never a value from it.
Status sameContents(
    sqlite3 *original, sqlite3 *copy, const std::function<bool(int percent)> &progress = {});

} // namespace SqliteCompare
} // namespace td
