#include "caselistpage.h"

#include "casecountthread.h"
#include "casedetailpanel.h"
#include "common/displayformat.h"
#include "common/settings.h"
#include "models/caselistmodel.h"
#include "startup/afterfirstpaint.h"
#include "storage/databasesession.h"
#include "widgets/rowselection.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace td::ui {
namespace {

constexpr int kSearchDelayMs = 250; // long enough to skip keystrokes, short enough to feel instant

} // namespace

CaseListPage::CaseListPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CaseListModel(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_listStack(new QStackedWidget(this))
    , m_firstSteps(new QWidget(this))
    , m_firstStepsTitle(new QLabel(m_firstSteps))
    , m_firstStepsText(new QLabel(m_firstSteps))
    , m_firstStepsButtons(new QWidget(m_firstSteps))
    , m_detail(new CaseDetailPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    // The clear button's icon is looked up in the icon themes, a scan of their index files, and
    // shows only once something is typed: enable it after the window has appeared.
    AfterFirstPaint::run(m_search, [this] { m_search->setClearButtonEnabled(true); });
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_splitter->setObjectName(QStringLiteral("caseSplitter"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    // A click on a column header orders the list by it (in SQL, CaseListModel::sort): ascending,
    // descending, then back to newest first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(CaseListModel::ReferenceColumn, 130);
    m_table->horizontalHeader()->resizeSection(CaseListModel::ClientColumn, 220);
    m_table->horizontalHeader()->resizeSection(CaseListModel::StatusColumn, 110);
    m_table->horizontalHeader()->resizeSection(CaseListModel::OpenedColumn, 95);
    m_table->horizontalHeader()->resizeSection(CaseListModel::LastIncidentColumn, 95);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_status);

    auto *listSide = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(8, 8, 0, 8);
    listLayout->addLayout(filterRow);
    // An office's first start shows what to do instead of an empty table.
    m_firstSteps->setObjectName(QStringLiteral("firstStepsWidget"));
    m_firstStepsTitle->setObjectName(QStringLiteral("firstStepsTitleLabel"));
    m_firstStepsText->setObjectName(QStringLiteral("firstStepsTextLabel"));
    QFont titleFont = m_firstStepsTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_firstStepsTitle->setFont(titleFont);
    m_firstStepsTitle->setWordWrap(true);
    m_firstStepsText->setWordWrap(true);
    auto *buttons = new QVBoxLayout(m_firstStepsButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *firstSteps = new QVBoxLayout(m_firstSteps);
    firstSteps->setContentsMargins(24, 24, 24, 24);
    firstSteps->addStretch(1);
    firstSteps->addWidget(m_firstStepsTitle);
    firstSteps->addWidget(m_firstStepsText);
    firstSteps->addSpacing(8);
    firstSteps->addWidget(m_firstStepsButtons, 0, Qt::AlignLeading);
    firstSteps->addStretch(2);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_firstSteps);
    listLayout->addWidget(m_listStack, 1);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The status combo: "All statuses" plus every status, by code.
    m_status->addItem(QString(), QString());
    for (const auto status : allCaseStatuses())
        m_status->addItem(QString(), caseStatusCode(status));
    retranslate();

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyQuery();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            selectRow(m_table, 0);
    });
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPage::applyQuery);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit caseActivated(index.data(CaseListModel::IdRole).toLongLong());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListPage::applyQuery);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CaseListPage::onCurrentRowChanged);
    connect(m_model, &CaseListModel::totalCountChanged, this, [this](qint64 total) {
        emit countChanged(total,
            !m_model->query().text.trimmed().isEmpty() || m_model->query().status.has_value());
        updateFirstSteps();
    });
    connect(m_model, &CaseListModel::modelReset, this, [this] {
        if (!m_refreshing)
            m_detail->showCase(0);
        updateFirstSteps();
        emit currentCaseChanged(currentCaseId());
    });
    connect(m_model, &CaseListModel::errorOccurred, this, &CaseListPage::errorOccurred);
    connect(m_detail, &CaseDetailPanel::errorOccurred, this, &CaseListPage::errorOccurred);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_table);
}

void CaseListPage::setRepository(CaseRepository *repository)
{
    m_hasRepository = repository != nullptr;
    m_detail->setRepository(repository);
    m_model->setRepository(repository);
    updateFirstSteps();
}

void CaseListPage::setCountSession(const DatabaseSession &session)
{
    // The old connection goes first (its count, if one runs, ends or is waited for).
    m_model->setBackgroundCount({});
    delete m_counter;
    m_counter = nullptr;
    if (session.isNull())
        return;
    m_counter = new CaseCountThread(session, this);
    m_model->setBackgroundCount(m_counter->counter());
}

bool CaseListPage::countIsLowerBound() const
{
    return m_model->totalIsLowerBound();
}

void CaseListPage::setContextActions(const QList<QAction *> &actions)
{
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(actions);
}

void CaseListPage::addFirstStepAction(QAction *action)
{
    auto *button = new QToolButton(m_firstStepsButtons);
    button->setObjectName(action->objectName() + QStringLiteral("ToolButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_firstStepsButtons->layout()->addWidget(button);
}

bool CaseListPage::showsFirstSteps() const
{
    return m_listStack->currentWidget() == m_firstSteps;
}

void CaseListPage::updateFirstSteps()
{
    const CaseQuery query = m_model->query();
    const bool filtered = !query.text.trimmed().isEmpty() || query.status.has_value();
    const bool empty = m_hasRepository && !filtered && m_model->totalCount() == 0;
    m_listStack->setCurrentWidget(empty ? m_firstSteps : static_cast<QWidget *>(m_table));
    // Searching an empty database finds nothing anyway.
    m_search->setEnabled(!empty);
    m_status->setEnabled(!empty);
}

qint64 CaseListPage::currentCaseId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::IdRole).toLongLong() : 0;
}

void CaseListPage::selectCase(qint64 id)
{
    if (const int row = m_model->rowOfId(id); row >= 0) {
        selectRow(m_table, row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPage::refresh()
{
    const qint64 current = m_detail->caseId();
    const int scroll = m_table->verticalScrollBar()->value();
    const int loaded = m_model->rowCount();
    {
        // The reset and the re-selection are not the caseworker picking another case: the detail
        // pane stays on its case (and keeps sensitive fields shown if they were) and is reloaded.
        const QScopedValueRollback keep(m_refreshing, true);
        m_model->refresh();
        // As many pages as were loaded, so someone scrolled far down stays where they were.
        while (m_model->rowCount() < loaded && m_model->canFetchMore())
            m_model->fetchMore();
        if (const int row = m_model->rowOfId(current); row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(scroll);
    m_detail->reload();
    emit currentCaseChanged(currentCaseId());
}

void CaseListPage::applyQuery()
{
    CaseQuery query;
    query.text = m_search->text();
    query.status = caseStatusFromCode(m_status->currentData().toString());
    m_model->setQuery(query);
}

void CaseListPage::onCurrentRowChanged()
{
    if (m_refreshing)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detail->showCase(current.isValid() ? current.data(CaseListModel::IdRole).toLongLong() : 0);
    emit currentCaseChanged(currentCaseId());
}

void CaseListPage::restoreState(const Settings &settings)
{
    if (const QByteArray state = settings.mainSplitterState(); !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray header = settings.caseListHeaderState(); !header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    fitColumnsToLanguage();
}

void CaseListPage::saveState(Settings &settings) const
{
    settings.setMainSplitterState(m_splitter->saveState());
    settings.setCaseListHeaderState(m_table->horizontalHeader()->saveState());
}

void CaseListPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search names, places, narratives, officers, badge numbers…"));
    m_search->setAccessibleName(tr("Search cases"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setItemText(0, tr("All statuses"));
    int i = 1;
    for (const auto status : allCaseStatuses())
        m_status->setItemText(i++, caseStatusLabel(status));
    m_table->setAccessibleName(tr("Cases"));
    m_firstStepsTitle->setText(tr("No cases yet"));
    m_firstStepsText->setText(
        tr("Start with the person in front of you: New Case opens the intake form. Add your "
           "office's name, address, phone and email too: client copies and handouts print them, "
           "so clients know how to reach you."));
    fitColumnsToLanguage();
}

void CaseListPage::fitColumnsToLanguage()
{
    // Status names and dates are longer in some languages ("Listo para presentar"): widen those
    // columns so no status or date is cut off, but never narrow what the user widened.
    constexpr int padding = 16;
    const QFontMetrics metrics = m_table->fontMetrics();
    int status = 0;
    for (const auto s : allCaseStatuses())
        status = std::max(status, metrics.horizontalAdvance(caseStatusLabel(s)));
    const int date = metrics.horizontalAdvance(displayDate(QDate(2000, 12, 28)));
    QHeaderView *header = m_table->horizontalHeader();
    const auto widen = [header](int column, int width) {
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    };
    widen(CaseListModel::StatusColumn, status + padding);
    widen(CaseListModel::OpenedColumn, date + padding);
    widen(CaseListModel::LastIncidentColumn, date + padding);
}

void CaseListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate(); // the model is no widget and gets no LanguageChange of its own
    }
    QWidget::changeEvent(event);
}

} // namespace td::ui
