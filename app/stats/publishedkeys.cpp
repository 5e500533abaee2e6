#include "publishedkeys.h"

#include "domain/policedistrict.h"

#include <QCoreApplication>

namespace td {

bool isFreeTextKey(StatisticsDimension dimension, const QString &key)
{
    switch (dimension) {
    case StatisticsDimension::Agency:
        return !key.isEmpty();
    case StatisticsDimension::Outcome:
        return !key.isEmpty() && key != QLatin1String(StatisticsKeys::kNotFiled);
    case StatisticsDimension::District:
        if (key.isEmpty())
            return false;
        for (const auto &district : bostonPoliceDistricts()) {
            if (key.compare(QLatin1String(district.code), Qt::CaseInsensitive) == 0)
                return false;
        }
        return true;
    case StatisticsDimension::Category:
    case StatisticsDimension::Month:
    case StatisticsDimension::Quarter:
    case StatisticsDimension::Status:
        break;
    }
    return false;
}

QList<StatisticsKey> publishedKeys(const StatisticsTable &table, bool columns, int threshold)
{
    if (columns && !table.columnDimension)
        return {};
    const StatisticsDimension dimension = columns ? *table.columnDimension : table.rowDimension;
    const QList<StatisticsKey> &keys = columns ? table.columns : table.rows;
    const QList<StatisticsCount> &totals = columns ? table.columnTotals : table.rowTotals;
    QList<StatisticsKey> out;
    int hidden = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!isFreeTextKey(dimension, keys.at(i).key) || totals.at(i).cases >= threshold) {
            out.append(keys.at(i));
            continue;
        }
        ++hidden;
        QString label;
        switch (dimension) {
        case StatisticsDimension::Agency:
            label = QCoreApplication::translate("Statistics", "Other agency %1").arg(hidden);
            break;
        case StatisticsDimension::Outcome:
            label = QCoreApplication::translate("Statistics", "Other outcome %1").arg(hidden);
            break;
        default:
            label = QCoreApplication::translate("Statistics", "Other district %1").arg(hidden);
            break;
        }
        out.append({QString(), label});
    }
    return out;
}

} // namespace td
