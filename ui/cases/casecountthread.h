#pragma once

#include "models/caselistmodel.h"
#include "storage/databasesession.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace td::ui {

class DatabaseThread;

/// Counts a case list's matches on a thread with a connection of its own (DatabaseThread), for
/// CaseListModel::setBackgroundCount: the list shows its first page and a capped count at once,
/// and this count (CaseReader::statusCount) replaces it when it arrives. Only the newest query is
/// counted:
/// counts asked for while one runs (typing in the search box) are dropped but the last.
class CaseCountThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseCountThread)

public:
    explicit CaseCountThread(DatabaseSession session, QObject *parent = nullptr);
    ~CaseCountThread() override;

    /// What CaseListModel::setBackgroundCount takes; valid while this object lives (a count
    /// arriving after it is gone is dropped).
    CaseListModel::BackgroundCount counter();

private:
    void count(const CaseQuery &query, std::function<void(qint64, bool)> done);

    DatabaseThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace td::ui
