#pragma once

#include "stats/statisticstable.h"
#include "storage/databasesession.h"
#include "storage/statisticsquery.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace td::ui {

class DateLineEdit;
class StatisticsChartView;
class StatisticsLoader;
class StatisticsTableModel;

/// View › Statistics…: the office's cases and incidents counted by category, month, quarter,
/// district, agency, status or outcome (and optionally a second dimension), filtered by
/// incident date, caseworker and status, as a table with totals and a chart. Clicking a bar (or
/// double-clicking a cell) lists its cases; activating one asks the main window to open it.
/// What it shows are the raw counts, for the office's eyes; Export… publishes them with small
/// counts suppressed. Counting runs in a thread of its own with its own connection; the lock
/// rejects this dialog like every other, which closes that connection before the window
/// releases the database (done()).
class StatisticsWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsWindow)

public:
    StatisticsWindow(DatabaseSession session, QString actor, QWidget *parent = nullptr);
    ~StatisticsWindow() override;

    StatisticsFilter filter() const;
    StatisticsDimension rowDimension() const;
    std::optional<StatisticsDimension> columnDimension() const;
    StatisticsUnit unit() const;
    StatisticsTableModel *model() const { return m_model; }
    StatisticsChartView *chart() const { return m_chart; }
    QListWidget *caseList() const { return m_cases; }
    /// True while a count or a case list is being read.
    bool isLoading() const { return m_pendingTable != 0 || m_pendingCases != 0; }
    /// Test seam: the delay before the busy indicator shows (100 ms).
    void setBusyDelay(int milliseconds);

    void done(int result) override;

signals:
    /// A case of the list was activated (double-click or Enter): open it.
    void caseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillDimensionChoices();
    void reload();
    void showTable(int serial, const StatisticsTable &table);
    void showCases(int serial, const QList<StatisticsCase> &cases);
    void showCaseworkers(int serial, const QStringList &names);
    void showFailure(int serial, const QString &message);
    void updateChart();
    void updateBusy();
    /// Lists the cases of table row `row` (and table column `column`, or all columns when -1).
    void listCases(int row, int column);
    void exportStatistics();
    void stopLoading();

    DatabaseSession m_session;
    QString m_actor;
    StatisticsLoader *m_loader = nullptr;
    StatisticsTableModel *m_model = nullptr;

    DateLineEdit *m_from = nullptr;
    DateLineEdit *m_to = nullptr;
    QComboBox *m_caseworker = nullptr;
    QListWidget *m_statuses = nullptr;
    QComboBox *m_rows = nullptr;
    QComboBox *m_columns = nullptr;
    QComboBox *m_unit = nullptr;
    QTableView *m_table = nullptr;
    StatisticsChartView *m_chart = nullptr;
    QLabel *m_casesLabel = nullptr;
    QListWidget *m_cases = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_busyTimer = nullptr;
    QSpinBox *m_minCount = nullptr;
    QLabel *m_minCountLabel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QList<QLabel *> m_filterLabels;

    int m_pendingTable = 0; ///< serial of the table awaited; 0: none
    int m_pendingCases = 0;
    int m_pendingCaseworkers = 0;
    QString m_casesTitle; ///< what the listed cases are ("C-11 — Dorchester")
};

} // namespace td::ui
