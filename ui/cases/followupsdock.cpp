#include "followupsdock.h"

#include "common/displayformat.h"
#include "startup/afterfirstpaint.h"
#include "storage/followupquery.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr int kDaysAhead = 7;
constexpr int kCaseIdRole = Qt::UserRole + 1;
// Columns are fitted to the rows on screen and this many around them, not to all (up to 500):
// laying out every name, in many scripts, took longer than painting the rest of the window.
constexpr int kRowsMeasuredForWidth = 50;

} // namespace

FollowUpsDock::FollowUpsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_tree(new QTreeWidget)
    , m_emptyLabel(new QLabel)
{
    setObjectName(QStringLiteral("followUpsDockWidget"));
    m_tree->setObjectName(QStringLiteral("followUpsTreeWidget"));
    m_tree->setRootIsDecorated(true);
    m_tree->setColumnCount(4);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setResizeContentsPrecision(kRowsMeasuredForWidth);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->hide(); // until the first refresh knows whether anything is due
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
    layout->addWidget(m_emptyLabel);
    setWidget(content);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, kCaseIdRole).toLongLong();
        if (id > 0)
            emit caseActivated(id);
    });
    retranslate();
    // The due list is read and laid out once the window is on screen, not before it can show.
    AfterFirstPaint::run(this, [this] {
        m_waitingForFirstPaint = false;
        refresh();
    });
}

void FollowUpsDock::setDatabase(Database *database)
{
    m_database = database;
    // Without a database (the window locked) the list empties at once, painted or not.
    if (!m_waitingForFirstPaint || !m_database)
        refresh();
}

void FollowUpsDock::refresh()
{
    m_tree->clear();
    m_overdue = m_dueSoon = 0;
    if (m_database) {
        auto due = FollowUpQuery(*m_database).due(QDate::currentDate(), kDaysAhead);
        if (due) {
            auto *overdue = new QTreeWidgetItem(m_tree);
            auto *soon = new QTreeWidgetItem(m_tree);
            for (const auto &f : std::as_const(due.value())) {
                auto *item = new QTreeWidgetItem(f.overdue ? overdue : soon);
                item->setText(0, displayDate(f.dueOn));
                item->setText(1, f.reference);
                item->setText(2, f.clientName);
                item->setText(3, f.note);
                item->setData(0, kCaseIdRole, f.caseId);
                if (f.overdue)
                    item->setForeground(0, QColor(0xb3, 0x26, 0x1e));
                (f.overdue ? m_overdue : m_dueSoon)++;
            }
            overdue->setExpanded(true);
            soon->setExpanded(true);
            overdue->setHidden(m_overdue == 0);
            soon->setHidden(m_dueSoon == 0);
        }
    }
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setVisible(m_overdue + m_dueSoon > 0);
    m_emptyLabel->setVisible(m_overdue + m_dueSoon == 0);
    retranslate();
}

void FollowUpsDock::retranslate()
{
    setWindowTitle(tr("Follow-ups due"));
    m_tree->setHeaderLabels({tr("Due"), tr("Case"), tr("Client"), tr("What to do")});
    if (m_tree->topLevelItemCount() == 2) {
        m_tree->topLevelItem(0)->setText(0, tr("Overdue (%1)").arg(m_overdue));
        m_tree->topLevelItem(1)->setText(0, tr("Due within a week (%1)").arg(m_dueSoon));
        m_tree->topLevelItem(0)->setFirstColumnSpanned(true);
        m_tree->topLevelItem(1)->setFirstColumnSpanned(true);
    }
    m_emptyLabel->setText(tr("Nothing overdue or due this week."));
}

void FollowUpsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the due dates are written for the language too; refresh() retranslates
    QDockWidget::changeEvent(event);
}

} // namespace td::ui
