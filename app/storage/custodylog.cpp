#include "custodylog.h"

#include "database.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace td {

CustodyLog::CustodyLog(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Status CustodyLog::record(qint64 evidenceId, const QString &caseReference, const QString &sha256,
    const QString &action, const QString &observedSha256, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO evidence_custody (evidence_id, case_reference, sha256, occurred_at, actor,"
        " action, observed_sha256, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(evidenceId);
    q.addBindValue(SqlValues::text(caseReference));
    q.addBindValue(SqlValues::text(sha256));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(SqlValues::text(m_actor));
    q.addBindValue(action);
    q.addBindValue(SqlValues::text(observedSha256));
    q.addBindValue(SqlValues::text(detail));
    if (!q.exec())
        return sqlError(q.lastError(),
            QCoreApplication::translate("CustodyLog", "Recording the chain of custody"));
    return {};
}

Status CustodyLog::recordCaseDeleted(qint64 caseId, const QString &caseReference)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO evidence_custody (evidence_id, case_reference, sha256, occurred_at, actor,"
        " action, observed_sha256, detail) SELECT id, ?, sha256, ?, ?, 'remove', '',"
        " 'case deleted' FROM evidence WHERE case_id = ?"));
    q.addBindValue(SqlValues::text(caseReference));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(SqlValues::text(m_actor));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q.lastError(),
            QCoreApplication::translate("CustodyLog", "Recording the chain of custody"));
    return {};
}

Result<QList<CustodyEvent>> CustodyLog::select(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, evidence_id, case_reference, sha256, occurred_at, actor, "
                             "action, observed_sha256,"
                             " detail FROM evidence_custody WHERE ")
        + where + QStringLiteral(" ORDER BY id"));
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(),
            QCoreApplication::translate("CustodyLog", "Reading the chain of custody"));
    QList<CustodyEvent> out;
    while (q.next()) {
        CustodyEvent e;
        e.id = q.value(0).toLongLong();
        e.evidenceId = q.value(1).toLongLong();
        e.caseReference = q.value(2).toString();
        e.sha256 = q.value(3).toString();
        e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        e.at.setTimeZone(QTimeZone::utc());
        e.actor = q.value(5).toString();
        e.action = q.value(6).toString();
        e.observedSha256 = q.value(7).toString();
        e.detail = q.value(8).toString();
        out.append(e);
    }
    return out;
}

Result<QList<CustodyEvent>> CustodyLog::forItem(qint64 evidenceId)
{
    return select(QStringLiteral("evidence_id = ?"), evidenceId);
}

Result<QList<CustodyEvent>> CustodyLog::forCase(const QString &caseReference)
{
    return select(QStringLiteral("case_reference = ?"), caseReference);
}

} // namespace td
