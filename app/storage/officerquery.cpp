#include "officerquery.h"

#include "database.h"
#include "domain/officeridentity.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace td {
namespace {

QString readingContext()
{
    return QCoreApplication::translate("OfficerQuery", "Reading officers");
}

} // namespace

OfficerQuery::OfficerQuery(Database &db)
    : m_db(db)
{ }

Result<QList<OfficerCase>> OfficerQuery::casesWith(
    const QString &badgeNumber, const QString &agency, qint64 exceptCaseId)
{
    const QString badgeKey = OfficerIdentity::badgeKey(badgeNumber);
    if (badgeKey.isEmpty())
        return QList<OfficerCase> {};
    const QString agencyKey = OfficerIdentity::agencyKey(agency);
    return cases(badgeKey, agencyKey, true, exceptCaseId);
}

Result<QList<OfficerCase>> OfficerQuery::casesOf(const QString &badgeKey, const QString &agencyKey)
{
    if (badgeKey.isEmpty())
        return QList<OfficerCase> {};
    return cases(badgeKey, agencyKey, false, 0);
}

Result<QList<OfficerCase>> OfficerQuery::cases(
    const QString &badgeKey, const QString &agencyKey, bool anyAgency, qint64 exceptCaseId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The index officers_identity(badge_key, agency_key) finds the few rows of one badge.
    const QString agencyCondition = anyAgency
        ? QStringLiteral(" AND (o.agency_key = ? OR o.agency_key = '' OR ? = '')")
        : QStringLiteral(" AND o.agency_key = ?");
    q.prepare(QStringLiteral("SELECT c.id, c.reference, min(i.occurred_on), max(i.occurred_on)"
                             " FROM officers o JOIN incidents i ON i.id = o.incident_id"
                             " JOIN cases c ON c.id = i.case_id"
                             " WHERE o.badge_key = ?%1 AND c.id <> ?"
                             " GROUP BY c.id, c.reference"
                             " ORDER BY max(i.occurred_on) DESC, c.id DESC")
                  .arg(agencyCondition));
    q.addBindValue(badgeKey);
    q.addBindValue(SqlValues::text(agencyKey));
    if (anyAgency)
        q.addBindValue(SqlValues::text(agencyKey));
    q.addBindValue(exceptCaseId);
    if (!q.exec())
        return sqlError(q.lastError(), readingContext());
    QList<OfficerCase> out;
    while (q.next()) {
        OfficerCase c;
        c.caseId = q.value(0).toLongLong();
        c.reference = q.value(1).toString();
        c.firstIncidentOn = SqlValues::toDate(q.value(2));
        c.lastIncidentOn = SqlValues::toDate(q.value(3));
        out.append(c);
    }
    return out;
}

Result<QList<OfficerRosterEntry>> OfficerQuery::roster(int minIncidents)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // min() of the written forms: any one of them identifies the officer to a reader; which one
    // is shown must not change from one run to the next.
    q.prepare(QStringLiteral(
        "SELECT o.badge_key, o.agency_key, count(DISTINCT o.incident_id),"
        " count(DISTINCT i.case_id), min(i.occurred_on), max(i.occurred_on), min(o.badge_number),"
        " min(i.agency), max(o.name)"
        " FROM officers o JOIN incidents i ON i.id = o.incident_id"
        " WHERE o.badge_key <> ''"
        " GROUP BY o.badge_key, o.agency_key"
        " HAVING count(DISTINCT o.incident_id) >= ?"
        " ORDER BY count(DISTINCT o.incident_id) DESC, o.badge_key, o.agency_key"));
    q.addBindValue(std::max(1, minIncidents));
    if (!q.exec())
        return sqlError(q.lastError(), readingContext());
    QList<OfficerRosterEntry> out;
    QHash<QString, qsizetype> row; // badge key + '\n' + agency key → index in out
    while (q.next()) {
        OfficerRosterEntry e;
        e.badgeKey = q.value(0).toString();
        e.agencyKey = q.value(1).toString();
        e.incidents = q.value(2).toInt();
        e.cases = q.value(3).toInt();
        e.firstIncidentOn = SqlValues::toDate(q.value(4));
        e.lastIncidentOn = SqlValues::toDate(q.value(5));
        e.badgeNumber = q.value(6).toString().trimmed();
        e.agency = q.value(7).toString().trimmed();
        e.name = q.value(8).toString().trimmed();
        row.insert(e.badgeKey + QLatin1Char('\n') + e.agencyKey, out.size());
        out.append(e);
    }
    if (out.isEmpty())
        return out;

    QSqlQuery cat(m_db.connection());
    cat.setForwardOnly(true);
    cat.prepare(QStringLiteral(
        "SELECT o.badge_key, o.agency_key, v.category_code, count(DISTINCT v.incident_id)"
        " FROM officers o JOIN incident_violations v ON v.incident_id = o.incident_id"
        " WHERE o.badge_key <> ''"
        " GROUP BY o.badge_key, o.agency_key, v.category_code"
        " ORDER BY count(DISTINCT v.incident_id) DESC, v.category_code"));
    if (!cat.exec())
        return sqlError(cat.lastError(), readingContext());
    while (cat.next()) {
        const auto it
            = row.constFind(cat.value(0).toString() + QLatin1Char('\n') + cat.value(1).toString());
        if (it != row.constEnd())
            out[it.value()].categories.append(cat.value(2).toString());
    }
    return out;
}

} // namespace td
