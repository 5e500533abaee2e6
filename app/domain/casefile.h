#pragma once

#include "casestatus.h"
#include "client.h"
#include "complaintsubmission.h"
#include "evidenceitem.h"
#include "followup.h"
#include "incident.h"

#include <QDate>
#include <QList>
#include <QString>

namespace td {

/// A whole case: the client, the incidents and everything filed or planned about them.
/// Named CaseFile because `case` is a C++ keyword and "case file" is what caseworkers say.
struct CaseFile
{
    qint64 id = 0;
    QString reference; ///< "TD-2026-00042"; assigned on first save when empty
    CaseStatus status = CaseStatus::Intake;
    QDate openedOn;
    QDate closedOn;
    QString assignedCaseworker;
    Client client;
    QList<Incident> incidents;
    QList<EvidenceItem> evidence;
    QList<ComplaintSubmission> complaints;
    QList<FollowUp> followUps;

    friend bool operator==(const CaseFile &, const CaseFile &) = default;
};

/// One row of the case list: enough to show and pick a case without loading it.
struct CaseSummary
{
    qint64 id = 0;
    QString reference;
    CaseStatus status = CaseStatus::Intake;
    QString clientName; ///< display name (full name, preferred name or "Anonymous client")
    bool clientAnonymous = false;
    QDate openedOn;
    QDate lastIncidentOn;
    QString assignedCaseworker;
};

} // namespace td
