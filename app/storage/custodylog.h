#pragma once

#include "common/result.h"
#include "domain/custodyevent.h"

#include <QList>
#include <QString>

namespace td {

class Database;

/// Appends to and reads the evidence chain of custody (the evidence_custody table).
class CustodyLog
{
public:
    CustodyLog(Database &db, QString actor);

    /// Records one event; call inside the transaction of the change it describes, if any.
    Status record(qint64 evidenceId, const QString &caseReference, const QString &sha256,
        const QString &action, const QString &observedSha256, const QString &detail = {});
    /// Records a "remove" event for every item of a case being deleted, in the caller's
    /// transaction and before the rows go: the custody of each item outlives its case.
    Status recordCaseDeleted(qint64 caseId, const QString &caseReference);
    /// Oldest first.
    Result<QList<CustodyEvent>> forItem(qint64 evidenceId);
    /// Oldest first; includes events of items removed since.
    Result<QList<CustodyEvent>> forCase(const QString &caseReference);

    QString actor() const { return m_actor; }

private:
    Result<QList<CustodyEvent>> select(const QString &where, const QVariant &value);

    Database &m_db;
    QString m_actor;
};

} // namespace td
