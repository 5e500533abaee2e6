#pragma once

#include <QString>

namespace td {

/// Sets the application and organisation names that QStandardPaths and QSettings derive paths from.
/// Both executables call it first, so the CLI's default database is the GUI's.
void initApplicationInfo();

/// The embedded default database: <AppDataLocation>/trustdesk.sqlite.
QString defaultDatabasePath();

/// Who is acting, for the audit log: the operating-system account name.
QString currentActor();

} // namespace td
