#pragma once

#include "storage/databasesession.h"
#include "storage/officerquery.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace td {
class OfficerRosterModel;
}

namespace td::ui {

class DatabaseThread;

/// View › Officers…: officers recorded in several incidents (by badge number and agency), most
/// incidents first, with their violation categories and dates. Enter or a double-click on an
/// officer lists their cases below; Enter or a double-click on a case opens it in the list.
/// Not modal; it deletes itself when closed, and the window's lock closes it like every dialog.
/// The roster takes seconds at 100 000 cases: it is read in a thread with its own connection
/// (DatabaseThread) behind a busy bar, so the window stays usable and the dialog can be closed
/// while it loads (closing interrupts the query and closes the connection).
class OfficerRosterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerRosterDialog)

public:
    explicit OfficerRosterDialog(DatabaseSession session, QWidget *parent = nullptr);
    ~OfficerRosterDialog() override;

    /// True from a request until its answer is shown.
    bool isLoading() const;
    OfficerRosterModel *model() const { return m_model; }
    QTableView *officersView() const { return m_view; }
    QTableWidget *casesTable() const { return m_cases; }
    /// Lists the cases of the officer on this row of the view (once read).
    void showCasesOf(int viewRow);

signals:
    void caseRequested(qint64 caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void load();
    void showRoster(int serial, const Result<QList<OfficerRosterEntry>> &roster);
    void showCases(
        int serial, const OfficerRosterEntry &entry, const Result<QList<OfficerCase>> &cases);
    void setBusy();
    void retranslate();

    DatabaseThread *m_thread = nullptr;
    int m_rosterSerial = 0; ///< the roster request whose answer is awaited or shown
    int m_casesSerial = 0;
    bool m_rosterLoading = false;
    bool m_casesLoading = false;
    OfficerRosterModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_minLabel = nullptr;
    QSpinBox *m_min = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_casesLabel = nullptr;
    QTableWidget *m_cases = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace td::ui
