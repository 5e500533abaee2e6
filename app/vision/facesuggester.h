#pragma once

#include "common/result.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace td {

/// Suggests boxes over faces in an upright image with OpenCV's Haar cascades from Debian's
/// opencv-data (frontal, and profile on the image and on its mirror for the other side). Boxes are
/// padded to cover hair and ears and overlapping ones are merged. Detection misses faces (small,
/// turned, covered, dark): the boxes are suggestions for a person to review, never applied
/// unseen. The only file that links OpenCV; its types stay inside the .cpp.
class FaceSuggester
{
public:
    static QString defaultCascadeFolder();

    explicit FaceSuggester(QString cascadeFolder = defaultCascadeFolder());

    /// The cascade files this uses, by absolute path.
    QStringList cascadeFiles() const;
    /// NotFound naming the missing file and the package when a cascade file is missing or cannot
    /// be read; the padded, merged boxes in the image's pixels otherwise (possibly none).
    /// Thread-safe: the classifiers are loaded once and used by one call at a time.
    Result<QList<QRect>> suggest(const QImage &image) const;

    /// Pads each box by a quarter of its size on every side, clipped to `bounds`, then merges
    /// boxes that overlap by more than a third of the smaller one, until none do.
    static QList<QRect> padAndMerge(const QList<QRect> &boxes, const QRect &bounds);

private:
    QString m_folder;
};

} // namespace td
