#pragma once

#include "common/result.h"

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace td {

/// How a redacted copy of an image was made: the boxes (in the pixels of the image turned upright
/// by its EXIF orientation) and the method. Stored with the copy as JSON (docs/redaction.md,
/// "Redacted copies"), so anyone can see what was covered and how.
struct RedactionRecord
{
    enum class Method
    {
        Fill, ///< solid black: nothing of the box is left
        Pixelate ///< blocks of one colour each, kBlock… large, too coarse to reconstruct
    };

    Method method = Method::Fill;
    QList<QRect> boxes;
    qint64 parentId = 0;
    QString parentSha256;
    QSize imageSize; ///< the upright image the boxes refer to

    /// "fill" or "pixelate".
    static QString methodName(Method method);
    /// Fill for "fill", Pixelate for "pixelate"; BadInput with the valid names otherwise.
    static Result<Method> parseMethod(const QString &name);
    /// "X,Y,W,H" in whole pixels; BadInput (saying what is wrong) otherwise.
    static Result<QRect> parseBox(const QString &text);
    /// Every box must be at least 1×1 and lie inside an image of `size`; BadInput naming the first
    /// box that does not.
    static Status checkBoxes(const QList<QRect> &boxes, const QSize &size);
    /// The side of one pixelation block for `box`: an eighth of its shorter side, and at least
    /// 16 px, so a face is at most 8 blocks across (and a small box one or two blocks).
    static int blockSize(const QRect &box);

    /// Compact JSON: {"format":1,"method":…,"parent_id":…,"parent_sha256":…,"image":[w,h],
    /// "boxes":[[x,y,w,h],…]}.
    QString toJson() const;
    static Result<RedactionRecord> fromJson(const QString &json);

    friend bool operator==(const RedactionRecord &, const RedactionRecord &) = default;
};

} // namespace td
