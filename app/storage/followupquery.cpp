#include "followupquery.h"

#include "database.h"
#include "domain/client.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace td {

FollowUpQuery::FollowUpQuery(Database &db)
    : m_db(db)
{ }

Result<QList<DueFollowUp>> FollowUpQuery::due(const QDate &today, int daysAhead, int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.reference, cl.anonymous, cl.full_name, cl.preferred_name, f.due_on, f.note"
        " FROM follow_ups f JOIN cases c ON c.id = f.case_id JOIN clients cl ON cl.id = c.client_id"
        " WHERE f.done = 0 AND f.due_on <= ? AND c.status <> 'closed'"
        " ORDER BY f.due_on, c.id LIMIT ?"));
    q.addBindValue(SqlValues::date(today.addDays(daysAhead)));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("FollowUpQuery", "Reading follow-ups"));
    QList<DueFollowUp> out;
    while (q.next()) {
        DueFollowUp f;
        f.caseId = q.value(0).toLongLong();
        f.reference = q.value(1).toString();
        Client client;
        client.anonymous = q.value(2).toBool();
        client.fullName = q.value(3).toString();
        client.preferredName = q.value(4).toString();
        f.clientName = client.displayName();
        f.dueOn = SqlValues::toDate(q.value(5));
        f.note = q.value(6).toString();
        f.overdue = f.dueOn < today;
        out.append(f);
    }
    return out;
}

} // namespace td
