#pragma once

#include "storage/databasesession.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSize>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>

class QThread;

namespace td::ui {

/// Thumbnails of evidence kept in an office server's rows (docs/office-mode.md, "The app on an
/// office server"): one worker thread with a connection of its own (opened from the session,
/// with the office key) reads each requested item's rows in order, checks them to the final row
/// and decodes the image at thumbnail size, all in memory: nothing decrypted is ever written to
/// disk. Requests are served one at a time; the window never waits on one.
class ServerThumbnails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerThumbnails)

public:
    ServerThumbnails(DatabaseSession session, QSize bound, QObject *parent = nullptr);
    /// Stops the worker (a read in progress stops at its next chunk) and closes its connection.
    ~ServerThumbnails() override;

    /// Asks for item `evidenceId`'s thumbnail; ready() follows on the UI thread (a null image
    /// when it is no decodable image, too large, or does not check out).
    void request(qint64 evidenceId, const QString &sha256, qint64 sizeBytes);

signals:
    void ready(const QString &sha256, const QImage &image);

private:
    struct Request
    {
        qint64 id = 0;
        QString sha256;
        qint64 size = 0;
    };
    void work();
    bool next(Request &request);

    DatabaseSession m_session;
    QSize m_bound;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Request> m_pending;
    std::atomic<bool> m_stopping {false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace td::ui
