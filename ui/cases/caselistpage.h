#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace td {
class CaseListModel;
class CaseRepository;
class Settings;
} // namespace td

namespace td::ui {

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

signals:
    /// The caseworker opened a case from the list (Enter or double-click).
    void caseActivated(qint64 caseId);
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

    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    CaseDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_refreshing = false;
};

} // namespace td::ui
