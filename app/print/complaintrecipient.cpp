#include "complaintrecipient.h"

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
    return ComplaintRecipient(Kind::Other, trimmed);
}

QString ComplaintRecipient::key() const
{
    switch (m_kind) {
    case Kind::BpdInternalAffairs:
        return QStringLiteral("bpd-iad");
    case Kind::AccountabilityOffice:
        return QStringLiteral("accountability");
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
    case Kind::Other:
        break;
    }
    return m_otherName;
}

bool ComplaintRecipient::isValid() const
{
    return m_kind != Kind::Other || !m_otherName.trimmed().isEmpty();
}

} // namespace td
