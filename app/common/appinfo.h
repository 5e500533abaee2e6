#pragma once

#include <QString>

namespace td {

/// Sets the application and organisation names that QStandardPaths and QSettings derive paths from.
/// Both executables call it first, so the CLI's default database is the GUI's.
void initApplicationInfo();

/// The embedded default database: <AppDataLocation>/trustdesk.sqlite.
QString defaultDatabasePath();

/// Who is acting, for audit and custody entries: the caseworker profile (CaseworkerProfile), or
/// "unnamed (no caseworker profile, uid N)" when none is set. Never the environment.
QString currentActor();

} // namespace td
