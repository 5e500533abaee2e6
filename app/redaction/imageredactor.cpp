#include "imageredactor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace td::ImageRedactor {
namespace {

Error badImage()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("ImageRedactor",
            "The file is not an image that can be redacted (JPEG, PNG, BMP, GIF or WebP).")};
}

// Every block gets the mean colour of its own pixels: coarse enough (see
// RedactionRecord::blockSize) that a face is at most eight blocks across.
void pixelate(QImage &image, const QRect &box)
{
    const int block = RedactionRecord::blockSize(box);
    for (int by = box.top(); by <= box.bottom(); by += block) {
        const int bh = std::min(block, box.bottom() + 1 - by);
        for (int bx = box.left(); bx <= box.right(); bx += block) {
            const int bw = std::min(block, box.right() + 1 - bx);
            quint64 a = 0, r = 0, g = 0, b = 0;
            for (int y = by; y < by + bh; ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = bx; x < bx + bw; ++x) {
                    const QRgb p = line[x];
                    a += qAlpha(p);
                    r += qRed(p);
                    g += qGreen(p);
                    b += qBlue(p);
                }
            }
            const quint64 n = quint64(bw) * quint64(bh);
            const QRgb mean = qRgba(int(r / n), int(g / n), int(b / n), int(a / n));
            for (int y = by; y < by + bh; ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                std::fill(line + bx, line + bx + bw, mean);
            }
        }
    }
}

} // namespace

bool canRedact(const QString &mediaType)
{
    static const QStringList types {QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
        QStringLiteral("image/bmp"), QStringLiteral("image/gif"), QStringLiteral("image/webp"),
        QStringLiteral("image/tiff")};
    return types.contains(mediaType);
}

Result<QImage> decodeUpright(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation first: boxes are drawn on the upright image
    // Qt's default limit (128 MB decoded) stops at about 32 MP; a redaction needs every pixel.
    reader.setAllocationLimit(kMaxDecodedMegabytes);
    QImage image = reader.read();
    if (image.isNull())
        return badImage();
    const auto format = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    image.convertTo(format);
    // Rebuilt from its pixels: a JPEG comment read as the text "Description", the colour space and
    // every other key the reader attached stay behind.
    QImage clean(image.size(), format);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(clean.scanLine(y), image.constScanLine(y),
            static_cast<size_t>(image.width()) * sizeof(QRgb));
    return clean;
}

void apply(QImage &image, const QList<QRect> &boxes, RedactionRecord::Method method)
{
    const QRect bounds = image.rect();
    for (const QRect &raw : boxes) {
        const QRect box = raw.intersected(bounds);
        if (box.isEmpty())
            continue;
        if (method == RedactionRecord::Method::Pixelate) {
            pixelate(image, box);
            continue;
        }
        const QRgb black = qRgba(0, 0, 0, 255);
        for (int y = box.top(); y <= box.bottom(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            std::fill(line + box.left(), line + box.right() + 1, black);
        }
    }
}

Result<Encoded> encode(const QImage &image, bool jpeg)
{
    Encoded out;
    out.mediaType = jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
    out.extension = jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, jpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    if (jpeg)
        writer.setQuality(92);
    // Nothing but the pixels: the image was rebuilt without text keys (decodeUpright).
    if (!writer.write(image))
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "ImageRedactor", "The redacted image could not be encoded.")};
    return out;
}

Result<Loaded> load(EvidenceStore &store, qint64 evidenceId)
{
    auto stored = store.item(evidenceId);
    if (!stored)
        return stored.error();
    if (!canRedact(stored->item.mediaType))
        return badImage();
    if (stored->item.sizeBytes > kMaxBytes)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "ImageRedactor", "The image is too large to redact (more than %1 MB).")
                .arg(kMaxBytes / (1024 * 1024))};
    auto opened = store.open(evidenceId, kMaxBytes);
    if (!opened)
        return opened.error();
    auto image = decodeUpright(opened->content);
    if (!image)
        return image.error();
    Loaded loaded;
    loaded.image = std::move(image.value());
    loaded.jpeg = stored->item.mediaType == QLatin1String("image/jpeg");
    loaded.evidence = stored.value();
    return loaded;
}

Result<AttachResult> redactLoaded(EvidenceStore &store, const Loaded &loaded,
    const QList<QRect> &boxes, RedactionRecord::Method method,
    const std::function<void(Step)> &onStep)
{
    const auto step = [&onStep](Step s) {
        if (onStep)
            onStep(s);
    };
    if (auto s = RedactionRecord::checkBoxes(boxes, loaded.image.size()); !s)
        return s.error();
    step(Step::Cover);
    QImage image = loaded.image;
    apply(image, boxes, method);
    step(Step::Encode);
    auto encoded = encode(image, loaded.jpeg);
    if (!encoded)
        return encoded.error();
    RedactionRecord record;
    record.method = method;
    record.boxes = boxes;
    record.parentId = loaded.evidence.item.id;
    record.parentSha256 = loaded.evidence.item.sha256;
    record.imageSize = loaded.image.size();
    step(Step::Store);
    return store.attachRedactedCopy(encoded->bytes, encoded->mediaType, encoded->extension, record);
}

Result<AttachResult> redact(EvidenceStore &store, qint64 evidenceId, const QList<QRect> &boxes,
    RedactionRecord::Method method)
{
    auto loaded = load(store, evidenceId);
    if (!loaded)
        return loaded.error();
    return redactLoaded(store, loaded.value(), boxes, method);
}

} // namespace td::ImageRedactor
