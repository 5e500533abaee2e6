#include "auditlogdialog.h"

#include "storage/auditlog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr int kMaxEvents = 5000; // the newest; older ones stay in the database and the CLI

} // namespace

AuditLogDialog::AuditLogDialog(AuditLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    m_filter->setObjectName(QStringLiteral("auditFilterLineEdit"));
    m_table->setObjectName(QStringLiteral("auditTableWidget"));
    m_filter->setPlaceholderText(
        tr("Filter by case, action or person, e.g. TD-2026-00042 or case.view_sensitive"));
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setClearButtonEnabled(true);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Case"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(900, 520);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    load();
}

void AuditLogDialog::load()
{
    auto events = m_log.events(QString(), kMaxEvents);
    if (!events) {
        m_count->setText(events.error().message);
        return;
    }
    m_table->setRowCount(int(events->size()));
    int row = 0;
    for (const auto &e : std::as_const(events.value())) {
        const QStringList cells {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
            e.actor, e.action, e.caseReference, e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_table->resizeColumnsToContents();
    applyFilter();
}

void AuditLogDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int c = 1; !match && c < m_table->columnCount(); ++c)
            match = m_table->item(row, c)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_count->setText(tr("Showing %1 of %Ln event(s)", nullptr, m_table->rowCount())
                         .arg(QLocale().toString(shown)));
}

int AuditLogDialog::visibleRowCount() const
{
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        shown += m_table->isRowHidden(row) ? 0 : 1;
    return shown;
}

} // namespace td::ui
