#pragma once

#include "common/result.h"
#include "domain/auditevent.h"

#include <QList>
#include <QString>

namespace td {

class Database;
struct AuditChainEntry;

/// Appends to and reads the audit log. Details hold field names and counts, never client data.
class AuditLog
{
public:
    AuditLog(Database &db, QString actor);

    /// Records an event; call inside the transaction of the change it describes.
    Status record(
        const QString &action, const QString &caseReference = {}, const QString &detail = {});
    /// Records one event per case reference, in order, with one time stamp (an export of a list):
    /// chained like record(), the head read once.
    Status recordEach(
        const QString &action, const QStringList &caseReferences, const QString &detail = {});
    /// Newest first; an empty reference means every case.
    Result<QList<AuditEvent>> events(const QString &caseReference = {}, int limit = 500);

    QString actor() const { return m_actor; }

    /// Appends `entry` to the hash chain (docs/audit-log.md), inside the caller's transaction or
    /// a write transaction of its own.
    static Status appendChained(Database &db, AuditChainEntry &entry);
    static Status appendChained(Database &db, QList<AuditChainEntry> &entries);

private:
    Database &m_db;
    QString m_actor;
};

} // namespace td
