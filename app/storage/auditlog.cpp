#include "auditlog.h"

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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_events (occurred_at, actor, action, case_reference, detail)"
        " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_actor);
    q.addBindValue(action);
    q.addBindValue(SqlValues::text(caseReference));
    q.addBindValue(SqlValues::text(detail));
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("AuditLog", "Recording the audit log"));
    return {};
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
