#pragma once

#include "common/result.h"

#include <QString>

namespace td {

/// Whether an office database can take a restore, looked at before anything is asked or written:
/// File › Restore from Backup… on a server checks the target it is given with this first.
namespace OfficeRestoreTarget {

/// Connects to `uri` read-only (nothing is created, migrated or written) and says whether a
/// backup may be restored there: a database with no tables at all (just made with createdb), or
/// a TrustDesk office database holding no rows but its schema's own (OfficeBackup::checkEmpty),
/// where the login is an admin (StaffRoles::requireAdmin; on a bare database the restore asks
/// that once it has set it up). Returns the login (current_user; for a bare database the URI's,
/// empty when it names none), whose copy of the office key is the first to try on the backup. A
/// database that holds data, is not TrustDesk's or cannot be reached is refused with a sentence for
/// people.
Result<QString> check(const QString &uri);

} // namespace OfficeRestoreTarget
} // namespace td
