#include "caseconflict.h"

#include "common/displayformat.h"

#include <QCoreApplication>

namespace td {
namespace {

// Children are stored afresh on every save (new row ids): compare what was entered, not ids.
template<typename T> QList<T> withoutIds(QList<T> rows)
{
    for (auto &row : rows)
        row.id = 0;
    return rows;
}

Incident withoutIds(Incident incident)
{
    incident.id = 0;
    incident.officers = withoutIds(incident.officers);
    incident.witnesses = withoutIds(incident.witnesses);
    return incident;
}

} // namespace

QStringList CaseConflict::sectionsChangedSince(const CaseFile &loaded) const
{
    QStringList sections;
    if (stored.status != loaded.status || stored.openedOn != loaded.openedOn
        || stored.closedOn != loaded.closedOn
        || stored.assignedCaseworker != loaded.assignedCaseworker)
        sections.append(QCoreApplication::translate("CaseConflict", "Case"));
    if (stored.client != loaded.client)
        sections.append(QCoreApplication::translate("CaseConflict", "Client"));
    const qsizetype incidents = qMax(stored.incidents.size(), loaded.incidents.size());
    for (qsizetype i = 0; i < incidents; ++i) {
        if (i >= stored.incidents.size() || i >= loaded.incidents.size()
            || withoutIds(stored.incidents.at(i)) != withoutIds(loaded.incidents.at(i)))
            sections.append(QCoreApplication::translate("CaseConflict", "Incident %1").arg(i + 1));
    }
    if (withoutIds(stored.complaints) != withoutIds(loaded.complaints))
        sections.append(QCoreApplication::translate("CaseConflict", "Complaints"));
    if (withoutIds(stored.followUps) != withoutIds(loaded.followUps))
        sections.append(QCoreApplication::translate("CaseConflict", "Follow-ups"));
    return sections;
}

QString CaseConflict::describe() const
{
    const QString who = changedBy.isEmpty()
        ? QCoreApplication::translate("CaseConflict", "Someone else")
        : changedBy;
    if (!changedAt.isValid())
        return QCoreApplication::translate("CaseConflict", "%1 changed case %2.")
            .arg(who, stored.reference);
    return QCoreApplication::translate("CaseConflict", "%1 changed case %2 at %3.")
        .arg(who, stored.reference, displayDateTime(changedAt));
}

} // namespace td
