#include "officerrosterdialog.h"

#include "common/displayformat.h"
#include "jobs/databasethread.h"
#include "models/officerrostermodel.h"
#include "storage/database.h"
#include "widgets/rowselection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td::ui {

OfficerRosterDialog::OfficerRosterDialog(DatabaseSession session, QWidget *parent)
    : QDialog(parent)
    , m_thread(new DatabaseThread(std::move(session), QStringLiteral("officer-roster"), this))
    , m_model(new OfficerRosterModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_minLabel(new QLabel(this))
    , m_min(new QSpinBox(this))
    , m_view(new QTableView(this))
    , m_casesLabel(new QLabel(this))
    , m_cases(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("officerRosterDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_view->setObjectName(QStringLiteral("officerRosterTableView"));
    m_cases->setObjectName(QStringLiteral("officerCasesTableWidget"));
    m_min->setObjectName(QStringLiteral("minimumIncidentsSpinBox"));
    m_status->setObjectName(QStringLiteral("officerRosterStatusLabel"));
    m_busy->setObjectName(QStringLiteral("officerRosterProgressBar"));
    m_busy->setRange(0, 0); // busy: how long the roster takes is not known beforehand
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_intro->setWordWrap(true);
    m_minLabel->setBuddy(m_min);
    m_min->setRange(1, 999);
    m_min->setValue(2);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OfficerRosterModel::IncidentsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        OfficerRosterModel::CategoriesColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { showCasesOf(index.row()); });

    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setTabKeyNavigation(false);
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->installEventFilter(this);
    connect(m_cases, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_cases->item(item->row(), 0);
        if (first)
            emit caseRequested(first->data(Qt::UserRole).toLongLong());
    });
    connect(m_min, &QSpinBox::valueChanged, this, &OfficerRosterDialog::load);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_minLabel);
    filter->addWidget(m_min);
    filter->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(filter);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_casesLabel);
    layout->addWidget(m_cases, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_busy);
    layout->addLayout(status);
    layout->addWidget(buttons);
    resize(860, 560);
    retranslate();
    load();
}

OfficerRosterDialog::~OfficerRosterDialog()
{
    // Before any member goes: no answer can be on its way to a half-destroyed dialog.
    m_thread->stop();
}

bool OfficerRosterDialog::isLoading() const
{
    return m_rosterLoading || m_casesLoading;
}

void OfficerRosterDialog::setBusy()
{
    m_busy->setVisible(isLoading());
    if (m_rosterLoading)
        m_status->setText(tr("Reading the officers…"));
    else if (m_casesLoading)
        m_status->setText(tr("Reading the cases of this officer…"));
}

void OfficerRosterDialog::load()
{
    m_cases->setRowCount(0);
    const int serial = ++m_rosterSerial;
    m_rosterLoading = true;
    setBusy();
    // Seconds on 100 000 cases (BENCHMARKS.md): read in the dialog's own thread. An answer to a
    // request since replaced (the minimum changed again) is dropped by its serial.
    const int minIncidents = m_min->value();
    QPointer<OfficerRosterDialog> self(this);
    m_thread->post([self, serial, minIncidents](Database *db, const QString &problem) {
        Result<QList<OfficerRosterEntry>> roster = db
            ? OfficerQuery(*db).roster(minIncidents)
            : Result<QList<OfficerRosterEntry>>(Error {ErrorKind::Io, problem});
        QMetaObject::invokeMethod(
            self.data(),
            [self, serial, roster = std::move(roster)] {
                if (self)
                    self->showRoster(serial, roster);
            },
            Qt::QueuedConnection);
    });
}

void OfficerRosterDialog::showRoster(int serial, const Result<QList<OfficerRosterEntry>> &roster)
{
    if (serial != m_rosterSerial || m_thread->isStopped())
        return;
    m_rosterLoading = false;
    setBusy();
    if (!roster) {
        m_model->clear();
        m_status->setText(roster.error().message);
        return;
    }
    m_model->setEntries(roster.value());
    m_status->setText(tr("%n officer(s).", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        selectRow(m_view, 0);
}

void OfficerRosterDialog::showCasesOf(int viewRow)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
    const OfficerRosterEntry *entry = m_model->entryAt(source.row());
    m_cases->setRowCount(0);
    if (!entry)
        return;
    const int serial = ++m_casesSerial;
    m_casesLoading = true;
    setBusy();
    QPointer<OfficerRosterDialog> self(this);
    m_thread->post([self, serial, entry = *entry](Database *db, const QString &problem) {
        Result<QList<OfficerCase>> cases = db
            ? OfficerQuery(*db).casesOf(entry.badgeKey, entry.agencyKey)
            : Result<QList<OfficerCase>>(Error {ErrorKind::Io, problem});
        QMetaObject::invokeMethod(
            self.data(),
            [self, serial, entry, cases = std::move(cases)] {
                if (self)
                    self->showCases(serial, entry, cases);
            },
            Qt::QueuedConnection);
    });
}

void OfficerRosterDialog::showCases(
    int serial, const OfficerRosterEntry &entry, const Result<QList<OfficerCase>> &cases)
{
    if (serial != m_casesSerial || m_thread->isStopped())
        return;
    m_casesLoading = false;
    setBusy();
    if (!cases) {
        m_status->setText(cases.error().message);
        return;
    }
    m_cases->setRowCount(int(cases->size()));
    for (int r = 0; r < cases->size(); ++r) {
        const OfficerCase &c = cases->at(r);
        auto *reference = new QTableWidgetItem(c.reference);
        reference->setData(Qt::UserRole, c.caseId);
        m_cases->setItem(r, 0, reference);
        m_cases->setItem(r, 1, new QTableWidgetItem(displayDate(c.firstIncidentOn)));
        m_cases->setItem(r, 2, new QTableWidgetItem(displayDate(c.lastIncidentOn)));
    }
    m_casesLabel->setText(
        tr("Cases of badge %1 (%2):")
            .arg(entry.badgeNumber, entry.agency.isEmpty() ? tr("agency unknown") : entry.agency));
    m_status->setText(tr("%n case(s) of this officer.", nullptr, int(cases->size())));
}

bool OfficerRosterDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in a table opens the row instead of pressing a default button of the dialog.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_view && m_view->currentIndex().isValid()) {
                showCasesOf(m_view->currentIndex().row());
                return true;
            }
            if (watched == m_cases && m_cases->currentRow() >= 0) {
                if (const QTableWidgetItem *first = m_cases->item(m_cases->currentRow(), 0))
                    emit caseRequested(first->data(Qt::UserRole).toLongLong());
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OfficerRosterDialog::done(int result)
{
    // Closed by hand or by the lock: the query stops and the connection closes before the lock
    // lets the key go, and no officer or case stays in memory behind a hidden window.
    m_thread->stop();
    m_rosterLoading = false;
    m_casesLoading = false;
    m_busy->hide();
    m_model->clear();
    m_cases->setRowCount(0);
    QDialog::done(result);
}

void OfficerRosterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OfficerRosterDialog::retranslate()
{
    setWindowTitle(tr("Officers"));
    m_intro->setText(tr("Officers recognized across cases by badge number and agency. Spaces, "
                        "\"#\", \"No.\" and leading zeros in a badge number are ignored; a record "
                        "without an agency is listed on its own."));
    m_minLabel->setText(tr("In at least this many &incidents:"));
    m_cases->setHorizontalHeaderLabels({tr("Case"), tr("First incident"), tr("Last incident")});
    m_casesLabel->setText(tr("Press Enter on an officer to list their cases."));
    m_model->retranslate();
}

} // namespace td::ui
