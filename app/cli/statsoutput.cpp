#include "statsoutput.h"

#include "stats/statisticscsv.h"
#include "statsrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace td::cli {
namespace {

constexpr StatisticsUnit kUnits[] = {StatisticsUnit::Cases, StatisticsUnit::Incidents};

QJsonValue jsonCount(const PublishedCount &count)
{
    const auto value = count.published();
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonCounts(const QList<PublishedCount> &counts)
{
    QJsonArray out;
    for (const auto &c : counts)
        out.append(jsonCount(c));
    return out;
}

QJsonArray jsonKeys(const QList<StatisticsKey> &keys)
{
    QJsonArray out;
    for (const auto &k : keys)
        out.append(
            QJsonObject {{QStringLiteral("key"), k.key}, {QStringLiteral("label"), k.label}});
    return out;
}

QJsonObject jsonUnit(const PublishedTable &t)
{
    QJsonObject o;
    if (t.twoDimensional) {
        QJsonArray rows;
        for (qsizetype r = 0; r < t.rowCount; ++r)
            rows.append(jsonCounts(t.cells.mid(r * t.columnCount, t.columnCount)));
        o.insert(QStringLiteral("cells"), rows);
        o.insert(QStringLiteral("row_totals"), jsonCounts(t.rowTotals));
        o.insert(QStringLiteral("column_totals"), jsonCounts(t.columnTotals));
    } else {
        o.insert(QStringLiteral("cells"), jsonCounts(t.cells));
    }
    o.insert(QStringLiteral("total"), jsonCount(t.total));
    o.insert(QStringLiteral("totals_are_distinct"), t.overlapping);
    o.insert(QStringLiteral("suppressed"),
        QJsonObject {{QStringLiteral("primary"), t.count(CountState::Primary)},
            {QStringLiteral("complementary"), t.count(CountState::Complementary)}});
    return o;
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString textCount(const PublishedCount &count)
{
    const auto value = count.published();
    return value ? QString::number(*value) : QStringLiteral("*");
}

/// One line of a long table: row key and label, column key and label (two dimensions), then
/// the counts of both units.
struct Line
{
    StatisticsKey row;
    StatisticsKey column;
    PublishedCount cases;
    PublishedCount incidents;
};

QList<Line> lines(const PublishedStatistics &s)
{
    const StatisticsKey total {QString(), QCoreApplication::translate("trustdesk-cli", "Total")};
    QList<Line> out;
    const bool twoD = s.table.isTwoDimensional();
    for (qsizetype r = 0; r < s.rows.size(); ++r) {
        for (qsizetype c = 0; c < s.cases.columnCount; ++c)
            out.append({s.rows.at(r), twoD ? s.columns.at(c) : StatisticsKey {}, s.cases.cell(r, c),
                s.incidents.cell(r, c)});
        if (twoD)
            out.append({s.rows.at(r), total, s.cases.rowTotals.at(r), s.incidents.rowTotals.at(r)});
    }
    if (twoD) {
        for (qsizetype c = 0; c < s.columns.size(); ++c)
            out.append({total, s.columns.at(c), s.cases.columnTotals.at(c),
                s.incidents.columnTotals.at(c)});
    }
    out.append({total, twoD ? total : StatisticsKey {}, s.cases.total, s.incidents.total});
    return out;
}

} // namespace

void printStatsJson(QTextStream &out, const StatsRequest &request, const PublishedStatistics &s)
{
    QJsonArray by {statisticsDimensionCode(s.table.rowDimension)};
    if (s.table.columnDimension)
        by.append(statisticsDimensionCode(*s.table.columnDimension));
    QJsonArray statuses;
    for (const auto status : request.filter.statuses)
        statuses.append(caseStatusCode(status));
    QJsonObject o {{QStringLiteral("format"), QStringLiteral("trustdesk-statistics")},
        {QStringLiteral("version"), 1}, {QStringLiteral("by"), by},
        {QStringLiteral("from"), jsonDate(request.filter.from)},
        {QStringLiteral("to"), jsonDate(request.filter.to)}, {QStringLiteral("statuses"), statuses},
        {QStringLiteral("one_caseworker"), !request.filter.caseworker.trimmed().isEmpty()},
        {QStringLiteral("min_count"), request.minCount},
        {QStringLiteral("rows"), jsonKeys(s.rows)}};
    if (s.table.columnDimension)
        o.insert(QStringLiteral("columns"), jsonKeys(s.columns));
    for (const auto unit : kUnits)
        o.insert(statisticsUnitCode(unit), jsonUnit(s.of(unit)));
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void printStatsCsv(QTextStream &out, const StatsRequest &request, const PublishedStatistics &s)
{
    Q_UNUSED(request)
    // One writer for the window's export and this command: the same layout, quoting and guard
    // against labels a spreadsheet would run as formulas.
    QByteArray csv = statisticsCsv(s);
    if (csv.startsWith("\xEF\xBB\xBF"))
        csv.remove(0, 3);
    out.setGenerateByteOrderMark(true);
    out << QString::fromUtf8(csv);
}

void printStatsText(QTextStream &out, const StatsRequest &request, const PublishedStatistics &s)
{
    QString title = s.table.columnDimension
        ? QCoreApplication::translate("trustdesk-cli", "Cases and incidents by %1 and %2")
              .arg(statisticsDimensionTitle(s.table.rowDimension).toLower(),
                  statisticsDimensionTitle(*s.table.columnDimension).toLower())
        : QCoreApplication::translate("trustdesk-cli", "Cases and incidents by %1")
              .arg(statisticsDimensionTitle(s.table.rowDimension).toLower());
    out << title << '\n';
    const auto &f = request.filter;
    if (f.from.isValid() && f.to.isValid())
        out << QCoreApplication::translate("trustdesk-cli", "Incidents dated %1 to %2")
                   .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
            << '\n';
    else if (f.from.isValid())
        out << QCoreApplication::translate("trustdesk-cli", "Incidents dated %1 or later")
                   .arg(f.from.toString(Qt::ISODate))
            << '\n';
    else if (f.to.isValid())
        out << QCoreApplication::translate("trustdesk-cli", "Incidents dated %1 or earlier")
                   .arg(f.to.toString(Qt::ISODate))
            << '\n';
    out << '\n';
    const QList<Line> all = lines(s);
    const auto width = [&](auto key) {
        qsizetype w = 0;
        for (const Line &line : all)
            w = std::max(w, key(line).label.size());
        return std::min<qsizetype>(w, 48);
    };
    const qsizetype rowWidth = std::max<qsizetype>(width([](const Line &l) { return l.row; }),
        statisticsDimensionTitle(s.table.rowDimension).size());
    const qsizetype columnWidth = s.table.columnDimension
        ? std::max<qsizetype>(width([](const Line &l) { return l.column; }),
            statisticsDimensionTitle(*s.table.columnDimension).size())
        : 0;
    const QString cases = statisticsUnitTitle(StatisticsUnit::Cases);
    const QString incidents = statisticsUnitTitle(StatisticsUnit::Incidents);
    out << statisticsDimensionTitle(s.table.rowDimension).leftJustified(rowWidth, u' ', true);
    if (s.table.columnDimension)
        out << "  "
            << statisticsDimensionTitle(*s.table.columnDimension)
                   .leftJustified(columnWidth, u' ', true);
    out << "  " << cases.rightJustified(9) << "  " << incidents.rightJustified(9) << '\n';
    for (const Line &line : all) {
        out << line.row.label.leftJustified(rowWidth, u' ', true);
        if (s.table.columnDimension)
            out << "  " << line.column.label.leftJustified(columnWidth, u' ', true);
        out << "  " << textCount(line.cases).rightJustified(9) << "  "
            << textCount(line.incidents).rightJustified(9) << '\n';
    }
    out << '\n';
    if (request.minCount > 1)
        out << QCoreApplication::translate("trustdesk-cli",
            "* suppressed: a count from 1 to %1, or one hidden so that such a count cannot be "
            "worked out from the totals.")
                   .arg(request.minCount - 1)
            << '\n';
    if (s.cases.overlapping || s.incidents.overlapping)
        out << QCoreApplication::translate("trustdesk-cli",
            "A case or incident can count in several rows or columns (several categories, "
            "or incidents in several months, districts or agencies); totals count each "
            "once, so they are less than the sum of their cells.")
            << '\n';
}

} // namespace td::cli
