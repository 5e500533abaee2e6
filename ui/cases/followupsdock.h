#pragma once

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace td {
class Database;
}

namespace td::ui {

/// "What needs doing": overdue follow-ups and those due in the coming week, across all cases.
class FollowUpsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpsDock)

public:
    explicit FollowUpsDock(QWidget *parent = nullptr);

    /// Shows what is due in `database`; before the dock is first painted, only remembers it.
    void setDatabase(Database *database);
    void refresh();
    int overdueCount() const { return m_overdue; }
    int dueSoonCount() const { return m_dueSoon; }

signals:
    void caseActivated(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database *m_database = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_emptyLabel = nullptr;
    int m_overdue = 0;
    int m_dueSoon = 0;
    bool m_waitingForFirstPaint = true;
};

} // namespace td::ui
