#include "statisticscsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {
namespace {

QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString csvCount(const PublishedCount &count)
{
    const auto value = count.published();
    return value ? QString::number(*value) : QString();
}

} // namespace

QByteArray statisticsCsv(const PublishedStatistics &s)
{
    const StatisticsKey total {QString(), QCoreApplication::translate("Statistics", "Total")};
    const bool twoD = s.table.isTwoDimensional();
    const QString rowCode = statisticsDimensionCode(s.table.rowDimension);
    QStringList header {rowCode, rowCode + QStringLiteral("_label")};
    if (twoD) {
        const QString columnCode = statisticsDimensionCode(*s.table.columnDimension);
        header << columnCode << columnCode + QStringLiteral("_label");
    }
    header << statisticsUnitCode(StatisticsUnit::Cases)
           << statisticsUnitCode(StatisticsUnit::Incidents);
    QStringList lines {header.join(QLatin1Char(','))};
    const auto line = [&](const StatisticsKey &row, const StatisticsKey &column,
                          const PublishedCount &cases, const PublishedCount &incidents) {
        QStringList fields {csvField(row.key), csvField(row.label)};
        if (twoD)
            fields << csvField(column.key) << csvField(column.label);
        fields << csvCount(cases) << csvCount(incidents);
        lines << fields.join(QLatin1Char(','));
    };
    for (qsizetype r = 0; r < s.rows.size(); ++r) {
        for (qsizetype c = 0; c < s.cases.columnCount; ++c)
            line(s.rows.at(r), twoD ? s.columns.at(c) : StatisticsKey {}, s.cases.cell(r, c),
                s.incidents.cell(r, c));
        if (twoD)
            line(s.rows.at(r), total, s.cases.rowTotals.at(r), s.incidents.rowTotals.at(r));
    }
    if (twoD) {
        for (qsizetype c = 0; c < s.columns.size(); ++c)
            line(
                total, s.columns.at(c), s.cases.columnTotals.at(c), s.incidents.columnTotals.at(c));
    }
    line(total, twoD ? total : StatisticsKey {}, s.cases.total, s.incidents.total);
    lines << QString();
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8();
}

} // namespace td
