#pragma once

#include <QString>

#include <optional>
#include <span>

namespace td {

/// Where a case stands, in workflow order: intake → evidence → ready → filed → under review →
/// closed.
enum class CaseStatus
{
    Intake,
    Evidence,
    Ready,
    Filed,
    UnderReview,
    Closed
};

std::span<const CaseStatus> allCaseStatuses();
/// Stable code used in the database, the JSON format and the CLI ("under_review").
QString caseStatusCode(CaseStatus status);
std::optional<CaseStatus> caseStatusFromCode(const QString &code);
/// Translated label for people.
QString caseStatusLabel(CaseStatus status);

} // namespace td
