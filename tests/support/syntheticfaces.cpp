#include "syntheticfaces.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

#include <algorithm>

namespace td::test {
namespace {

void drawFace(QPainter &p, const QRect &r)
{
    const double w = r.width();
    const double h = r.height();
    auto at = [&](double fx, double fy) { return QPointF(r.left() + fx * w, r.top() + fy * h); };
    auto ellipse = [&](double cx, double cy, double rx, double ry, const QColor &c) {
        p.setBrush(c);
        p.drawEllipse(at(cx, cy), rx * w, ry * h);
    };
    p.setPen(Qt::NoPen);
    ellipse(0.5, 0.30, 0.46, 0.32, QColor(45, 30, 20)); // hair
    ellipse(0.5, 0.55, 0.40, 0.45, QColor(224, 182, 150)); // face
    ellipse(0.30, 0.36, 0.11, 0.025, QColor(60, 40, 30)); // brows
    ellipse(0.70, 0.36, 0.11, 0.025, QColor(60, 40, 30));
    ellipse(0.31, 0.45, 0.09, 0.045, QColor(245, 245, 240)); // eyes
    ellipse(0.69, 0.45, 0.09, 0.045, QColor(245, 245, 240));
    ellipse(0.31, 0.45, 0.045, 0.04, QColor(30, 20, 15));
    ellipse(0.69, 0.45, 0.045, 0.04, QColor(30, 20, 15));
    ellipse(0.5, 0.58, 0.05, 0.10, QColor(236, 198, 168)); // nose
    ellipse(0.45, 0.66, 0.025, 0.015, QColor(120, 70, 60));
    ellipse(0.55, 0.66, 0.025, 0.015, QColor(120, 70, 60));
    ellipse(0.5, 0.79, 0.16, 0.04, QColor(150, 60, 60)); // mouth
}

} // namespace

QImage syntheticPhoto(const QSize &size, const QList<QRect> &faces, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int n = int(random.bounded(40));
            line[x] = qRgb(60 + (x * 80) / std::max(1, size.width()) + n,
                90 + (y * 60) / std::max(1, size.height()) + n, 110 + n);
        }
    }
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    for (const QRect &face : faces)
        drawFace(p, face);
    return image;
}

QByteArray syntheticJpeg(const QSize &size, const QList<QRect> &faces, quint32 seed)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.write(syntheticPhoto(size, faces, seed));
    return bytes;
}

} // namespace td::test
