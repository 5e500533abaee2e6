#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QString>

namespace td {

/// Turns a driver error into a message for people. The raw text goes to the debug log only
/// (it names tables and constraints, never values), so no one sees raw SQL errors.
Error sqlError(const QSqlError &error, const QString &whatFailed);

} // namespace td
