#include "evidencethumbnails.h"

#include "evidence/evidencefile.h"
#include "evidence/evidencestore.h"

#include <QFile>
#include <QImageReader>
#include <QMutexLocker>

namespace td {

EvidenceThumbnails::EvidenceThumbnails(QString storeRoot, int cacheKilobytes)
    : m_root(std::move(storeRoot))
    , m_cache(cacheKilobytes)
{ }

QImage EvidenceThumbnails::decode(const QString &path, const QSize &bound)
{
    auto source = EvidenceFile::openSource(path);
    if (source.failure != EvidenceFile::OpenFailure::None || bound.isEmpty())
        return {};
    QFile file;
    if (!file.open(source.fd.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return {};
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty())
        return {};
    QSize scaled = full;
    if (full.width() > bound.width() || full.height() > bound.height())
        scaled = full.scaled(bound, Qt::KeepAspectRatio);
    reader.setScaledSize(scaled.expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    file.close();
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
    const QImage image
        = decode(m_root + QLatin1Char('/') + EvidenceStore::relativePath(sha256), bound);
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    return image;
}

void EvidenceThumbnails::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

} // namespace td
