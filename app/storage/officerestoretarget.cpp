#include "officerestoretarget.h"

#include "database.h"
#include "officebackup.h"
#include "officekeys.h"
#include "pgconnection.h"
#include "staffroles.h"

#include <QCoreApplication>

namespace td::OfficeRestoreTarget {

Result<QString> check(const QString &uri)
{
    if (!Database::isServerUri(uri))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeBackup", "An office backup restores into an office database.")};
    // Read-only: a database holding data must come out of this exactly as it was (not even
    // migrated), and a bare one is left for the restore to set up.
    auto opened = Database::open(uri, Database::OpenMode::ReadOnly);
    if (!opened) {
        if (opened.error().kind != ErrorKind::NotFound)
            return opened.error();
        // No table at all: a database just made with createdb, which the restore sets up. The
        // login is the URI's (empty when libpq picks it: the caller knows whom it connected as).
        const auto parsed = PgConnection::parse(uri);
        return parsed ? parsed.value().user : QString();
    }
    Database &db = **opened;
    if (auto s = OfficeBackup::checkEmpty(db); !s)
        return s.error();
    if (auto s = StaffRoles(db).requireAdmin(
            QCoreApplication::translate("OfficeBackup", "Restoring the office database"));
        !s)
        return s.error();
    return OfficeKeys(db).currentLogin();
}

} // namespace td::OfficeRestoreTarget
