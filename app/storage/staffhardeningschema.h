#pragma once

#include "common/result.h"

namespace td {

class Database;

/// Schema 17 on an office server: a login's password reaches the server only as its SCRAM
/// verifier, admins lose TRUNCATE (the audit log refuses it from anyone), and a restore or a
/// migration empties the tables a new database was given through one checked function
/// (docs/office-mode.md, "People and roles").
namespace StaffHardeningSchema {

/// The schema version that brings it (the lead renumbers it if migrations land in another
/// order; Migrations keeps the step).
constexpr int kVersion = 17;

Status create(Database &db);

} // namespace StaffHardeningSchema

} // namespace td
