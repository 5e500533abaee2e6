#include "casestatus.h"

#include <QCoreApplication>

#include <array>

namespace td {
namespace {

struct StatusInfo
{
    CaseStatus status;
    const char *code;
    const char *label;
};

constexpr std::array kStatuses {
    StatusInfo {CaseStatus::Intake, "intake", QT_TRANSLATE_NOOP("CaseStatus", "Intake")},
    StatusInfo {CaseStatus::Evidence, "evidence", QT_TRANSLATE_NOOP("CaseStatus", "Evidence")},
    StatusInfo {CaseStatus::Ready, "ready", QT_TRANSLATE_NOOP("CaseStatus", "Ready to file")},
    StatusInfo {CaseStatus::Filed, "filed", QT_TRANSLATE_NOOP("CaseStatus", "Filed")},
    StatusInfo {
        CaseStatus::UnderReview, "under_review", QT_TRANSLATE_NOOP("CaseStatus", "Under review")},
    StatusInfo {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("CaseStatus", "Closed")},
};

constexpr std::array kOrder {CaseStatus::Intake, CaseStatus::Evidence, CaseStatus::Ready,
    CaseStatus::Filed, CaseStatus::UnderReview, CaseStatus::Closed};

const StatusInfo &info(CaseStatus status)
{
    for (const auto &i : kStatuses) {
        if (i.status == status)
            return i;
    }
    Q_UNREACHABLE();
}

} // namespace

std::span<const CaseStatus> allCaseStatuses()
{
    return kOrder;
}

QString caseStatusCode(CaseStatus status)
{
    return QString::fromLatin1(info(status).code);
}

std::optional<CaseStatus> caseStatusFromCode(const QString &code)
{
    for (const auto &i : kStatuses) {
        if (code == QLatin1String(i.code))
            return i.status;
    }
    return std::nullopt;
}

QString caseStatusLabel(CaseStatus status)
{
    return QCoreApplication::translate("CaseStatus", info(status).label);
}

} // namespace td
