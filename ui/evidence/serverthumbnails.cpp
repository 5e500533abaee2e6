#include "serverthumbnails.h"

#include "common/appinfo.h"
#include "evidence/evidencestore.h"
#include "print/evidencethumbnails.h"
#include "storage/database.h"

#include <QMutexLocker>
#include <QThread>

namespace td::ui {

ServerThumbnails::ServerThumbnails(DatabaseSession session, QSize bound, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_bound(bound)
{
    m_thread.reset(QThread::create([this] { work(); }));
    m_thread->setObjectName(QStringLiteral("server-thumbnails"));
    m_thread->start(QThread::LowPriority);
}

ServerThumbnails::~ServerThumbnails()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping.store(true);
        m_pending.clear();
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void ServerThumbnails::request(qint64 evidenceId, const QString &sha256, qint64 sizeBytes)
{
    QMutexLocker lock(&m_mutex);
    m_pending.push_back({evidenceId, sha256, sizeBytes});
    m_wake.wakeOne();
}

bool ServerThumbnails::next(Request &request)
{
    QMutexLocker lock(&m_mutex);
    while (!m_stopping.load() && m_pending.empty())
        m_wake.wait(&m_mutex);
    if (m_stopping.load())
        return false;
    request = std::move(m_pending.front());
    m_pending.pop_front();
    return true;
}

void ServerThumbnails::work()
{
    // Opened, used and closed in this thread only (a connection belongs to its thread).
    std::unique_ptr<Database> db;
    Request r;
    while (next(r)) {
        QImage image;
        if (r.size > 0 && r.size <= EvidenceThumbnails::kMaxImageBytes && !db) {
            auto opened = m_session.open(Database::OpenMode::ExistingOnly);
            if (opened)
                db = std::move(opened.value());
        }
        if (db && r.size > 0 && r.size <= EvidenceThumbnails::kMaxImageBytes) {
            EvidenceStore store(*db, currentActor());
            if (store.officeKeyReady()) {
                StoredEvidence stored;
                stored.item.id = r.id;
                stored.item.sha256 = r.sha256;
                stored.item.sizeBytes = r.size;
                StoredFile::ReadOptions options;
                options.keep = r.size;
                // Checked to the final row before a byte is decoded; a quit stops the read.
                const auto read = store.readStored(
                    stored, options, [this](qint64, qint64) { return !m_stopping.load(); });
                if (read.intact(r.sha256))
                    image = EvidenceThumbnails::decode(read.kept, m_bound);
                else if (read.openFailure == EvidenceFile::OpenFailure::Unreadable)
                    db.reset(); // perhaps a dropped connection: the next request reconnects
            }
        }
        if (m_stopping.load())
            break;
        emit ready(r.sha256, image);
    }
}

} // namespace td::ui
