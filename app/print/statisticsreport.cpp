#include "statisticsreport.h"

#include "reporthtml.h"
#include "statisticschart.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QUrl>

namespace td {
namespace {

using ReportHtml::esc;

constexpr int kChartShownWidth = 620; // document units: the text width of a Letter page
constexpr int kChartScale = 3;
const QLatin1String kChartUrl("statistics-chart:1");

QString countHtml(const PublishedCount &count)
{
    const auto value = count.published();
    return value ? QString::number(*value) : QStringLiteral("\u2013");
}

QString cellHtml(const QString &text, bool header = false, bool bold = false,
    const char *align = "right", int widthPercent = 0)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    const QString body = bold && !header ? QStringLiteral("<b>%1</b>").arg(text) : text;
    const QString width
        = widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(widthPercent) : QString();
    return QStringLiteral("<%1 align=\"%2\"%3>%4</%1>").arg(tag, QLatin1String(align), width, body);
}

} // namespace

StatisticsReport::StatisticsReport(PublishedStatistics statistics, StatisticsReportOptions options)
    : m_statistics(std::move(statistics))
    , m_options(std::move(options))
{ }

QDate StatisticsReport::generatedOn() const
{
    return m_options.generatedOn.isValid() ? m_options.generatedOn : QDate::currentDate();
}

QString StatisticsReport::title() const
{
    const StatisticsTable &t = m_statistics.table;
    if (t.columnDimension)
        return QCoreApplication::translate(
            "StatisticsReport", "Reported police conduct by %1 and %2")
            .arg(statisticsDimensionTitle(t.rowDimension).toLower(),
                statisticsDimensionTitle(*t.columnDimension).toLower());
    return QCoreApplication::translate("StatisticsReport", "Reported police conduct by %1")
        .arg(statisticsDimensionTitle(t.rowDimension).toLower());
}

QString StatisticsReport::periodText() const
{
    const StatisticsFilter &f = m_statistics.table.filter;
    const auto date = [](const QDate &d) { return ReportHtml::documentDate(d); };
    QString period;
    if (f.from.isValid() && f.to.isValid())
        period = QCoreApplication::translate("StatisticsReport", "Incidents from %1 to %2.")
                     .arg(date(f.from), date(f.to));
    else if (f.from.isValid())
        period = QCoreApplication::translate("StatisticsReport", "Incidents from %1 to %2.")
                     .arg(date(f.from), date(generatedOn()));
    else if (f.to.isValid())
        period = QCoreApplication::translate("StatisticsReport", "All incidents recorded up to %1.")
                     .arg(date(f.to));
    else
        period = QCoreApplication::translate("StatisticsReport", "All incidents recorded up to %1.")
                     .arg(date(generatedOn()));
    if (!f.statuses.isEmpty()) {
        QStringList labels;
        for (const auto status : f.statuses)
            labels.append(caseStatusLabel(status));
        period += QLatin1Char(' ')
            + QCoreApplication::translate("StatisticsReport", "Cases with the status %1 only.")
                  .arg(labels.join(QLatin1String(", ")));
    }
    if (!f.caseworker.trimmed().isEmpty())
        period += QLatin1Char(' ')
            + QCoreApplication::translate("StatisticsReport", "The cases of one caseworker only.");
    return period;
}

QImage StatisticsReport::chart() const
{
    const PublishedTable &t = m_statistics.of(m_options.chartUnit);
    QList<StatisticsChart::Bar> bars;
    for (qsizetype r = 0; r < m_statistics.rows.size(); ++r) {
        const PublishedCount &count = t.twoDimensional ? t.rowTotals.at(r) : t.cells.at(r);
        bars.append({m_statistics.rows.at(r).label, count.published()});
    }
    const StatisticsDimension rows = m_statistics.table.rowDimension;
    if (rows == StatisticsDimension::Month || rows == StatisticsDimension::Quarter)
        return StatisticsChart::drawLine(
            bars, families(), kChartShownWidth * kChartScale, kChartScale);
    return StatisticsChart::draw(bars, families(), kChartShownWidth * kChartScale, kChartScale);
}

QString StatisticsReport::tableHtml(StatisticsUnit unit, int number) const
{
    const PublishedTable &t = m_statistics.of(unit);
    const StatisticsTable &raw = m_statistics.table;
    const QString totalLabel = QCoreApplication::translate("StatisticsReport", "Total");
    const bool overlapping = t.twoDimensional
        ? t.overlapping
        : m_statistics.cases.overlapping || m_statistics.incidents.overlapping;
    const QString note = overlapping
        ? QStringLiteral("<p style=\"font-size:8pt;color:#444\"><i>%1</i></p>\n")
              .arg(esc(QCoreApplication::translate("StatisticsReport",
                  "Totals count each case and incident once; one can fall in several rows or "
                  "columns, so the totals can be less than the sum of their cells.")))
        : QString();
    QString html;
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                           " style=\"border-color:#999;border-style:solid;font-size:9pt\">\n");
    if (!t.twoDimensional) {
        // One dimension: both units side by side.
        const PublishedTable &cases = m_statistics.cases;
        const PublishedTable &incidents = m_statistics.incidents;
        html += QStringLiteral("<thead><tr>")
            + cellHtml(esc(statisticsDimensionTitle(raw.rowDimension)), true, false, "left", 60)
            + cellHtml(esc(statisticsUnitTitle(StatisticsUnit::Cases)), true)
            + cellHtml(esc(statisticsUnitTitle(StatisticsUnit::Incidents)), true)
            + QStringLiteral("</tr></thead>\n");
        for (qsizetype r = 0; r < m_statistics.rows.size(); ++r)
            html += QStringLiteral("<tr>")
                + cellHtml(esc(m_statistics.rows.at(r).label), false, false, "left")
                + cellHtml(countHtml(cases.cells.at(r)))
                + cellHtml(countHtml(incidents.cells.at(r))) + QStringLiteral("</tr>\n");
        html += QStringLiteral("<tr>") + cellHtml(esc(totalLabel), false, true, "left")
            + cellHtml(countHtml(cases.total), false, true)
            + cellHtml(countHtml(incidents.total), false, true) + QStringLiteral("</tr>\n");
        html += QStringLiteral("</table>\n") + note;
        return QStringLiteral("<p><b>%1</b></p>\n")
                   .arg(esc(QCoreApplication::translate(
                       "StatisticsReport", "Table %1. Cases and incidents by %2")
                                .arg(number)
                                .arg(statisticsDimensionTitle(raw.rowDimension).toLower())))
            + html;
    }
    html += QStringLiteral("<thead><tr>")
        + cellHtml(esc(statisticsDimensionTitle(raw.rowDimension)), true, false, "left", 28);
    for (const auto &column : m_statistics.columns)
        html += cellHtml(esc(column.label), true);
    html += cellHtml(esc(totalLabel), true) + QStringLiteral("</tr></thead>\n");
    for (qsizetype r = 0; r < m_statistics.rows.size(); ++r) {
        html += QStringLiteral("<tr>")
            + cellHtml(esc(m_statistics.rows.at(r).label), false, false, "left");
        for (qsizetype c = 0; c < t.columnCount; ++c)
            html += cellHtml(countHtml(t.cell(r, c)));
        html += cellHtml(countHtml(t.rowTotals.at(r)), false, true) + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("<tr>") + cellHtml(esc(totalLabel), false, true, "left");
    for (const auto &count : t.columnTotals)
        html += cellHtml(countHtml(count), false, true);
    html += cellHtml(countHtml(t.total), false, true) + QStringLiteral("</tr>\n</table>\n") + note;
    return QStringLiteral("<p><b>%1</b></p>\n")
               .arg(esc(QCoreApplication::translate(
                   "StatisticsReport", "Table %1. %2 by %3 (rows) and %4 (columns)")
                            .arg(number)
                            .arg(statisticsUnitTitle(unit),
                                statisticsDimensionTitle(raw.rowDimension).toLower(),
                                statisticsDimensionTitle(*raw.columnDimension).toLower())))
        + html;
}

QString StatisticsReport::methodHtml() const
{
    const int k = m_statistics.threshold;
    const PublishedTable &cases = m_statistics.cases;
    const PublishedTable &incidents = m_statistics.incidents;
    QList<std::pair<QString, QString>> paragraphs; // a bold lead, then the text
    paragraphs.append({QCoreApplication::translate("StatisticsReport", "What is counted."),
        QCoreApplication::translate("StatisticsReport",
            "A case is counted when at least one of its incidents falls in the period and passes "
            "the filters; a case with no recorded incident is not counted. Violation category, "
            "month, quarter, police district and agency describe an incident; case status and "
            "complaint outcome describe the case. The outcome is the status of the case's latest "
            "complaint submission as recorded, ignoring capitals and spacing; \"Not filed\" when "
            "there is none. Agencies are grouped ignoring capitals and spacing.")});
    if (cases.overlapping || incidents.overlapping)
        paragraphs.append({QCoreApplication::translate("StatisticsReport", "Overlapping rows."),
            QCoreApplication::translate("StatisticsReport",
                "An incident can allege several violation categories, and a case can have "
                "incidents in several months, districts or agencies; it then counts once in each "
                "row or column it belongs to. Totals count every case and incident once, so they "
                "can be smaller than the sum of their rows.")});
    if (k > 1) {
        paragraphs.append({QCoreApplication::translate("StatisticsReport", "Suppression."),
            QCoreApplication::translate("StatisticsReport",
                "To protect the people behind small numbers, no count from 1 to %1 is shown: "
                "%2 count(s) of cases and %3 of incidents were hidden for that reason (primary "
                "suppression). So that none of them can be worked out by subtracting from a row, "
                "column or grand total, or from any combination of them, %4 further count(s) of "
                "cases and %5 of incidents were hidden, the smallest possible first "
                "(complementary suppression). A dash (\u2013) marks a hidden count. Zeros are "
                "shown: they describe no one.")
                .arg(k - 1)
                .arg(cases.count(CountState::Primary))
                .arg(incidents.count(CountState::Primary))
                .arg(cases.count(CountState::Complementary))
                .arg(incidents.count(CountState::Complementary))});
    } else {
        paragraphs.append({QCoreApplication::translate("StatisticsReport", "Suppression."),
            QCoreApplication::translate(
                "StatisticsReport", "No count was suppressed (the threshold was set to 1).")});
    }
    QString privacy = QCoreApplication::translate("StatisticsReport",
        "This report holds no names, case references, badge numbers or "
        "narratives. Agency names and complaint outcomes are typed by "
        "caseworkers; any that counts fewer than %1 cases is not named "
        "(\"Other agency 1\").")
                          .arg(k);
    if (const int unnamed = m_statistics.unnamedKeys(); unnamed > 0)
        privacy += QLatin1Char(' ')
            + QCoreApplication::translate(
                "StatisticsReport", "%1 row(s) or column(s) were left unnamed for that reason.")
                  .arg(unnamed);
    paragraphs.append({QCoreApplication::translate("StatisticsReport", "Privacy."), privacy});
    paragraphs.append({QCoreApplication::translate("StatisticsReport", "Source."),
        QCoreApplication::translate(
            "StatisticsReport", "The office's TrustDesk case records, counted on %1.")
            .arg(ReportHtml::documentDate(generatedOn()))});
    QString html = QStringLiteral("<h2 style=\"font-size:12pt\">%1</h2>\n")
                       .arg(esc(QCoreApplication::translate("StatisticsReport", "Method")));
    for (const auto &[lead, text] : paragraphs)
        html += QStringLiteral("<p style=\"font-size:9pt\"><b>%1</b> %2</p>\n")
                    .arg(esc(lead), esc(text));
    return html;
}

QString StatisticsReport::html() const
{
    const PublishedTable &cases = m_statistics.cases;
    const PublishedTable &incidents = m_statistics.incidents;
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n")
                .arg(esc(title()));
    html += QStringLiteral("<body style=\"font-family:%1;font-size:10pt\">\n")
                .arg(esc(ReportHtml::cssFamilies(families())));
    const QString office = m_options.office.name.trimmed();
    if (!office.isEmpty())
        html += QStringLiteral("<p style=\"font-size:11pt;color:#444\"><b>%1</b></p>\n")
                    .arg(esc(office));
    html += QStringLiteral("<h1 style=\"font-size:17pt\">%1</h1>\n").arg(esc(title()));
    html += QStringLiteral("<p>%1</p>\n").arg(esc(periodText()));
    const auto total = [](const PublishedCount &c) {
        const auto v = c.published();
        return v ? QString::number(*v) : QStringLiteral("\u2013");
    };
    html += QStringLiteral("<p style=\"font-size:12pt\"><b>%1</b></p>\n")
                .arg(esc(QCoreApplication::translate("StatisticsReport", "%1 cases, %2 incidents")
                             .arg(total(cases.total), total(incidents.total))));
    html += QStringLiteral("<p><b>%1</b></p>\n")
                .arg(esc(
                    QCoreApplication::translate("StatisticsReport", "Figure 1. %1 by %2")
                        .arg(statisticsUnitTitle(m_options.chartUnit),
                            statisticsDimensionTitle(m_statistics.table.rowDimension).toLower())));
    const QImage image = chart();
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
                .arg(kChartUrl)
                .arg(kChartShownWidth)
                .arg(image.height() / kChartScale);
    if (cases.twoDimensional) {
        html += tableHtml(StatisticsUnit::Cases, 1);
        html += QStringLiteral("<p></p>\n") + tableHtml(StatisticsUnit::Incidents, 2);
    } else {
        html += tableHtml(StatisticsUnit::Cases, 1);
    }
    html += methodHtml();
    html += QStringLiteral("</body></html>\n");
    return html;
}

void StatisticsReport::fill(QTextDocument &document) const
{
    document.addResource(QTextDocument::ImageResource, QUrl(kChartUrl), chart());
    document.setHtml(html());
}

PrintableDocument::Frame StatisticsReport::frame() const
{
    Frame f;
    f.paper = m_options.paper;
    f.title = title();
    f.headerLeft = m_options.office.name.trimmed();
    f.headerRight = QCoreApplication::translate("StatisticsReport", "Statistics");
    f.footerLeft = QCoreApplication::translate("StatisticsReport", "Generated %1")
                       .arg(ReportHtml::documentDate(generatedOn()));
    f.pointSize = 10.0;
    f.printFailed
        = QCoreApplication::translate("StatisticsReport", "The statistics could not be printed.");
    return f;
}

GeneratedReport StatisticsReport::record(const QString &sha256) const
{
    GeneratedReport r;
    r.kind = QStringLiteral("statistics");
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.sha256 = sha256;
    r.paper = ReportHtml::paperKey(m_options.paper);
    r.language = QStringLiteral("en");
    return r;
}

} // namespace td
