#pragma once

#include "evidence/evidencekeys.h"

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

namespace td {

class Database;
class EvidenceStore;
struct EvidenceItem;

/// Image thumbnails of stored evidence, decoded at thumbnail size (QImageReader::setScaledSize:
/// a 12 MP JPEG in a third of the time of a full decode) and kept in a small cache keyed by hash.
/// The file is read into memory and checked first (a vault's file decrypted there), never
/// through a temporary file. Thread-safe, so a view can fill it from a worker.
class EvidenceThumbnails
{
public:
    /// The store beside `db`, read with its keys.
    explicit EvidenceThumbnails(const Database &db, int cacheKilobytes = 16 * 1024);
    EvidenceThumbnails(QString storeRoot, EvidenceKeys keys, int cacheKilobytes = 16 * 1024);

    /// The thumbnail of the stored file with this hash, fitting in `bound`; null when the file is
    /// not a decodable image (or is missing, changed, a link, or larger than kMaxImageBytes).
    QImage thumbnail(const QString &sha256, const QSize &bound);
    /// The thumbnail of an item kept in an office server (its rows read and checked through
    /// `store`, whose office key is unlocked), fitting in `bound`; null as for thumbnail(). Not
    /// cached: a report asks once per item.
    static QImage ofServerItem(EvidenceStore &store, const EvidenceItem &item, const QSize &bound);
    /// Decodes image bytes held in memory at a size fitting `bound`, within Qt's image
    /// allocation limit.
    static QImage decode(const QByteArray &bytes, const QSize &bound);
    void clear();

    /// Larger files get no thumbnail: they are read whole into memory to be decoded.
    static constexpr qint64 kMaxImageBytes = 256 * 1024 * 1024;

private:
    QString m_root;
    EvidenceKeys m_keys;
    QMutex m_mutex;
    QCache<QString, QImage> m_cache;
};

} // namespace td
