#pragma once

#include <QStackedWidget>

class QAction;

namespace td {
class CaseRepository;
class Database;
struct Draft;
class Settings;
} // namespace td

namespace td::ui {

class CaseEditor;
class CaseListPage;

/// The case list and, when a case is being entered or edited, its intake editor: one page at a
/// time. Owns the New / Edit / Delete case actions and offers to restore drafts left by a crash.
class CaseWorkspace final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWorkspace)

public:
    explicit CaseWorkspace(QWidget *parent = nullptr);

    CaseListPage *listPage() const { return m_list; }
    CaseEditor *editor() const { return m_editor; }
    QAction *newCaseAction() const { return m_newCase; }
    QAction *editCaseAction() const { return m_editCase; }
    QAction *deleteCaseAction() const { return m_deleteCase; }
    QAction *complaintReportAction() const { return m_complaintReport; }

    /// Switches to another database (null: none). Call confirmCloseEditor() first.
    void setDatabase(Database *database, CaseRepository *repository);
    /// The user's settings, for what documents remember (the paper); may stay unset in tests.
    void setSettings(Settings *settings) { m_settings = settings; }
    /// Offers any unsaved drafts found beside the database, newest first.
    void offerDraftRestore();
    /// Asks about unsaved changes in the editor; true when it may close (or none is open).
    bool confirmCloseEditor();

    void newCase();
    void editCase(qint64 id);
    /// Continues `draft` in the editor (the one the window kept when it locked).
    void resumeDraft(const Draft &draft);
    /// The window locks (true) or unlocks: while locked no case action does anything.
    void setLocked(bool locked);
    /// Closes the editor at once, without asking (its draft is already written), and lets go of
    /// the database: nothing of a case stays in a widget or a model.
    void releaseForLock();

signals:
    /// Cases were created, changed or deleted.
    void casesChanged();
    void guidanceRequested(const QString &categoryCode);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    CaseEditor *openEditor();
    void closeEditor();
    void deleteCurrentCase();
    void prepareComplaintReport();
    void updateActions();
    void retranslate();

    Database *m_database = nullptr;
    CaseRepository *m_repository = nullptr;
    Settings *m_settings = nullptr;
    CaseListPage *m_list = nullptr;
    CaseEditor *m_editor = nullptr;
    QAction *m_newCase = nullptr;
    QAction *m_editCase = nullptr;
    QAction *m_deleteCase = nullptr;
    QAction *m_complaintReport = nullptr;
    bool m_locked = false;
};

} // namespace td::ui
