#include "statisticschart.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace td::StatisticsChart {
namespace {

/// A round step for the axis: 1, 2 or 5 times a power of ten, about a fifth of `max`.
qint64 niceStep(qint64 max)
{
    const double raw = std::max<double>(1.0, double(max) / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * power >= raw)
            return std::max<qint64>(1, qint64(f * power));
    }
    return qint64(10 * power);
}

} // namespace

QImage draw(const QList<Bar> &bars, const QStringList &fontFamilies, int width, qreal scale)
{
    QFont font;
    font.setFamilies(fontFamilies);
    font.setPixelSize(int(std::lround(11 * scale)));
    const QFontMetricsF metrics(font);
    const qreal rowHeight = 22 * scale;
    const qreal top = 8 * scale;
    const qreal axis = 22 * scale;
    qreal labelWidth = 0;
    for (const auto &bar : bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + 10 * scale, width * 0.42);
    const int height = int(std::ceil(top + rowHeight * bars.size() + axis));

    QImage image(width, std::max(height, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);

    qint64 max = 1;
    for (const auto &bar : bars)
        max = std::max(max, bar.value.value_or(0));
    const qint64 step = niceStep(max);
    const qint64 axisMax = ((max + step - 1) / step) * step;
    const qreal plotLeft = labelWidth;
    const qreal valueRoom = metrics.horizontalAdvance(QStringLiteral("000000")) + 6 * scale;
    const qreal plotWidth = std::max<qreal>(10, width - plotLeft - valueRoom);
    const qreal plotBottom = top + rowHeight * bars.size();
    const auto xOf = [&](qint64 v) { return plotLeft + plotWidth * double(v) / double(axisMax); };

    // Grid lines and the axis's numbers.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), std::max<qreal>(1, scale / 2)));
    for (qint64 v = 0; v <= axisMax; v += step) {
        const qreal x = xOf(v);
        p.drawLine(QPointF(x, top), QPointF(x, plotBottom));
        p.save();
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(x - 40 * scale, plotBottom + 2 * scale, 80 * scale, axis - 2 * scale),
            Qt::AlignHCenter | Qt::AlignTop, QString::number(v));
        p.restore();
    }

    const QColor barColour(0x2f, 0x5d, 0x8a);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const qreal y = top + rowHeight * i;
        p.setPen(Qt::black);
        const QString label = metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 8 * scale);
        p.drawText(QRectF(0, y, labelWidth - 8 * scale, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter, label);
        if (!bar.value) {
            p.setPen(QColor(0x77, 0x77, 0x77));
            p.drawText(QRectF(plotLeft + 4 * scale, y, plotWidth, rowHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                QCoreApplication::translate("StatisticsChart", "suppressed"));
            continue;
        }
        const QRectF rect(
            plotLeft, y + rowHeight * 0.18, xOf(*bar.value) - plotLeft, rowHeight * 0.64);
        p.fillRect(rect, barColour);
        p.drawText(QRectF(rect.right() + 4 * scale, y, valueRoom, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(*bar.value));
    }
    p.setPen(QPen(Qt::black, std::max<qreal>(1, scale / 2)));
    p.drawLine(QPointF(plotLeft, top), QPointF(plotLeft, plotBottom));
    return image;
}

QImage drawLine(const QList<Bar> &points, const QStringList &fontFamilies, int width, qreal scale)
{
    QFont font;
    font.setFamilies(fontFamilies);
    font.setPixelSize(int(std::lround(11 * scale)));
    const QFontMetricsF metrics(font);
    const qreal top = 20 * scale;
    const qreal plotHeight = 150 * scale;
    qreal labelWidth = 0;
    for (const auto &point : points)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(point.label));
    const qreal axisLeft = metrics.horizontalAdvance(QStringLiteral("000000")) + 6 * scale;
    const qreal plotWidth = std::max<qreal>(10, width - axisLeft - 10 * scale);
    const qreal slot = points.isEmpty() ? plotWidth : plotWidth / qreal(points.size());
    // Period labels run along the axis when they fit, else at an angle.
    const bool slanted = labelWidth + 4 * scale > slot;
    const qreal labelRoom = slanted ? labelWidth * 0.71 + metrics.height() : metrics.height() * 1.4;
    const qreal legend = metrics.height() * 1.6;
    const int height = int(std::ceil(top + plotHeight + 4 * scale + labelRoom + legend));

    QImage image(width, std::max(height, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);

    qint64 max = 1;
    for (const auto &point : points)
        max = std::max(max, point.value.value_or(0));
    const qint64 step = niceStep(max);
    const qint64 axisMax = ((max + step - 1) / step) * step;
    const qreal plotBottom = top + plotHeight;
    const auto yOf
        = [&](qint64 v) { return plotBottom - plotHeight * double(v) / double(axisMax); };
    const auto xOf = [&](qsizetype i) { return axisLeft + slot * (qreal(i) + 0.5); };

    bool anySuppressed = false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!points.at(i).value) {
            anySuppressed = true;
            p.fillRect(QRectF(axisLeft + slot * qreal(i), top, slot, plotHeight),
                QColor(0xee, 0xee, 0xee));
        }
    }
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), std::max<qreal>(1, scale / 2)));
    for (qint64 v = 0; v <= axisMax; v += step) {
        const qreal y = yOf(v);
        p.drawLine(QPointF(axisLeft, y), QPointF(axisLeft + plotWidth, y));
        p.save();
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, y - metrics.height(), axisLeft - 6 * scale, 2 * metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
        p.restore();
    }
    p.setPen(QPen(Qt::black, std::max<qreal>(1, scale / 2)));
    p.drawLine(QPointF(axisLeft, plotBottom), QPointF(axisLeft + plotWidth, plotBottom));

    // The line, broken at every suppressed period, and each published count above its point.
    const QColor lineColour(0x2f, 0x5d, 0x8a);
    p.setPen(QPen(lineColour, 2 * scale));
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points.at(i - 1).value && points.at(i).value)
            p.drawLine(QPointF(xOf(i - 1), yOf(*points.at(i - 1).value)),
                QPointF(xOf(i), yOf(*points.at(i).value)));
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto &value = points.at(i).value;
        if (!value)
            continue;
        const QPointF at(xOf(i), yOf(*value));
        p.setPen(Qt::NoPen);
        p.setBrush(lineColour);
        p.drawEllipse(at, 3 * scale, 3 * scale);
        p.setPen(Qt::black);
        p.drawText(QRectF(at.x() - slot, at.y() - metrics.height() - 4 * scale, 2 * slot,
                       metrics.height()),
            Qt::AlignHCenter | Qt::AlignBottom, QString::number(*value));
    }

    p.setPen(Qt::black);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString &label = points.at(i).label;
        if (!slanted) {
            p.drawText(QRectF(xOf(i) - slot / 2, plotBottom + 4 * scale, slot, metrics.height()),
                Qt::AlignHCenter | Qt::AlignTop, label);
            continue;
        }
        p.save();
        p.translate(xOf(i), plotBottom + 4 * scale);
        p.rotate(-45);
        p.drawText(QRectF(-labelWidth, 0, labelWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, label);
        p.restore();
    }
    if (anySuppressed) {
        const qreal y = top + plotHeight + 4 * scale + labelRoom;
        const qreal box = metrics.height() * 0.8;
        p.fillRect(
            QRectF(axisLeft, y + (metrics.height() - box) / 2, box, box), QColor(0xee, 0xee, 0xee));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(axisLeft + box + 6 * scale, y, plotWidth, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate(
                "StatisticsChart", "Shaded: the count is suppressed (below the threshold)."));
    }
    return image;
}

} // namespace td::StatisticsChart
