#include "publishedstatistics.h"

#include "publishedkeys.h"

namespace td {

PublishedStatistics::PublishedStatistics(StatisticsTable t, int k)
    : table(std::move(t))
    , threshold(k)
    , cases(Suppression(k).apply(table, StatisticsUnit::Cases))
    , incidents(Suppression(k).apply(table, StatisticsUnit::Incidents))
    , rows(publishedKeys(table, false, k))
    , columns(publishedKeys(table, true, k))
{ }

int PublishedStatistics::unnamedKeys() const
{
    int n = 0;
    for (qsizetype i = 0; i < rows.size(); ++i)
        n += rows.at(i).key != table.rows.at(i).key ? 1 : 0;
    for (qsizetype i = 0; i < columns.size(); ++i)
        n += columns.at(i).key != table.columns.at(i).key ? 1 : 0;
    return n;
}

} // namespace td
