#include "statisticsauditdetail.h"

#include <QStringList>

namespace td {

QString statisticsAuditDetail(const PublishedStatistics &statistics, const QString &format)
{
    const StatisticsTable &table = statistics.table;
    const StatisticsFilter &filter = table.filter;
    QString by = statisticsDimensionCode(table.rowDimension);
    if (table.columnDimension)
        by += QLatin1Char('-') + statisticsDimensionCode(*table.columnDimension);
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("open");
    };
    QStringList parts {QStringLiteral("format=") + format, QStringLiteral("by=") + by,
        QStringLiteral("from=") + date(filter.from), QStringLiteral("to=") + date(filter.to)};
    if (!filter.statuses.isEmpty()) {
        QStringList codes;
        for (const auto status : filter.statuses)
            codes.append(caseStatusCode(status));
        parts.append(QStringLiteral("statuses=") + codes.join(QLatin1Char(',')));
    }
    // The caseworker is named in the case data, not here: the record says only that one was chosen.
    if (!filter.caseworker.trimmed().isEmpty())
        parts.append(QStringLiteral("caseworker=one"));
    int primary = 0;
    int complementary = 0;
    for (const PublishedTable *t : {&statistics.cases, &statistics.incidents}) {
        primary += t->count(CountState::Primary);
        complementary += t->count(CountState::Complementary);
    }
    parts.append(QStringLiteral("min_count=%1").arg(statistics.threshold));
    parts.append(QStringLiteral("suppressed=%1+%2").arg(primary).arg(complementary));
    parts.append(QStringLiteral("unnamed=%1").arg(statistics.unnamedKeys()));
    return parts.join(QLatin1Char(' '));
}

} // namespace td
