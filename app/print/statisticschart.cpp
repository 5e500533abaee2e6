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

} // namespace td::StatisticsChart
