#pragma once

#include "common/officeprofile.h"
#include "printabledocument.h"
#include "stats/publishedstatistics.h"

#include <QDate>
#include <QImage>
#include <QPageSize>
#include <QString>

namespace td {

/// What a statistics report says beyond its counts.
struct StatisticsReportOptions
{
    OfficeProfile office; ///< its name heads the page
    QPageSize paper = QPageSize(QPageSize::Letter);
    QDate generatedOn; ///< invalid: today
    StatisticsUnit chartUnit = StatisticsUnit::Cases; ///< what the bar chart shows
};

/// Published statistics as a page of an oversight report: the office, the period, a bar chart,
/// the tables with suppressed counts marked, and a method note saying what was suppressed and
/// why (docs/statistics.md). Prints only what PublishedStatistics publishes: no names,
/// references, badge numbers or free text beyond frequent agency and outcome names.
class StatisticsReport final : public PrintableDocument
{
public:
    StatisticsReport(PublishedStatistics statistics, StatisticsReportOptions options);

    /// The document's HTML (the chart as the image resource "statistics-chart:1").
    QString html() const;
    /// The bar chart, at three times the size it is shown.
    QImage chart() const;
    QString title() const;
    GeneratedReport record(const QString &sha256) const override;

protected:
    Frame frame() const override;
    void fill(QTextDocument &document) const override;

private:
    QString periodText() const;
    QString tableHtml(StatisticsUnit unit, int number) const;
    QString methodHtml() const;
    QDate generatedOn() const;

    PublishedStatistics m_statistics;
    StatisticsReportOptions m_options;
};

} // namespace td
