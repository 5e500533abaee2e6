#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace td {

class Database;

/// What an office database's own catalogue (information_schema) says of its tables, for the
/// code that copies whole tables into one: OfficeBackup (restore) and OfficeTransfer (migrate).
/// `what` names the task for the error message, as sqlError takes it.
namespace PgCatalog {

/// `name` as a quoted SQL identifier.
QString quoted(QString name);
/// The base tables of the current schema, by name.
Result<QStringList> tables(Database &db, const QString &what);
/// `table`'s columns that take values (all but generated ones), in their order.
Result<QStringList> columns(Database &db, const QString &table, const QString &what);
/// Moves every identity sequence past its table's largest value, so rows written with their ids
/// (a restore, a migration) are not met again by the next insert.
Status resetIdentities(Database &db, const QString &what);

} // namespace PgCatalog
} // namespace td
