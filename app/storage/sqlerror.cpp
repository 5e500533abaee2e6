#include "sqlerror.h"

#include "common/logging.h"

#include <QCoreApplication>

namespace td {
namespace {

// Primary SQLite result codes (the low byte of extended codes).
enum : int
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

} // namespace

Error sqlError(const QSqlError &error, const QString &whatFailed)
{
    qCWarning(lcStorage) << "database error:" << error.nativeErrorCode() << error.databaseText()
                         << error.driverText();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the database reported an unexpected error.")
                .arg(whatFailed)};
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the database is in use by another program. Try again in a moment.")
                .arg(whatFailed)};
    case SqliteReadOnly:
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the database file cannot be written (it is read-only).")
                .arg(whatFailed)};
    case SqliteFull:
        return {ErrorKind::Io,
            QCoreApplication::translate("SqlError",
                "%1: the disk is full. Free some space and try again; nothing was saved.")
                .arg(whatFailed)};
    case SqliteIoErr:
    case SqliteCantOpen:
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the database file could not be read or written.")
                .arg(whatFailed)};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {ErrorKind::Integrity,
            QCoreApplication::translate("SqlError", "%1: the database file is damaged.")
                .arg(whatFailed)};
    case SqliteConstraint:
        return {ErrorKind::BadInput,
            QCoreApplication::translate(
                "SqlError", "%1: the data conflicts with what is already stored.")
                .arg(whatFailed)};
    default:
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the database reported an unexpected error.")
                .arg(whatFailed)};
    }
}

} // namespace td
