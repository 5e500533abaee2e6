#pragma once

#include "common/result.h"
#include "evidence/evidencestore.h"
#include "evidence/redactionrecord.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>

#include <functional>

namespace td {

/// Makes redacted copies of images (docs/redaction.md, "Redacted copies"): decodes the stored
/// image upright (its EXIF orientation applied first, so boxes land where they were drawn),
/// covers the boxes with a solid fill or coarse blocks, and encodes a new image rebuilt from its
/// pixels, so it carries no EXIF, XMP, comment or text of the original. Needs Qt Gui only (no
/// QGuiApplication); safe to call from a worker thread, except redact(), which uses the store's
/// database connection.
namespace ImageRedactor {

/// Largest stored file decoded (a 12 MP JPEG is 3–8 MB; a 50 MP TIFF ~150 MB).
inline constexpr qint64 kMaxBytes = 256 * 1024 * 1024;
/// Largest decoded image, in MB (4 bytes a pixel: about 130 MP).
inline constexpr int kMaxDecodedMegabytes = 512;

struct Encoded
{
    QByteArray bytes;
    QString mediaType; ///< "image/jpeg" or "image/png"
    QString extension; ///< "jpg" or "png"
};

/// True for the media types that can be redacted (what Qt decodes: JPEG, PNG, BMP, GIF, WebP…).
bool canRedact(const QString &mediaType);
/// The image in `bytes`, upright, as RGB32 (ARGB32 when it has alpha); BadInput when it does not
/// decode.
Result<QImage> decodeUpright(const QByteArray &bytes);
/// Covers every box (already checked to lie inside the image) in place.
void apply(QImage &image, const QList<QRect> &boxes, RedactionRecord::Method method);
/// A new file of the image's pixels only: JPEG (quality 92) when `jpeg`, else PNG.
Result<Encoded> encode(const QImage &image, bool jpeg);

/// Reads item `evidenceId` (checked; a "view" custody event), checks the boxes against its
/// upright size, and returns the upright image and the record to apply.
struct Loaded
{
    QImage image;
    bool jpeg = false;
    StoredEvidence evidence;
};
Result<Loaded> load(EvidenceStore &store, qint64 evidenceId);

/// load(), apply(), encode() and EvidenceStore::attachRedactedCopy() in one: the new item.
Result<AttachResult> redact(EvidenceStore &store, qint64 evidenceId, const QList<QRect> &boxes,
    RedactionRecord::Method method);
/// The steps of redactLoaded(), for a progress bar: covering, encoding, storing.
enum class Step
{
    Cover,
    Encode,
    Store,
};
/// The same for an image already loaded (the dialog's); `onStep`, when given, hears each step
/// as it begins.
Result<AttachResult> redactLoaded(EvidenceStore &store, const Loaded &loaded,
    const QList<QRect> &boxes, RedactionRecord::Method method,
    const std::function<void(Step)> &onStep = {});

} // namespace ImageRedactor
} // namespace td
