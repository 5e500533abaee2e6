#include "evidencethumbnailproxy.h"

#include "models/evidencelistmodel.h"
#include "print/evidencethumbnails.h"
#include "serverthumbnails.h"
#include "storage/databasesession.h"

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
    m_server.reset();
    m_serverLocked = false;
    m_serverImages.clear();
    m_requested.clear();
    m_ready.clear();
}

void EvidenceThumbnailProxy::setServer(const DatabaseSession &session)
{
    setStore(QString(), EvidenceKeys());
    m_serverLocked = !session.hasOfficeKey();
    if (m_serverLocked)
        return;
    m_server = std::make_unique<ServerThumbnails>(session, thumbnailSize());
    connect(m_server.get(), &ServerThumbnails::ready, this,
        &EvidenceThumbnailProxy::serverThumbnailReady);
}

QString EvidenceThumbnailProxy::lockedSentence()
{
    return tr("The evidence on this office server is encrypted with the office key, which is not "
              "unlocked: it cannot be shown, attached or redacted here. Connect again (File › "
              "Connect to Office Server…) and give your office key passphrase to open it.");
}

void EvidenceThumbnailProxy::serverThumbnailReady(const QString &sha256, const QImage &image)
{
    m_serverImages.insert(sha256, image);
    thumbnailReady(sha256);
}

QVariant EvidenceThumbnailProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && m_serverLocked && index.column() == EvidenceListModel::NameColumn
        && index.data(EvidenceListModel::InStoreRole).toBool())
        return QIdentityProxyModel::data(index, role).toString() + QLatin1Char('\n')
            + lockedSentence();
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
    if (m_server && inStore && mediaType.startsWith(QLatin1String("image/"))) {
        if (const auto found = m_serverImages.constFind(sha); found != m_serverImages.cend())
            return found->isNull() ? QVariant(fallback) : QVariant(QPixmap::fromImage(*found));
        if (!m_requested.contains(sha)) {
            m_requested.insert(sha);
            m_server->request(index.data(EvidenceListModel::IdRole).toLongLong(), sha,
                index.data(EvidenceListModel::SizeBytesRole).toLongLong());
        }
        return fallback;
    }
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
