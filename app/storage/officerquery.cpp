#include "officerquery.h"

#include "database.h"
#include "domain/officeridentity.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
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

namespace {

// The (badge, agency) identities recorded at least N times: an officer in N incidents has at least
// N rows, so only these can be in the roster. One walk of the covering index officers_identity,
// no temporary B-tree; in a demo office of 100 000 cases they are 54 000 of 143 000 officer rows.
const QString kRepeated = QStringLiteral(
    "(SELECT badge_key, agency_key FROM officers WHERE badge_key <> ''"
    " GROUP BY badge_key, agency_key HAVING count(*) >= ?) r"
    " JOIN officers o ON o.badge_key = r.badge_key AND o.agency_key = r.agency_key");

QString identityOf(const QString &badgeKey, const QString &agencyKey)
{
    return badgeKey + QLatin1Char('\n') + agencyKey;
}

} // namespace

Result<QList<OfficerRosterEntry>> OfficerQuery::roster(int minIncidents)
{
    // Grouped here, not by SQL: count(DISTINCT) per identity took about 1 s of CPU on 100 000
    // cases (two temporary B-trees). The rows come ordered by identity, so one identity is
    // gathered at a time and kept only when it has enough distinct incidents.
    const int atLeast = std::max(1, minIncidents);
    struct Acc
    {
        OfficerRosterEntry entry;
        QList<qint64> incidents;
        QList<qint64> cases;
        QString first;
        QString last;
    };
    const auto distinctCount = [](QList<qint64> &ids) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return int(ids.size());
    };
    QList<OfficerRosterEntry> out;
    QHash<QString, qsizetype> indexOf; // identity → position in `out`
    Acc acc;
    const auto finish = [&] {
        if (acc.incidents.isEmpty())
            return;
        acc.entry.incidents = distinctCount(acc.incidents);
        if (acc.entry.incidents >= atLeast) {
            acc.entry.cases = distinctCount(acc.cases);
            acc.entry.firstIncidentOn = SqlValues::toDate(acc.first);
            acc.entry.lastIncidentOn = SqlValues::toDate(acc.last);
            indexOf.insert(identityOf(acc.entry.badgeKey, acc.entry.agencyKey), out.size());
            out.append(std::move(acc.entry));
        }
        acc = Acc {};
    };
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral(
                "SELECT o.badge_key, o.agency_key, o.incident_id, i.case_id, i.occurred_on,"
                " o.badge_number, i.agency, o.name FROM %1"
                " JOIN incidents i ON i.id = o.incident_id"
                " ORDER BY o.badge_key, o.agency_key")
                           .arg(kRepeated)))
            return sqlError(q.lastError(), readingContext());
        q.addBindValue(atLeast);
        if (!q.exec())
            return sqlError(q.lastError(), readingContext());
        while (q.next()) {
            const QString badgeKey = q.value(0).toString();
            const QString agencyKey = q.value(1).toString();
            if (!acc.incidents.isEmpty()
                && (badgeKey != acc.entry.badgeKey || agencyKey != acc.entry.agencyKey))
                finish();
            if (acc.incidents.isEmpty()) {
                acc.entry.badgeKey = badgeKey;
                acc.entry.agencyKey = agencyKey;
            }
            acc.incidents.append(q.value(2).toLongLong());
            acc.cases.append(q.value(3).toLongLong());
            const QString on = q.value(4).toString();
            if (acc.first.isEmpty() || on < acc.first)
                acc.first = on;
            if (on > acc.last)
                acc.last = on;
            // The smallest written form, so the one shown does not change from run to run.
            const QString badge = q.value(5).toString().trimmed();
            if (acc.entry.badgeNumber.isEmpty() || badge < acc.entry.badgeNumber)
                acc.entry.badgeNumber = badge;
            const QString agency = q.value(6).toString().trimmed();
            if (!agency.isEmpty() && (acc.entry.agency.isEmpty() || agency < acc.entry.agency))
                acc.entry.agency = agency;
            const QString name = q.value(7).toString().trimmed();
            if (name > acc.entry.name)
                acc.entry.name = name;
        }
        // An interrupted scan (the roster closed while loading) ends here, not as a short roster.
        if (q.lastError().isValid())
            return sqlError(q.lastError(), readingContext());
        finish();
    }
    if (!out.isEmpty()) {
        // Each category counted once per incident, even when the officer is recorded twice in it.
        QHash<qsizetype, QList<QPair<int, QString>>> counted; // entry → (incidents, code)
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral(
                "SELECT o.badge_key, o.agency_key, v.category_code, count(DISTINCT o.incident_id)"
                " FROM %1 JOIN incident_violations v ON v.incident_id = o.incident_id"
                " GROUP BY o.badge_key, o.agency_key, v.category_code")
                           .arg(kRepeated)))
            return sqlError(q.lastError(), readingContext());
        q.addBindValue(atLeast);
        if (!q.exec())
            return sqlError(q.lastError(), readingContext());
        while (q.next()) {
            const auto at
                = indexOf.constFind(identityOf(q.value(0).toString(), q.value(1).toString()));
            if (at != indexOf.constEnd())
                counted[at.value()].append({q.value(3).toInt(), q.value(2).toString()});
        }
        if (q.lastError().isValid())
            return sqlError(q.lastError(), readingContext());
        for (auto it = counted.begin(); it != counted.end(); ++it) {
            auto &codes = it.value();
            std::sort(codes.begin(), codes.end(), [](const auto &a, const auto &b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
            QStringList &categories = out[it.key()].categories;
            for (const auto &code : std::as_const(codes))
                categories.append(code.second);
        }
    }
    std::sort(out.begin(), out.end(), [](const OfficerRosterEntry &a, const OfficerRosterEntry &b) {
        if (a.incidents != b.incidents)
            return a.incidents > b.incidents;
        if (a.badgeKey != b.badgeKey)
            return a.badgeKey < b.badgeKey;
        return a.agencyKey < b.agencyKey;
    });
    return out;
}

} // namespace td
