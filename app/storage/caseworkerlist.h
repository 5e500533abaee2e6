#pragma once

#include "common/result.h"

#include <QStringList>

namespace td {

class Database;

/// The caseworkers cases are assigned to, as typed (the most common spelling of each, grouped
/// ignoring case and surrounding spaces as StatisticsFilter compares them), sorted for a
/// chooser. Empty assignments are left out.
Result<QStringList> assignedCaseworkers(Database &db);

} // namespace td
