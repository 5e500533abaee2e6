#pragma once

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

namespace td {

/// Image thumbnails of stored evidence, decoded at thumbnail size (QImageReader::setScaledSize:
/// a 12 MP JPEG in a third of the time of a full decode) and kept in a small cache keyed by hash.
/// Thread-safe, so a view can fill it from a worker.
class EvidenceThumbnails
{
public:
    explicit EvidenceThumbnails(QString storeRoot, int cacheKilobytes = 16 * 1024);

    /// The thumbnail of the stored file with this hash, fitting in `bound`; null when the file is
    /// not a decodable image (or is missing, or a link).
    QImage thumbnail(const QString &sha256, const QSize &bound);
    /// Decodes `path` at a size fitting `bound`, never following a symbolic link, within Qt's
    /// image allocation limit.
    static QImage decode(const QString &path, const QSize &bound);
    void clear();

private:
    QString m_root;
    QMutex m_mutex;
    QCache<QString, QImage> m_cache;
};

} // namespace td
