#pragma once

#include "common/result.h"
#include "storage/officerquery.h"

#include <QDialog>

#include <functional>

class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace td {
class OfficerRosterModel;
}

namespace td::ui {

/// View › Officers…: officers recorded in several incidents (by badge number and agency), most
/// incidents first, with their violation categories and dates. Enter or a double-click on an
/// officer lists their cases below; Enter or a double-click on a case opens it in the list.
/// Not modal; it deletes itself when closed, and the window's lock closes it like every dialog.
class OfficerRosterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerRosterDialog)

public:
    using RosterLoader = std::function<Result<QList<OfficerRosterEntry>>(int minIncidents)>;
    using CasesLoader = std::function<Result<QList<OfficerCase>>(
        const QString &badgeKey, const QString &agencyKey)>;

    OfficerRosterDialog(RosterLoader roster, CasesLoader cases, QWidget *parent = nullptr);
    ~OfficerRosterDialog() override;

    OfficerRosterModel *model() const { return m_model; }
    QTableView *officersView() const { return m_view; }
    QTableWidget *casesTable() const { return m_cases; }
    /// Lists the cases of the officer on this row of the view.
    void showCasesOf(int viewRow);

signals:
    void caseRequested(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void load();
    void retranslate();

    RosterLoader m_loadRoster;
    CasesLoader m_loadCases;
    OfficerRosterModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_minLabel = nullptr;
    QSpinBox *m_min = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_casesLabel = nullptr;
    QTableWidget *m_cases = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace td::ui
