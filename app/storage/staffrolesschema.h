#pragma once

#include "common/result.h"

namespace td {

class Database;

/// Schema 15 on an office server: the staff roles, their grants, row-level security on the audit
/// log and the login as the audit actor (docs/office-mode.md, "People and roles").
namespace StaffRolesSchema {

/// The schema version that brings them (the lead renumbers it if migrations land in another
/// order; Migrations keeps the step).
constexpr int kVersion = 15;

Status create(Database &db);

} // namespace StaffRolesSchema

} // namespace td
