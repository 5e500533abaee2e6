#pragma once

#include "common/result.h"

namespace td {

class Database;

/// The schema's history: each step runs once, in its own write transaction, and sets user_version.
namespace Migrations {
int latestVersion();
/// Brings the database to latestVersion(); a new file also gets TrustDesk's application_id.
Status migrate(Database &db);
} // namespace Migrations

} // namespace td
