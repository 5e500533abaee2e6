#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

class Database;

/// A case an officer appears in, with the dates of the incidents where they were recorded.
struct OfficerCase
{
    qint64 caseId = 0;
    QString reference;
    QDate firstIncidentOn;
    QDate lastIncidentOn;
};

/// One officer of the roster: everything recorded under one (badge, agency) identity.
struct OfficerRosterEntry
{
    QString badgeKey; ///< OfficerIdentity::badgeKey
    QString agencyKey; ///< OfficerIdentity::agencyKey; empty when no incident named an agency
    QString badgeNumber; ///< one way it was written down, for display
    QString agency; ///< one way it was written down; empty when unknown
    QString name; ///< a name recorded for the officer, if any
    int incidents = 0;
    int cases = 0;
    QStringList categories; ///< ViolationCategory codes, most frequent first
    QDate firstIncidentOn;
    QDate lastIncidentOn;
};

/// Repeat officers: which cases an officer appears in, and the roster of officers by number of
/// incidents. Officers are matched by the keys CaseWriter stores (docs: OfficerIdentity).
class OfficerQuery
{
public:
    explicit OfficerQuery(Database &db);

    /// The cases, other than `exceptCaseId` (0: none), in which an officer with this badge number
    /// appears, latest incident first. An empty agency on either side matches any agency; an
    /// empty badge matches nothing.
    Result<QList<OfficerCase>> casesWith(
        const QString &badgeNumber, const QString &agency, qint64 exceptCaseId = 0);
    /// The cases of one roster entry: exactly these keys (an empty agency key only itself).
    Result<QList<OfficerCase>> casesOf(const QString &badgeKey, const QString &agencyKey);
    /// Officers with a badge number in at least `minIncidents` incidents, most incidents first.
    Result<QList<OfficerRosterEntry>> roster(int minIncidents = 1);

private:
    Result<QList<OfficerCase>> cases(
        const QString &badgeKey, const QString &agencyKey, bool anyAgency, qint64 exceptCaseId);

    Database &m_db;
};

} // namespace td
