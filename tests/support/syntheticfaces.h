#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace td::test {

/// A synthetic photo: a textured background (noise and gradients, so nothing in it is uniform by
/// chance) with a drawn, face-like pattern in each rectangle (skin-toned oval, hair, brows, eyes,
/// nose and mouth), which OpenCV's frontal cascade takes for a face. No real person.
QImage syntheticPhoto(const QSize &size, const QList<QRect> &faces, quint32 seed = 1);

/// The same as a JPEG (quality 90).
QByteArray syntheticJpeg(const QSize &size, const QList<QRect> &faces, quint32 seed = 1);

} // namespace td::test
