#include "evidencethumbnails.h"

#include "evidence/evidencestore.h"
#include "evidence/storedfile.h"
#include "storage/database.h"

#include <QBuffer>
#include <QImageReader>
#include <QMutexLocker>

namespace td {

EvidenceThumbnails::EvidenceThumbnails(const Database &db, int cacheKilobytes)
    : EvidenceThumbnails(EvidenceStore::rootFor(db.path()), EvidenceKeys::of(db), cacheKilobytes)
{ }

EvidenceThumbnails::EvidenceThumbnails(QString storeRoot, EvidenceKeys keys, int cacheKilobytes)
    : m_root(std::move(storeRoot))
    , m_keys(std::move(keys))
    , m_cache(cacheKilobytes)
{ }

QImage EvidenceThumbnails::decode(const QByteArray &bytes, const QSize &bound)
{
    if (bytes.isEmpty() || bound.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty())
        return {};
    QSize scaled = full;
    if (full.width() > bound.width() || full.height() > bound.height())
        scaled = full.scaled(bound, Qt::KeepAspectRatio);
    reader.setScaledSize(scaled.expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    // Some formats ignore setScaledSize; the result must still fit.
    if (image.width() > bound.width() || image.height() > bound.height())
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage EvidenceThumbnails::thumbnail(const QString &sha256, const QSize &bound)
{
    const QString key
        = QStringLiteral("%1@%2x%3").arg(sha256).arg(bound.width()).arg(bound.height());
    {
        QMutexLocker lock(&m_mutex);
        if (const QImage *cached = m_cache.object(key))
            return *cached;
    }
    const QImage image = decode(StoredFile::readAll(m_keys, m_root, sha256, kMaxImageBytes), bound);
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    return image;
}

QImage EvidenceThumbnails::ofServerItem(
    EvidenceStore &store, const EvidenceItem &item, const QSize &bound)
{
    if (item.sizeBytes <= 0 || item.sizeBytes > kMaxImageBytes || !store.officeKeyReady())
        return {};
    StoredEvidence stored;
    stored.item = item;
    StoredFile::ReadOptions options;
    options.keep = item.sizeBytes;
    const auto read = store.readStored(stored, options);
    if (!read.intact(item.sha256))
        return {};
    return decode(read.kept, bound);
}

void EvidenceThumbnails::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

} // namespace td
