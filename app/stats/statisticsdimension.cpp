#include "statisticsdimension.h"

#include "domain/casestatus.h"
#include "domain/policedistrict.h"
#include "domain/violationcategory.h"

#include <QCoreApplication>

#include <array>

namespace td {
namespace {

struct DimensionInfo
{
    StatisticsDimension dimension;
    const char *code;
    const char *title;
};

constexpr std::array kDimensions {
    DimensionInfo {StatisticsDimension::Category, "category",
        QT_TRANSLATE_NOOP("Statistics", "Violation category")},
    DimensionInfo {StatisticsDimension::Month, "month", QT_TRANSLATE_NOOP("Statistics", "Month")},
    DimensionInfo {
        StatisticsDimension::Quarter, "quarter", QT_TRANSLATE_NOOP("Statistics", "Quarter")},
    DimensionInfo {StatisticsDimension::District, "district",
        QT_TRANSLATE_NOOP("Statistics", "Police district")},
    DimensionInfo {
        StatisticsDimension::Agency, "agency", QT_TRANSLATE_NOOP("Statistics", "Agency")},
    DimensionInfo {
        StatisticsDimension::Status, "status", QT_TRANSLATE_NOOP("Statistics", "Case status")},
    DimensionInfo {StatisticsDimension::Outcome, "outcome",
        QT_TRANSLATE_NOOP("Statistics", "Complaint outcome")},
};

constexpr std::array kOrder {StatisticsDimension::Category, StatisticsDimension::Month,
    StatisticsDimension::Quarter, StatisticsDimension::District, StatisticsDimension::Agency,
    StatisticsDimension::Status, StatisticsDimension::Outcome};

const DimensionInfo &info(StatisticsDimension dimension)
{
    for (const auto &i : kDimensions) {
        if (i.dimension == dimension)
            return i;
    }
    Q_UNREACHABLE();
}

} // namespace

std::span<const StatisticsDimension> allStatisticsDimensions()
{
    return kOrder;
}

QString statisticsDimensionCode(StatisticsDimension dimension)
{
    return QString::fromLatin1(info(dimension).code);
}

std::optional<StatisticsDimension> statisticsDimensionFromCode(const QString &code)
{
    for (const auto &i : kDimensions) {
        if (code.trimmed().compare(QLatin1String(i.code), Qt::CaseInsensitive) == 0)
            return i.dimension;
    }
    return std::nullopt;
}

QString statisticsDimensionTitle(StatisticsDimension dimension)
{
    return QCoreApplication::translate("Statistics", info(dimension).title);
}

bool isIncidentDimension(StatisticsDimension dimension)
{
    return dimension != StatisticsDimension::Status && dimension != StatisticsDimension::Outcome;
}

bool isMultiValued(StatisticsDimension dimension, StatisticsUnit unit)
{
    if (dimension == StatisticsDimension::Category)
        return true;
    return unit == StatisticsUnit::Cases && isIncidentDimension(dimension);
}

QString statisticsUnitCode(StatisticsUnit unit)
{
    return unit == StatisticsUnit::Cases ? QStringLiteral("cases") : QStringLiteral("incidents");
}

QString statisticsUnitTitle(StatisticsUnit unit)
{
    return unit == StatisticsUnit::Cases ? QCoreApplication::translate("Statistics", "Cases")
                                         : QCoreApplication::translate("Statistics", "Incidents");
}

QString statisticsKeyLabel(StatisticsDimension dimension, const QString &key, const QString &stored)
{
    switch (dimension) {
    case StatisticsDimension::Category:
        if (key == QLatin1String(StatisticsKeys::kUncategorised))
            return QCoreApplication::translate("Statistics", "No category recorded");
        if (const auto *category = findViolationCategory(key))
            return category->translatedTitle();
        return key;
    case StatisticsDimension::Quarter:
        // "2026-Q1" reads "2026 Q1"
        return QString(key).replace(QLatin1Char('-'), QLatin1Char(' '));
    case StatisticsDimension::Status:
        if (const auto status = caseStatusFromCode(key))
            return caseStatusLabel(*status);
        return key;
    case StatisticsDimension::Outcome:
        if (key == QLatin1String(StatisticsKeys::kNotFiled))
            return QCoreApplication::translate("Statistics", "Not filed");
        if (key.isEmpty())
            return QCoreApplication::translate("Statistics", "Filed, no status recorded");
        return stored.isEmpty() ? key : stored;
    case StatisticsDimension::District:
        if (key.isEmpty())
            return QCoreApplication::translate("Statistics", "Not recorded");
        return policeDistrictLabel(key);
    case StatisticsDimension::Month:
    case StatisticsDimension::Agency:
        break;
    }
    if (key.isEmpty())
        return QCoreApplication::translate("Statistics", "Not recorded");
    return stored.isEmpty() ? key : stored;
}

} // namespace td
