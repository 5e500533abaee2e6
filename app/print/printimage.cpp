#include "printimage.h"

#include <QImageReader>

namespace td::PrintImage {

QSize decodeSize(const QSize &full, int maxEdge, const QByteArray &format)
{
    if (full.width() <= maxEdge && full.height() <= maxEdge)
        return full;
    const QSize fitted = full.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio);
    if (format != "jpeg")
        return fitted;
    // libjpeg scales by 1/2, 1/4 or 1/8 while it decodes; any other size costs a smooth scale of
    // the larger intermediate image on top (a 12 MP photo: 2000 × 1500, then down to 1200 × 900).
    // Take the largest such size within the cap when it keeps at least half the wanted edge.
    for (int denominator = 2; denominator <= 8; denominator *= 2) {
        const QSize direct((full.width() + denominator - 1) / denominator,
            (full.height() + denominator - 1) / denominator);
        if (direct.width() <= maxEdge && direct.height() <= maxEdge)
            return direct.width() * 2 >= fitted.width() ? direct : fitted;
    }
    return fitted;
}

QImage readScaled(const QString &path, int maxEdge)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > maxEdge || full.height() > maxEdge))
        reader.setScaledSize(decodeSize(full, maxEdge, reader.format()));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    // Some readers ignore the scaled size (or the orientation swapped the edges): enforce the cap.
    return scaledDown(image, maxEdge);
}

QImage scaledDown(const QImage &image, int maxEdge)
{
    if (image.width() <= maxEdge && image.height() <= maxEdge)
        return image;
    return image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace td::PrintImage
