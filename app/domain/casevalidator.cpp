#include "casevalidator.h"

#include "casereference.h"
#include "violationcategory.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td {
namespace {

void add(QList<FieldIssue> &issues, const QString &path, const QString &message,
    FieldIssue::Severity severity = FieldIssue::Severity::Error)
{
    issues.append(FieldIssue {path, message, severity});
}

bool looksLikePhone(const QString &phone)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ().\\-/]{7,}$"));
    return re.match(phone.trimmed()).hasMatch();
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email.trimmed()).hasMatch();
}

} // namespace

CaseValidator::CaseValidator(QDate today)
    : m_today(today)
{ }

bool CaseValidator::hasErrors(const QList<FieldIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const FieldIssue &i) { return i.severity == FieldIssue::Severity::Error; });
}

QList<FieldIssue> CaseValidator::validate(const CaseFile &c) const
{
    QList<FieldIssue> issues;
    if (!c.reference.isEmpty() && !CaseReference::isValid(c.reference))
        add(issues, QStringLiteral("reference"),
            QCoreApplication::translate(
                "CaseValidator", "The case reference must look like TD-2026-00042."));
    if (!c.openedOn.isValid())
        add(issues, QStringLiteral("opened_on"),
            QCoreApplication::translate(
                "CaseValidator", "The date the case was opened is required."));
    checkNotFuture(c.openedOn, QStringLiteral("opened_on"), issues);
    if (c.closedOn.isValid() && c.openedOn.isValid() && c.closedOn < c.openedOn)
        add(issues, QStringLiteral("closed_on"),
            QCoreApplication::translate(
                "CaseValidator", "A case cannot be closed before it was opened."));
    checkNotFuture(c.closedOn, QStringLiteral("closed_on"), issues);

    validateClient(c.client, issues);
    for (qsizetype i = 0; i < c.incidents.size(); ++i)
        validateIncident(c.incidents.at(i), QStringLiteral("incidents[%1]").arg(i), issues);

    for (qsizetype i = 0; i < c.complaints.size(); ++i) {
        const auto path = QStringLiteral("complaints[%1]").arg(i);
        if (c.complaints.at(i).filedWith.trimmed().isEmpty())
            add(issues, path + QStringLiteral(".filed_with"),
                QCoreApplication::translate(
                    "CaseValidator", "Say whom the complaint was filed with."));
        checkNotFuture(c.complaints.at(i).filedOn, path + QStringLiteral(".filed_on"), issues);
    }
    for (qsizetype i = 0; i < c.followUps.size(); ++i) {
        if (!c.followUps.at(i).dueOn.isValid())
            add(issues, QStringLiteral("follow_ups[%1].due_on").arg(i),
                QCoreApplication::translate("CaseValidator", "A follow-up needs a due date."));
    }
    for (qsizetype i = 0; i < c.evidence.size(); ++i) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const auto &e = c.evidence.at(i);
        const auto path = QStringLiteral("evidence[%1]").arg(i);
        if (!hex.match(e.sha256).hasMatch())
            add(issues, path + QStringLiteral(".sha256"),
                QCoreApplication::translate(
                    "CaseValidator", "The SHA-256 must be 64 lowercase hexadecimal digits."));
        if (e.sizeBytes < 0)
            add(issues, path + QStringLiteral(".size_bytes"),
                QCoreApplication::translate("CaseValidator", "The size cannot be negative."));
        if (e.originalName.trimmed().isEmpty())
            add(issues, path + QStringLiteral(".original_name"),
                QCoreApplication::translate(
                    "CaseValidator", "The original file name is required."));
    }
    return issues;
}

void CaseValidator::validateClient(const Client &client, QList<FieldIssue> &issues) const
{
    if (!client.anonymous && client.fullName.trimmed().isEmpty()
        && client.preferredName.trimmed().isEmpty())
        add(issues, QStringLiteral("client.full_name"),
            QCoreApplication::translate(
                "CaseValidator", "Enter the client's name, or mark the client as anonymous."));
    checkNotFuture(client.dateOfBirth, QStringLiteral("client.date_of_birth"), issues);
    checkNotFuture(client.consentDate, QStringLiteral("client.consent_date"), issues);
    if (!client.phone.isEmpty() && !looksLikePhone(client.phone))
        add(issues, QStringLiteral("client.phone"),
            QCoreApplication::translate("CaseValidator", "This does not look like a phone number."),
            FieldIssue::Severity::Warning);
    if (!client.email.isEmpty() && !looksLikeEmail(client.email))
        add(issues, QStringLiteral("client.email"),
            QCoreApplication::translate(
                "CaseValidator", "This does not look like an email address."),
            FieldIssue::Severity::Warning);
}

void CaseValidator::validateIncident(
    const Incident &incident, const QString &path, QList<FieldIssue> &issues) const
{
    if (!incident.date.isValid())
        add(issues, path + QStringLiteral(".date"),
            QCoreApplication::translate("CaseValidator", "The incident date is required."));
    checkNotFuture(incident.date, path + QStringLiteral(".date"), issues);
    for (const auto &code : incident.violations) {
        if (!findViolationCategory(code))
            add(issues, path + QStringLiteral(".violations"),
                QCoreApplication::translate("CaseValidator", "Unknown violation category \"%1\".")
                    .arg(code));
    }
    for (qsizetype i = 0; i < incident.officers.size(); ++i) {
        const auto &o = incident.officers.at(i);
        if (o.name.trimmed().isEmpty() && o.badgeNumber.trimmed().isEmpty()
            && o.description.trimmed().isEmpty())
            add(issues, path + QStringLiteral(".officers[%1]").arg(i),
                QCoreApplication::translate(
                    "CaseValidator", "Give the officer's name, badge number or a description."));
    }
}

void CaseValidator::checkNotFuture(
    const QDate &date, const QString &path, QList<FieldIssue> &issues) const
{
    if (date.isValid() && date > m_today)
        add(issues, path,
            QCoreApplication::translate("CaseValidator", "This date is in the future."));
}

} // namespace td
