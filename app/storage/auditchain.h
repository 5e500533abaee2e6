#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

class Database;

/// One stored audit entry exactly as its chain hash covers it (docs/audit-log.md).
struct AuditChainEntry
{
    qint64 id = 0;
    QString occurredAt; ///< the stored text, never re-formatted
    QString actor;
    QString action;
    QString caseReference;
    QString detail;
    QString carriedFrom; ///< the original entry's hash when a restore carried it over; else empty
    QString prevHash; ///< hex; kGenesis for the first entry
    QString entryHash; ///< hex
};

/// What a walk along the audit chain found.
struct AuditChainReport
{
    qint64 entries = 0;
    QString headHash; ///< the last entry's hash; kGenesis for an empty log
    qint64 brokenAt = 0; ///< id of the first entry that does not chain; 0 when the chain holds
    QString problem; ///< translated; empty when the chain holds
    /// Office server: the login may read only some entries (a caseworker reads their own), so
    /// only each readable entry's own hash was checked, not the links between entries.
    bool partial = false;
    qint64 totalEntries = 0; ///< every entry in the log, readable or not
    bool ok() const { return brokenAt == 0 && problem.isEmpty(); }
};

/// The hash chain of the audit log: format version 1, SHA-256 (libsodium) over a length-prefixed
/// serialization of every field and the previous entry's hash.
namespace AuditChain {

/// The prevHash of the first entry: 64 zeros.
extern const QString kGenesis;
constexpr int kFormatVersion = 1;

/// The exact bytes the hash covers (netstrings, see docs/audit-log.md).
QByteArray canonical(const AuditChainEntry &entry);
/// Lower-case hex SHA-256 of canonical(entry).
QString hash(const AuditChainEntry &entry);

/// The newest entry's id and hash ({0, kGenesis} for an empty log). Call inside the write
/// transaction that appends, so that two writers cannot read the same head. On an office
/// server, read through trustdesk_audit_head() (a caseworker may not read the row itself),
/// which also holds off other appenders until commit and names in `actor` the login every new
/// entry must carry (empty when the server lets this session name anyone).
Result<AuditChainEntry> head(Database &db);
/// Every entry, in id order (the chain's order).
Result<QList<AuditChainEntry>> all(Database &db);
/// The entries about one case (all when empty) written at or after `since` (all when invalid),
/// in id order.
Result<QList<AuditChainEntry>> list(
    Database &db, const QString &caseReference, const QDateTime &since);
/// Appends `entry` after the current head: sets its id, prevHash and entryHash. The caller holds
/// the write transaction.
Status append(Database &db, AuditChainEntry &entry);
/// Appends `entries` in order after the current head, each chained to the one before: the head
/// is read once and the statement prepared once (an export of 100 000 cases). The caller holds
/// the write transaction.
Status appendAll(Database &db, QList<AuditChainEntry> &entries);
/// Walks the chain from the first entry: every hash recomputed, every link checked.
Result<AuditChainReport> verify(Database &db);
/// The same walk over entries already read, in id order.
AuditChainReport verify(const QList<AuditChainEntry> &entries);

} // namespace AuditChain

} // namespace td
