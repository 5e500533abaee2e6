#pragma once

#include <QString>

namespace td {

class Database;

/// The URI an office server's `database` was opened with, its password included (kept in memory
/// only): what a connection of another thread's own opens (ServerLogin in the app). A file's
/// path for a database file.
QString connectionUri(const Database &database);

} // namespace td
