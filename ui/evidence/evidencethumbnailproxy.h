#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <QImage>
#include <QSet>
#include <QSize>

#include <memory>

namespace td {
class DatabaseSession;
class EvidenceKeys;
class EvidenceThumbnails;
} // namespace td

namespace td::ui {

class ServerThumbnails;

/// Adds thumbnails (images) and type icons (everything else) to the evidence model's name column.
/// Thumbnails are decoded on the thread pool and appear when ready, so scrolling never waits on
/// a decode.
class EvidenceThumbnailProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceThumbnailProxy)

public:
    explicit EvidenceThumbnailProxy(QObject *parent = nullptr);
    ~EvidenceThumbnailProxy() override;

    /// The store to read thumbnails from (empty: none), with its keys (a vault's store is
    /// decrypted in memory).
    void setStore(const QString &root, const EvidenceKeys &keys);
    /// Thumbnails of evidence kept in an office server, read through a connection of the
    /// session's own (ServerThumbnails). Without the office key there are none: the name's
    /// tooltip says why (lockedSentence()).
    void setServer(const DatabaseSession &session);
    /// Why evidence on an office server shows no thumbnail and does not open without the key.
    static QString lockedSentence();
    static QSize thumbnailSize() { return {48, 48}; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void thumbnailReady(const QString &sha256);

    void serverThumbnailReady(const QString &sha256, const QImage &image);

    std::shared_ptr<EvidenceThumbnails> m_thumbnails;
    std::unique_ptr<ServerThumbnails> m_server;
    bool m_serverLocked = false; ///< an office server without the office key
    QHash<QString, QImage> m_serverImages; ///< thumbnail-sized, by SHA-256
    mutable QSet<QString> m_requested;
    QSet<QString> m_ready;
};

} // namespace td::ui
