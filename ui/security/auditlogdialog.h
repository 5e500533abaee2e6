#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace td {
class AuditLog;
}

namespace td::ui {

/// The audit log for supervisors: who viewed sensitive fields, exported, printed, backed up or
/// changed what, newest first, filtered as you type (case, action or person).
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    AuditLogDialog(AuditLog &log, QWidget *parent = nullptr);

    int visibleRowCount() const;

private:
    void load();
    void applyFilter();

    AuditLog &m_log;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace td::ui
