#include "evidencethumbnailproxy.h"

#include "models/evidencelistmodel.h"
#include "print/evidencethumbnails.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>
#include <QPointer>
#include <QStyle>
#include <QThreadPool>

namespace td::ui {

EvidenceThumbnailProxy::EvidenceThumbnailProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

EvidenceThumbnailProxy::~EvidenceThumbnailProxy() = default;

void EvidenceThumbnailProxy::setStore(const QString &root, const EvidenceKeys &keys)
{
    m_thumbnails = root.isEmpty() ? nullptr : std::make_shared<EvidenceThumbnails>(root, keys);
    m_requested.clear();
    m_ready.clear();
}

QVariant EvidenceThumbnailProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != EvidenceListModel::NameColumn)
        return QIdentityProxyModel::data(index, role);
    const QString mediaType = index.data(EvidenceListModel::MediaTypeRole).toString();
    const QString sha = index.data(EvidenceListModel::Sha256Role).toString();
    const bool inStore = index.data(EvidenceListModel::InStoreRole).toBool();
    QStyle *style = QApplication::style();
    const QIcon fallback = !inStore ? style->standardIcon(QStyle::SP_MessageBoxQuestion)
        : mediaType.startsWith(QLatin1String("video/")) ? style->standardIcon(QStyle::SP_MediaPlay)
        : mediaType.startsWith(QLatin1String("audio/"))
        ? style->standardIcon(QStyle::SP_MediaVolume)
        : style->standardIcon(QStyle::SP_FileIcon);
    if (!inStore || !m_thumbnails || !mediaType.startsWith(QLatin1String("image/")))
        return fallback;
    if (m_ready.contains(sha)) {
        const QImage image
            = m_thumbnails->thumbnail(sha, thumbnailSize()); // cached: no decode here
        return image.isNull() ? QVariant(fallback) : QVariant(QPixmap::fromImage(image));
    }
    if (!m_requested.contains(sha)) {
        m_requested.insert(sha);
        auto thumbnails = m_thumbnails;
        QPointer<EvidenceThumbnailProxy> self(const_cast<EvidenceThumbnailProxy *>(this));
        QThreadPool::globalInstance()->start([thumbnails, sha, self] {
            (void)thumbnails->thumbnail(sha, thumbnailSize());
            // Back on the UI thread (qApp outlives the proxy); only there is `self` looked at.
            QMetaObject::invokeMethod(
                qApp,
                [self, sha] {
                    if (self)
                        self->thumbnailReady(sha);
                },
                Qt::QueuedConnection);
        });
    }
    return fallback;
}

void EvidenceThumbnailProxy::thumbnailReady(const QString &sha256)
{
    m_ready.insert(sha256);
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, EvidenceListModel::NameColumn);
        if (i.data(EvidenceListModel::Sha256Role).toString() == sha256)
            emit dataChanged(i, i, {Qt::DecorationRole});
    }
}

} // namespace td::ui
