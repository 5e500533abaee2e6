#pragma once

#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace td {

/// Bar and line charts drawn with QPainter on a QImage: no widgets, no Qt Charts, so it works
/// in trustdesk-cli-print headless and in a worker thread. In the bar chart, one bar per label; a
/// suppressed count (nullopt) gets no bar, only the word "suppressed", so its length cannot be
/// measured off the page either.
namespace StatisticsChart {

struct Bar
{
    QString label;
    std::optional<qint64> value;
};

/// The chart `width` pixels wide (its height follows from the number of bars), fonts scaled by
/// `scale` (3 for a chart shown at a third of its pixel width, as in a 300 dpi PDF).
QImage draw(const QList<Bar> &bars, const QStringList &fontFamilies, int width, qreal scale);

/// For months and quarters: a line through one point per period, left to right in time, with
/// the counts above the points. A suppressed period has no point: the line breaks there and its
/// column is shaded, so neither a height nor a slope gives the hidden count away.
QImage drawLine(const QList<Bar> &points, const QStringList &fontFamilies, int width, qreal scale);

} // namespace StatisticsChart

} // namespace td
