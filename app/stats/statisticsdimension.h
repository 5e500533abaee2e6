#pragma once

#include <QString>

#include <optional>
#include <span>

namespace td {

/// What a statistics table counts its cases or incidents by (docs/statistics.md).
enum class StatisticsDimension
{
    Category, ///< violation category of an incident (incident_violations); several per incident
    Month, ///< month of the incident date, "2026-03"
    Quarter, ///< quarter of the incident date, "2026-Q1"
    District, ///< police district of the incident, shown with its neighbourhoods
    Agency, ///< agency of the incident, grouped ignoring case and runs of whitespace
    Status, ///< the case's status
    Outcome, ///< status of the case's latest complaint submission as typed; "not filed" if none
};

/// Whether the table counts cases or incidents.
enum class StatisticsUnit
{
    Cases,
    Incidents,
};

std::span<const StatisticsDimension> allStatisticsDimensions();
/// Stable code for the CLI and the JSON ("category", "month", …).
QString statisticsDimensionCode(StatisticsDimension dimension);
std::optional<StatisticsDimension> statisticsDimensionFromCode(const QString &code);
/// Translated heading ("Violation category").
QString statisticsDimensionTitle(StatisticsDimension dimension);
/// True when the dimension describes an incident (category, month, quarter, district, agency),
/// false when it describes the case (status, outcome).
bool isIncidentDimension(StatisticsDimension dimension);
/// True when one unit can fall in several keys of the dimension: an incident in several
/// categories, or a case whose incidents differ in month, district, agency or category. Then the
/// cells add up to more than the total, which counts each case or incident once.
bool isMultiValued(StatisticsDimension dimension, StatisticsUnit unit);

QString statisticsUnitCode(StatisticsUnit unit); ///< "cases" or "incidents"
QString statisticsUnitTitle(StatisticsUnit unit); ///< translated "Cases"

namespace StatisticsKeys {
/// The key of an incident without any violation category.
inline constexpr auto kUncategorised = "";
/// The outcome key of a case without a complaint submission.
inline constexpr auto kNotFiled = "#not-filed";
} // namespace StatisticsKeys

/// How a key reads in a table: the category's title, "C-11 — Dorchester", "Under review",
/// "2026 Q1", "Not filed", "Not recorded" for an empty key. `stored` is a spelling of the key as
/// found in the data (the agency's name as typed), used where the key itself is normalised.
QString statisticsKeyLabel(
    StatisticsDimension dimension, const QString &key, const QString &stored = {});

} // namespace td
