#include "complaintrecipient.h"

#include "domain/casefile.h"

#include <QCoreApplication>

namespace td {

ComplaintRecipient::ComplaintRecipient(Kind kind, QString otherName)
    : m_kind(kind)
    , m_otherName(std::move(otherName))
{ }

ComplaintRecipient ComplaintRecipient::fromKey(const QString &keyOrName)
{
    const QString trimmed = keyOrName.trimmed();
    if (trimmed.compare(QLatin1String("bpd-iad"), Qt::CaseInsensitive) == 0)
        return ComplaintRecipient(Kind::BpdInternalAffairs);
    if (trimmed.compare(QLatin1String("accountability"), Qt::CaseInsensitive) == 0)
        return ComplaintRecipient(Kind::AccountabilityOffice);
    if (trimmed.compare(QLatin1String("post"), Qt::CaseInsensitive) == 0)
        return ComplaintRecipient(Kind::PostCommission);
    return ComplaintRecipient(Kind::Other, trimmed);
}

ComplaintRecipient ComplaintRecipient::suggestedFor(const CaseFile &caseFile)
{
    bool named = false;
    for (const Incident &incident : caseFile.incidents) {
        const QString agency = incident.agency.trimmed();
        if (agency.isEmpty())
            continue;
        named = true;
        if (agency.contains(QLatin1String("Boston Police"), Qt::CaseInsensitive)
            || agency.contains(QLatin1String("BPD"), Qt::CaseSensitive))
            return ComplaintRecipient(Kind::BpdInternalAffairs);
    }
    return ComplaintRecipient(named ? Kind::PostCommission : Kind::BpdInternalAffairs);
}

QString ComplaintRecipient::key() const
{
    switch (m_kind) {
    case Kind::BpdInternalAffairs:
        return QStringLiteral("bpd-iad");
    case Kind::AccountabilityOffice:
        return QStringLiteral("accountability");
    case Kind::PostCommission:
        return QStringLiteral("post");
    case Kind::Other:
        break;
    }
    return m_otherName;
}

QString ComplaintRecipient::displayName() const
{
    switch (m_kind) {
    case Kind::BpdInternalAffairs:
        return QCoreApplication::translate(
            "ComplaintRecipient", "Boston Police Department, Internal Affairs Division");
    case Kind::AccountabilityOffice:
        return QCoreApplication::translate("ComplaintRecipient",
            "City of Boston, Office of Police Accountability and Transparency");
    case Kind::PostCommission:
        return QCoreApplication::translate("ComplaintRecipient",
            "Massachusetts Peace Officer Standards and Training (POST) Commission");
    case Kind::Other:
        break;
    }
    return m_otherName;
}

QStringList ComplaintRecipient::addressLines() const
{
    if (m_kind != Kind::PostCommission)
        return {};
    // From the gathered facts (Chapter 253 of the Acts of 2020, the Commission's complaint site);
    // they give no postal address, so none is printed rather than one guessed.
    return {QCoreApplication::translate(
                "ComplaintRecipient", "Complaints about any certified officer in the Commonwealth"),
        QStringLiteral("policecomplaints.mass.gov")};
}

bool ComplaintRecipient::isValid() const
{
    return m_kind != Kind::Other || !m_otherName.trimmed().isEmpty();
}

} // namespace td
