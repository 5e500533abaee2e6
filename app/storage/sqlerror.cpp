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

// PostgreSQL reports a five-character SQLSTATE; SQLite's extended codes are numbers below 10000
// without a leading zero, so the two cannot be mistaken for each other.
bool isSqlState(const QString &code)
{
    if (code.size() != 5)
        return false;
    bool numeric = false;
    const int n = code.toInt(&numeric);
    return !numeric || code.startsWith(QLatin1Char('0')) || n >= 10000;
}

Error postgresError(const QString &state, const QString &whatFailed)
{
    const QStringView cls = QStringView(state).left(2);
    if (cls == u"08" || cls == u"57")
        return {ErrorKind::Io,
            QCoreApplication::translate("SqlError",
                "%1: the connection to the office server was lost. Try again in a moment.")
                .arg(whatFailed)};
    // 28P01 (invalid_password), 28000 (invalid_authorization): only ever seen here once a
    // statement meets them (SET ROLE…); a refused connection has no SQLSTATE (PgConnectFailure).
    if (cls == u"28")
        return {ErrorKind::Denied,
            QCoreApplication::translate(
                "SqlError", "%1: the office server refused this login. Ask your administrator.")
                .arg(whatFailed)};
    if (cls == u"23")
        return {ErrorKind::BadInput,
            QCoreApplication::translate(
                "SqlError", "%1: the data conflicts with what is already stored.")
                .arg(whatFailed)};
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the database is in use by another program. Try again in a moment.")
                .arg(whatFailed)};
    if (state == u"42501")
        return {ErrorKind::Denied,
            QCoreApplication::translate("SqlError",
                "%1: your role on the office server does not allow this. Ask the office admin if "
                "you need it.")
                .arg(whatFailed)};
    if (state == u"25006")
        return {ErrorKind::Io,
            QCoreApplication::translate(
                "SqlError", "%1: the office server does not allow this login to make this change.")
                .arg(whatFailed)};
    if (state == u"53100")
        return {ErrorKind::Io,
            QCoreApplication::translate("SqlError",
                "%1: the office server's disk is full; nothing was saved. Tell the office admin.")
                .arg(whatFailed)};
    return {ErrorKind::Io,
        QCoreApplication::translate("SqlError", "%1: the database reported an unexpected error.")
            .arg(whatFailed)};
}

} // namespace

Error sqlError(const QSqlError &error, const QString &whatFailed)
{
    qCWarning(lcStorage) << "database error:" << error.nativeErrorCode() << error.databaseText()
                         << error.driverText();
    if (isSqlState(error.nativeErrorCode()))
        return postgresError(error.nativeErrorCode(), whatFailed);
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
