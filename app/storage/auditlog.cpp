#include "auditlog.h"

#include "auditchain.h"
#include "auditheadfile.h"
#include "database.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td {

AuditLog::AuditLog(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Status AuditLog::record(const QString &action, const QString &caseReference, const QString &detail)
{
    AuditChainEntry entry;
    entry.occurredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.actor = m_actor;
    entry.action = action;
    entry.caseReference = caseReference;
    entry.detail = detail;
    return appendChained(m_db, entry);
}

Status AuditLog::recordEach(
    const QString &action, const QStringList &caseReferences, const QString &detail)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<AuditChainEntry> entries;
    entries.reserve(caseReferences.size());
    for (const auto &reference : caseReferences) {
        AuditChainEntry entry;
        entry.occurredAt = now;
        entry.actor = m_actor;
        entry.action = action;
        entry.caseReference = reference;
        entry.detail = detail;
        entries.append(std::move(entry));
    }
    return appendChained(m_db, entries);
}

Status AuditLog::appendChained(Database &db, AuditChainEntry &entry)
{
    QList<AuditChainEntry> one {entry};
    if (auto s = appendChained(db, one); !s)
        return s;
    entry = one.constFirst();
    return {};
}

Status AuditLog::appendChained(Database &db, QList<AuditChainEntry> &entries)
{
    // Reading the head and appending after it must be one write transaction, or two processes
    // could both append after the same head and fork the chain. Callers inside their own
    // transaction (the usual case) already hold it; a lone record takes it here.
    // Once committed, the new head is also recorded beside the database (AuditHeadFile).
    // The head file lies beside a database file; an office server has no "beside".
    Database *database = &db;
    if (db.dialect() == SqlDialect::Sqlite)
        db.afterCommit([database] { AuditHeadFile::advance(*database); });
    if (db.inTransaction())
        return AuditChain::appendAll(db, entries);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = AuditChain::appendAll(db, entries); !s)
        return s;
    return tx.commit();
}

Result<QList<AuditEvent>> AuditLog::events(const QString &caseReference, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (caseReference.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT id, occurred_at, actor, action, case_reference, detail FROM audit_events"
            " ORDER BY id DESC LIMIT ?"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT id, occurred_at, actor, action, case_reference, detail FROM audit_events"
            " WHERE case_reference = ? ORDER BY id DESC LIMIT ?"));
        q.addBindValue(caseReference);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("AuditLog", "Reading the audit log"));
    QList<AuditEvent> out;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.caseReference = q.value(4).toString();
        e.detail = q.value(5).toString();
        out.append(e);
    }
    return out;
}

} // namespace td
