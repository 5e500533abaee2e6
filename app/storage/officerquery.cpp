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

Result<QList<OfficerRosterEntry>> OfficerQuery::roster(int minIncidents)
{
    // Two plain scans, grouped here: SQLite's GROUP BY with count(DISTINCT) over the officers
    // took about 1 s of CPU on 100 000 cases (two temporary B-trees), the scans a fifth of it.
    struct Acc
    {
        OfficerRosterEntry entry;
        QList<qint64> incidents;
        QList<qint64> cases;
        QString first;
        QString last;
    };
    QHash<QString, Acc> byKey; // badge key + '\n' + agency key
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT o.badge_key, o.agency_key, o.incident_id, i.case_id, i.occurred_on,"
                " o.badge_number, i.agency, o.name"
                " FROM officers o JOIN incidents i ON i.id = o.incident_id"
                " WHERE o.badge_key <> ''")))
            return sqlError(q.lastError(), readingContext());
        while (q.next()) {
            const QString badgeKey = q.value(0).toString();
            const QString agencyKey = q.value(1).toString();
            Acc &acc = byKey[badgeKey + QLatin1Char('\n') + agencyKey];
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
    }
    const auto distinctCount = [](QList<qint64> &ids) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return int(ids.size());
    };
    QList<Acc *> kept;
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        Acc &acc = it.value();
        acc.entry.incidents = distinctCount(acc.incidents);
        if (acc.entry.incidents < std::max(1, minIncidents))
            continue;
        acc.entry.cases = distinctCount(acc.cases);
        acc.entry.firstIncidentOn = SqlValues::toDate(acc.first);
        acc.entry.lastIncidentOn = SqlValues::toDate(acc.last);
        kept.append(&acc);
    }
    if (!kept.isEmpty()) {
        QHash<qint64, QStringList> categories; // incident → codes
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT incident_id, category_code FROM incident_violations")))
            return sqlError(q.lastError(), readingContext());
        while (q.next())
            categories[q.value(0).toLongLong()].append(q.value(1).toString());
        if (q.lastError().isValid())
            return sqlError(q.lastError(), readingContext());
        for (Acc *acc : std::as_const(kept)) {
            QHash<QString, int> counts;
            for (const qint64 incident : std::as_const(acc->incidents)) {
                for (const auto &code : categories.value(incident))
                    ++counts[code];
            }
            QStringList codes = counts.keys();
            std::sort(codes.begin(), codes.end(), [&counts](const QString &a, const QString &b) {
                const int ca = counts.value(a);
                const int cb = counts.value(b);
                return ca != cb ? ca > cb : a < b;
            });
            acc->entry.categories = codes;
        }
    }
    std::sort(kept.begin(), kept.end(), [](const Acc *a, const Acc *b) {
        if (a->entry.incidents != b->entry.incidents)
            return a->entry.incidents > b->entry.incidents;
        if (a->entry.badgeKey != b->entry.badgeKey)
            return a->entry.badgeKey < b->entry.badgeKey;
        return a->entry.agencyKey < b->entry.agencyKey;
    });
    QList<OfficerRosterEntry> out;
    out.reserve(kept.size());
    for (const Acc *acc : std::as_const(kept))
        out.append(acc->entry);
    return out;
}

} // namespace td
