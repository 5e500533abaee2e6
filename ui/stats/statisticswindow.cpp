#include "statisticswindow.h"

#include "intake/datelineedit.h"
#include "statisticschartview.h"
#include "statisticsexport.h"
#include "statisticsloader.h"
#include "statisticstablemodel.h"
#include "stats/suppression.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr int kNoColumns = -1;
constexpr qsizetype kMaxListedCases = 1000;

} // namespace

StatisticsWindow::StatisticsWindow(DatabaseSession session, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_actor(std::move(actor))
    , m_loader(new StatisticsLoader(m_session, this))
    , m_model(new StatisticsTableModel(this))
{
    setObjectName(QStringLiteral("statisticsWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowFlag(Qt::WindowMinimizeButtonHint);
    setSizeGripEnabled(true);
    buildUi();
    retranslate();
    connect(m_loader, &StatisticsLoader::tableLoaded, this, &StatisticsWindow::showTable);
    connect(m_loader, &StatisticsLoader::casesLoaded, this, &StatisticsWindow::showCases);
    connect(
        m_loader, &StatisticsLoader::caseworkersLoaded, this, &StatisticsWindow::showCaseworkers);
    connect(m_loader, &StatisticsLoader::failed, this, &StatisticsWindow::showFailure);
    m_pendingCaseworkers = m_loader->requestCaseworkers();
    reload();
    resize(1100, 720);
}

StatisticsWindow::~StatisticsWindow()
{
    stopLoading();
}

void StatisticsWindow::buildUi()
{
    // Filters: which incidents count.
    m_from = new DateLineEdit(DateLineEdit::Kind::Date, this);
    m_from->setObjectName(QStringLiteral("fromDateLineEdit"));
    m_to = new DateLineEdit(DateLineEdit::Kind::Date, this);
    m_to->setObjectName(QStringLiteral("toDateLineEdit"));
    m_caseworker = new QComboBox(this);
    m_caseworker->setObjectName(QStringLiteral("caseworkerComboBox"));
    m_caseworker->addItem(QString(), QString());
    m_statuses = new QListWidget(this);
    m_statuses->setObjectName(QStringLiteral("statusListWidget"));
    for (const CaseStatus status : allCaseStatuses()) {
        auto *item = new QListWidgetItem(m_statuses);
        item->setData(Qt::UserRole, caseStatusCode(status));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_statuses->setMaximumHeight(m_statuses->sizeHintForRow(0) * 3 + 2 * m_statuses->frameWidth());
    m_statuses->setFlow(QListView::TopToBottom);
    m_statuses->setWrapping(true);
    m_statuses->setResizeMode(QListView::Adjust);

    // What to count by.
    m_rows = new QComboBox(this);
    m_rows->setObjectName(QStringLiteral("rowsComboBox"));
    m_columns = new QComboBox(this);
    m_columns->setObjectName(QStringLiteral("columnsComboBox"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    fillDimensionChoices();

    auto *filters = new QGridLayout;
    const auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_filterLabels << l;
        return l;
    };
    filters->addWidget(label(m_from), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(label(m_to), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(label(m_caseworker), 1, 0);
    filters->addWidget(m_caseworker, 1, 1, 1, 3);
    filters->addWidget(label(m_statuses), 0, 4, Qt::AlignTop);
    filters->addWidget(m_statuses, 0, 5, 2, 1);
    filters->addWidget(label(m_rows), 2, 0);
    filters->addWidget(m_rows, 2, 1);
    filters->addWidget(label(m_columns), 2, 2);
    filters->addWidget(m_columns, 2, 3);
    filters->addWidget(label(m_unit), 2, 4);
    filters->addWidget(m_unit, 2, 5);
    filters->setColumnStretch(5, 1);

    // The table and the chart side by side; below them the cases of what was clicked.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("statisticsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the next control
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_chart = new StatisticsChartView(this);
    auto *chartArea = new QScrollArea(this);
    chartArea->setObjectName(QStringLiteral("chartScrollArea"));
    chartArea->setWidget(m_chart);
    chartArea->setWidgetResizable(true);
    chartArea->setFocusPolicy(Qt::NoFocus);
    m_casesLabel = new QLabel(this);
    m_casesLabel->setObjectName(QStringLiteral("casesLabel"));
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("casesListWidget"));
    m_casesLabel->setBuddy(m_cases);
    auto *casesBox = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesBox);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_casesLabel);
    casesLayout->addWidget(m_cases);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->setObjectName(QStringLiteral("statisticsSplitter"));
    upper->addWidget(m_table);
    upper->addWidget(chartArea);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 1);
    auto *lower = new QSplitter(Qt::Vertical, this);
    lower->setObjectName(QStringLiteral("casesSplitter"));
    lower->addWidget(upper);
    lower->addWidget(casesBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyTimer = new QTimer(this);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(100);
    connect(m_busyTimer, &QTimer::timeout, this, &StatisticsWindow::updateBusy);

    m_minCountLabel = new QLabel(this);
    m_minCount = new QSpinBox(this);
    m_minCount->setObjectName(QStringLiteral("minCountSpinBox"));
    m_minCount->setRange(1, 1000);
    m_minCount->setValue(Suppression::kDefaultThreshold);
    m_minCountLabel->setBuddy(m_minCount);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportPushButton"));
    m_export->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closePushButton"));
    // Enter opens a listed case or activates a bar; it must never press a button as well.
    for (QPushButton *button : {m_export, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &StatisticsWindow::exportStatistics);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_minCountLabel);
    bottom->addWidget(m_minCount);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(lower, 1);
    layout->addWidget(m_note);
    layout->addLayout(bottom);

    // Tab order follows the reading order: filters, dimensions, table, chart, cases, buttons.
    QWidget *order[] = {m_from, m_to, m_caseworker, m_statuses, m_rows, m_columns, m_unit, m_table,
        m_chart, m_cases, m_minCount, m_export, m_close};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Every filter change counts again with all the others as they are.
    const auto typed = [this](DateLineEdit *edit) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            if (!edit->hasInvalidText())
                reload();
            else
                //: %1 is a date in the interface language's style, e.g. 12/31/2026.
                m_message->setText(
                    tr("Type a date like %1, or leave it empty.").arg(edit->example()));
        });
    };
    typed(m_from);
    typed(m_to);
    connect(m_caseworker, &QComboBox::currentIndexChanged, this, &StatisticsWindow::reload);
    connect(m_statuses, &QListWidget::itemChanged, this, &StatisticsWindow::reload);
    connect(m_rows, &QComboBox::currentIndexChanged, this, &StatisticsWindow::reload);
    connect(m_columns, &QComboBox::currentIndexChanged, this, &StatisticsWindow::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setUnit(unit());
        updateChart();
    });
    connect(m_chart, &StatisticsChartView::pointActivated, this,
        [this](int row) { listCases(row, kNoColumns); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_model->tableRow(index.row());
        const int column = m_model->tableColumn(index.column());
        if (row >= 0 || column >= 0)
            listCases(row, m_model->table().isTwoDimensional() ? column : kNoColumns);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit m_table->activated(index); // the same on every style, whatever activates by click
    });
    connect(m_cases, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit caseRequested(item->data(Qt::UserRole).toLongLong());
    });
}

void StatisticsWindow::fillDimensionChoices()
{
    const QVariant rows = m_rows->currentData();
    const QVariant columns = m_columns->currentData();
    const QVariant unitChoice = m_unit->currentData();
    const QSignalBlocker b1(m_rows);
    const QSignalBlocker b2(m_columns);
    const QSignalBlocker b3(m_unit);
    m_rows->clear();
    m_columns->clear();
    m_columns->addItem(tr("None"), QString());
    for (const StatisticsDimension d : allStatisticsDimensions()) {
        m_rows->addItem(statisticsDimensionTitle(d), statisticsDimensionCode(d));
        m_columns->addItem(statisticsDimensionTitle(d), statisticsDimensionCode(d));
    }
    m_unit->clear();
    for (const StatisticsUnit u : {StatisticsUnit::Cases, StatisticsUnit::Incidents})
        m_unit->addItem(statisticsUnitTitle(u), statisticsUnitCode(u));
    m_rows->setCurrentIndex(std::max(0, m_rows->findData(rows)));
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(columns)));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitChoice)));
}

void StatisticsWindow::retranslate()
{
    setWindowTitle(tr("Statistics"));
    const QStringList labels {tr("&From:"), tr("&To:"), tr("Case&worker:"), tr("St&atus:"),
        tr("&Rows:"), tr("Colu&mns:"), tr("&Count:")};
    for (qsizetype i = 0; i < m_filterLabels.size(); ++i)
        m_filterLabels.at(i)->setText(labels.value(i));
    m_from->setToolTip(tr("First incident date counted; empty: from the first incident."));
    m_to->setToolTip(tr("Last incident date counted; empty: up to the last incident."));
    m_caseworker->setItemText(0, tr("All caseworkers"));
    m_statuses->setToolTip(tr("Tick the case statuses to count; none ticked counts every case."));
    for (int i = 0; i < m_statuses->count(); ++i) {
        QListWidgetItem *item = m_statuses->item(i);
        if (const auto status = caseStatusFromCode(item->data(Qt::UserRole).toString())) {
            const QSignalBlocker blocker(m_statuses);
            item->setText(caseStatusLabel(*status));
        }
    }
    fillDimensionChoices();
    m_minCountLabel->setText(tr("Export &hides counts below:"));
    m_minCount->setToolTip(tr("Published figures hide every count from 1 to this number minus "
                              "one, and further counts so the hidden ones cannot be worked "
                              "out. 1 hides nothing."));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save these figures as CSV or PDF to publish, with small counts "
                            "hidden. This window shows every count: it is for the office only."));
    if (m_casesTitle.isEmpty())
        m_casesLabel->setText(tr("Ca&ses: click a bar or double-click a cell to list its cases."));
    updateChart();
}

StatisticsFilter StatisticsWindow::filter() const
{
    StatisticsFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.caseworker = m_caseworker->currentData().toString();
    for (int i = 0; i < m_statuses->count(); ++i) {
        const QListWidgetItem *item = m_statuses->item(i);
        if (item->checkState() == Qt::Checked) {
            if (const auto status = caseStatusFromCode(item->data(Qt::UserRole).toString()))
                f.statuses.append(*status);
        }
    }
    return f;
}

StatisticsDimension StatisticsWindow::rowDimension() const
{
    return statisticsDimensionFromCode(m_rows->currentData().toString())
        .value_or(StatisticsDimension::Category);
}

std::optional<StatisticsDimension> StatisticsWindow::columnDimension() const
{
    const auto columns = statisticsDimensionFromCode(m_columns->currentData().toString());
    if (!columns || *columns == rowDimension())
        return std::nullopt;
    return columns;
}

StatisticsUnit StatisticsWindow::unit() const
{
    return m_unit->currentData().toString() == statisticsUnitCode(StatisticsUnit::Incidents)
        ? StatisticsUnit::Incidents
        : StatisticsUnit::Cases;
}

void StatisticsWindow::setBusyDelay(int milliseconds)
{
    m_busyTimer->setInterval(milliseconds);
}

void StatisticsWindow::reload()
{
    if (m_loader->isStopped())
        return;
    const StatisticsFilter f = filter();
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        m_message->setText(tr("The first date is after the last: nothing to count."));
        return;
    }
    m_message->clear();
    m_pendingTable = m_loader->requestTable(f, rowDimension(), columnDimension());
    m_busyTimer->start();
}

void StatisticsWindow::showTable(int serial, const StatisticsTable &table)
{
    if (serial != m_pendingTable)
        return; // replaced by a newer request
    m_pendingTable = 0;
    updateBusy();
    m_model->setUnit(unit());
    m_model->setTable(table);
    m_table->resizeColumnsToContents();
    // Long district names must not push the counts out of sight: the labels give way (elided).
    const int labelRoom = std::max(160, m_table->viewport()->width() / 2);
    if (m_table->columnWidth(0) > labelRoom)
        m_table->setColumnWidth(0, labelRoom);
    m_export->setEnabled(true);
    // What was listed belonged to the previous table.
    m_pendingCases = 0;
    m_cases->clear();
    m_casesTitle.clear();
    m_casesLabel->setText(tr("Ca&ses: click a bar or double-click a cell to list its cases."));
    updateChart();
}

void StatisticsWindow::updateChart()
{
    const StatisticsTable &table = m_model->table();
    if (m_model->rowCount() == 0) {
        m_chart->clear();
        m_note->clear();
        return;
    }
    const StatisticsUnit u = unit();
    QList<StatisticsChartView::Point> points;
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        points.append({table.rows.at(r).label, table.rowTotals.value(r).of(u)});
    const bool overTime = table.rowDimension == StatisticsDimension::Month
        || table.rowDimension == StatisticsDimension::Quarter;
    m_chart->setPoints(overTime ? StatisticsChartView::Kind::Line : StatisticsChartView::Kind::Bars,
        table.total.of(u) == 0 ? QList<StatisticsChartView::Point> {} : points);
    m_chart->setAccessibleName(tr("Chart of %1 by %2")
                                   .arg(statisticsUnitTitle(u).toLower(),
                                       statisticsDimensionTitle(table.rowDimension).toLower()));
    QString note = tr("Raw counts, for the office only: %1 and %2.")
                       .arg(tr("%Ln case(s)", nullptr, int(table.total.cases)),
                           tr("%Ln incident(s)", nullptr, int(table.total.incidents)));
    if (table.isOverlapping(u))
        note += QLatin1Char(' ')
            + tr("A case or incident can fall in several rows or columns, so the totals count "
                 "each once and are less than the sum of the cells.");
    m_note->setText(note);
}

void StatisticsWindow::listCases(int row, int column)
{
    const StatisticsTable &table = m_model->table();
    const StatisticsFilter f = filter();
    if (row >= 0 && row < table.rows.size()) {
        const bool cell = column >= 0 && table.isTwoDimensional() && column < table.columns.size();
        m_casesTitle = cell
            ? tr("%1, %2").arg(table.rows.at(row).label, table.columns.at(column).label)
            : table.rows.at(row).label;
        m_pendingCases = m_loader->requestCases(f, table.rowDimension, table.rows.at(row).key,
            cell ? table.columnDimension : std::nullopt,
            cell ? table.columns.at(column).key : QString());
    } else if (column >= 0 && table.isTwoDimensional() && column < table.columns.size()) {
        m_casesTitle = table.columns.at(column).label;
        m_pendingCases = m_loader->requestCases(
            f, *table.columnDimension, table.columns.at(column).key, std::nullopt, QString());
    } else {
        return;
    }
    m_casesLabel->setText(tr("Ca&ses in %1: counting…").arg(m_casesTitle));
    m_busyTimer->start();
}

void StatisticsWindow::showCases(int serial, const QList<StatisticsCase> &cases)
{
    if (serial != m_pendingCases)
        return;
    m_pendingCases = 0;
    updateBusy();
    m_cases->clear();
    // A bar can hold tens of thousands of cases: a list nobody scrolls through, filled on the
    // UI thread. The first ones are listed and the label says how many there are.
    const qsizetype shown = std::min<qsizetype>(cases.size(), kMaxListedCases);
    m_cases->setUpdatesEnabled(false);
    for (qsizetype i = 0; i < shown; ++i) {
        auto *item = new QListWidgetItem(cases.at(i).reference, m_cases);
        item->setData(Qt::UserRole, cases.at(i).id);
    }
    m_cases->setUpdatesEnabled(true);
    if (shown < cases.size())
        m_casesLabel->setText(
            tr("Ca&ses in %1: %2, the first %3 listed (double-click or Enter "
               "opens one)")
                .arg(m_casesTitle, QLocale().toString(cases.size()), QLocale().toString(shown)));
    else
        m_casesLabel->setText(
            tr("Ca&ses in %1: %Ln (double-click or Enter opens one)", nullptr, int(cases.size()))
                .arg(m_casesTitle));
    if (m_cases->count() > 0)
        m_cases->setCurrentRow(0);
}

void StatisticsWindow::showCaseworkers(int serial, const QStringList &names)
{
    if (serial != m_pendingCaseworkers)
        return;
    m_pendingCaseworkers = 0;
    const QSignalBlocker blocker(m_caseworker);
    const QString current = m_caseworker->currentData().toString();
    while (m_caseworker->count() > 1)
        m_caseworker->removeItem(1);
    for (const QString &name : names)
        m_caseworker->addItem(name, name);
    m_caseworker->setCurrentIndex(std::max(0, m_caseworker->findData(current)));
}

void StatisticsWindow::showFailure(int serial, const QString &message)
{
    if (serial == m_pendingTable)
        m_pendingTable = 0;
    else if (serial == m_pendingCases)
        m_pendingCases = 0;
    else if (serial != m_pendingCaseworkers)
        return;
    updateBusy();
    m_message->setText(message);
}

void StatisticsWindow::updateBusy()
{
    m_busy->setVisible(isLoading() && !m_busyTimer->isActive());
}

void StatisticsWindow::exportStatistics()
{
    if (m_model->rowCount() == 0)
        return;
    StatisticsExport(this, m_session, m_actor).run(m_model->table(), m_minCount->value(), unit());
}

void StatisticsWindow::stopLoading()
{
    // Waits for a running count and closes this window's connection, in its thread.
    m_loader->stop();
    m_pendingTable = m_pendingCases = m_pendingCaseworkers = 0;
}

void StatisticsWindow::done(int result)
{
    // Closed, or rejected by the lock: nothing of the office's data stays behind, and the
    // connection is closed before the main window releases the database and its key.
    stopLoading();
    m_model->clear();
    m_cases->clear();
    m_chart->clear();
    QDialog::done(result);
}

void StatisticsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace td::ui
