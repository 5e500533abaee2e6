#pragma once

#include "auditchain.h"
#include "common/result.h"

#include <QList>

namespace td {

class Database;

/// Keeps a restore from erasing the audit log: the entries of the live log are read before the
/// backup replaces it, and those the backup lacks are appended again after the backup's head
/// (docs/audit-log.md, "Restores").
namespace AuditCarryover {

/// The live log, read before the restore replaces the database.
Result<QList<AuditChainEntry>> collect(Database &db);
/// Appends, in their order and in one write transaction, every entry of `before` that the
/// restored log lacks, keeping its time, actor, action, case and detail, with carried_from set
/// to its original hash. Returns how many were carried over.
Result<int> carryOver(Database &db, const QList<AuditChainEntry> &before);

} // namespace AuditCarryover

} // namespace td
