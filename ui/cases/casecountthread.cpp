#include "casecountthread.h"

#include "jobs/databasethread.h"
#include "storage/casereader.h"

#include <QPointer>

namespace td::ui {

CaseCountThread::CaseCountThread(DatabaseSession session, QObject *parent)
    : QObject(parent)
    , m_thread(new DatabaseThread(std::move(session), QStringLiteral("case-count"), this))
{ }

CaseCountThread::~CaseCountThread()
{
    // Before anything else goes: the running count is interrupted (SQLite) or waited for.
    m_thread->stop();
}

CaseListModel::BackgroundCount CaseCountThread::counter()
{
    const QPointer<CaseCountThread> self(this);
    return [self](const CaseQuery &query, std::function<void(qint64, bool)> done) {
        if (self)
            self->count(query, std::move(done));
    };
}

void CaseCountThread::count(const CaseQuery &query, std::function<void(qint64, bool)> done)
{
    const quint64 ticket = ++*m_latest;
    m_thread->post([this, latest = m_latest, ticket, query, done = std::move(done)](
                       Database *db, const QString &) {
        // A newer query was asked for meanwhile: its count is the one that matters.
        if (!db || latest->load() != ticket)
            return;
        CaseReader reader(*db);
        const auto total = reader.statusCount(query);
        if (!total)
            return; // the capped count stays; nothing for a person to act on
        // Back on the owner's thread. `this` is alive here (its destructor stops the thread,
        // waiting for this work, before anything of it goes), and the queued call is dropped
        // if it is deleted before the call runs.
        QMetaObject::invokeMethod(
            this, [done, n = total.value()] { done(n.total, n.moreThan); }, Qt::QueuedConnection);
    });
}

} // namespace td::ui
