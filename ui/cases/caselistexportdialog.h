#pragma once

#include "domain/redactionpolicy.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QLabel;

namespace td::ui {

/// File › Export Case List…: says which cases go (the current list or filter) and which columns,
/// and lets a person deliberately add sensitive client columns, each unticked to begin with.
class CaseListExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListExportDialog)

public:
    CaseListExportDialog(qint64 caseCount, QWidget *parent = nullptr);

    /// What the ticked boxes include (nothing sensitive unless ticked).
    RedactionPolicy policy() const;
    QList<QCheckBox *> sensitiveBoxes() const { return m_boxes; }

    /// Asks; nullopt when cancelled.
    static std::optional<RedactionPolicy> ask(qint64 caseCount, QWidget *parent);
    /// Test seam: the next ask() calls this instead of waiting for a person; it ticks boxes and
    /// accepts or rejects the dialog.
    static void setNextHandler(std::function<void(CaseListExportDialog &)> handler);

private:
    QList<QCheckBox *> m_boxes;
    QLabel *m_warning = nullptr;
    static std::function<void(CaseListExportDialog &)> s_nextHandler;
};

} // namespace td::ui
