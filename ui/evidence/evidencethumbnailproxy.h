#pragma once

#include <QIdentityProxyModel>
#include <QSet>
#include <QSize>

#include <memory>

namespace td {
class EvidenceKeys;
class EvidenceThumbnails;
} // namespace td

namespace td::ui {

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
    static QSize thumbnailSize() { return {48, 48}; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void thumbnailReady(const QString &sha256);

    std::shared_ptr<EvidenceThumbnails> m_thumbnails;
    mutable QSet<QString> m_requested;
    QSet<QString> m_ready;
};

} // namespace td::ui
