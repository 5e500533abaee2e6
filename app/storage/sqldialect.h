#pragma once

namespace td {

/// The SQL engine behind a Database: SQLite for one person's file, PostgreSQL for an office
/// server. Storage code asks Database::dialect() where the two differ (DDL, search, pragmas).
enum class SqlDialect
{
    Sqlite,
    Postgres,
};

} // namespace td
