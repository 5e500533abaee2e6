#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace td {
class CaseListModel;
class CaseRepository;
class DatabaseSession;
class Settings;
} // namespace td

namespace td::ui {

class CaseCountThread;
class CaseDetailPanel;

/// The main page: search box and status filter over the lazy case list, and the selected case's
/// details beside it.
class CaseListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListPage)

public:
    explicit CaseListPage(QWidget *parent = nullptr);

    void setRepository(CaseRepository *repository);
    /// Where a count too long for the UI thread runs (a connection of its own, opened on first
    /// use): call before setRepository. A null session counts only up to the model's cap.
    void setCountSession(const DatabaseSession &session);
    /// Whether more cases match than countChanged() said (the count stopped at its cap and the
    /// exact total is still being counted, or cannot be).
    bool countIsLowerBound() const;
    void focusSearch();
    /// Reads the list and the selected case again (after a change made elsewhere), keeping the
    /// selection, the scroll position and whether sensitive fields are shown.
    void refresh();
    void restoreState(const Settings &settings);
    void saveState(Settings &settings) const;

    CaseListModel *model() const { return m_model; }
    /// The case selected in the list, or 0.
    qint64 currentCaseId() const;
    /// Selects a case if it is among the rows loaded so far.
    void selectCase(qint64 id);
    /// The actions offered when right-clicking the list (New, Edit, Delete, Report…).
    void setContextActions(const QList<QAction *> &actions);
    /// Adds a button for `action` to what an empty database shows instead of the list: the first
    /// steps of a new office (New Case, the office details, the guidance).
    void addFirstStepAction(QAction *action);
    /// True while the database has no case at all and the first steps are shown.
    bool showsFirstSteps() const;

signals:
    /// The caseworker opened a case from the list (Enter or double-click).
    void caseActivated(qint64 caseId);
    /// Another case (or none: 0) is selected in the list.
    void currentCaseChanged(qint64 caseId);
    /// How many cases the list matches, and whether a search or filter is narrowing it.
    void countChanged(qint64 matching, bool filtered);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyQuery();
    void onCurrentRowChanged();
    void retranslate();
    void fitColumnsToLanguage();
    void updateFirstSteps();

    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_listStack = nullptr; ///< the table, or the first steps when there is no case
    QWidget *m_firstSteps = nullptr;
    QLabel *m_firstStepsTitle = nullptr;
    QLabel *m_firstStepsText = nullptr;
    QWidget *m_firstStepsButtons = nullptr;
    CaseDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    CaseCountThread *m_counter = nullptr;
    bool m_refreshing = false;
    bool m_hasRepository = false;
};

} // namespace td::ui
