#pragma once

#include "domain/casefile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace td {
class CaseRepository;
}

namespace td::ui {

/// The selected case, read-only. Sensitive client fields and witness contacts stay hidden until
/// the caseworker ticks "Show sensitive fields", which is recorded in the audit log; switching
/// cases hides them again.
class CaseDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailPanel)

public:
    explicit CaseDetailPanel(QWidget *parent = nullptr);

    void setRepository(CaseRepository *repository);
    /// Shows the case with this id (0: none).
    void showCase(qint64 id);
    qint64 caseId() const { return m_case.id; }
    /// Reads the shown case again (it may have changed elsewhere); sensitive fields stay as they
    /// were (shown or hidden). A case deleted meanwhile leaves the pane empty.
    void reload();

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void onShowSensitiveToggled(bool checked);
    void retranslate();

    CaseRepository *m_repository = nullptr;
    CaseFile m_case;
    QLabel *m_hintLabel = nullptr;
    QCheckBox *m_showSensitive = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace td::ui
