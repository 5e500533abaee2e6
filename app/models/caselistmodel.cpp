#include "caselistmodel.h"

#include "common/displayformat.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CaseListModel::setRepository(CaseRepository *repository)
{
    m_repository = repository;
    reset();
}

void CaseListModel::setQuery(const CaseQuery &query)
{
    // The order is the view's (sort()); a new filter or search keeps it.
    const CaseSort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reset();
}

void CaseListModel::refresh()
{
    // After a colleague's save the list reloads: the last counted total stays on show while it
    // is counted again, rather than "more than 200" for a moment on every save.
    if (m_totalIsLowerBound && !m_totalFromBackground)
        reset();
    else
        reset(m_total, m_totalIsLowerBound);
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole});
}

void CaseListModel::reset(qint64 previousTotal, bool previousMoreThan)
{
    // The first page loads inside the reset, so a view shows rows at once and no rows are
    // inserted while a reset is in flight. The total comes after it, never before: a page shorter
    // than pageSize() is the whole list; otherwise, without search text, a count up to the cap
    // (an index-only count, a few ms), and beyond the cap or for a search the exact total from
    // the background count when there is one. Counting every match first took 0.7-2 s for a
    // common word at 1 000 000 cases (BENCHMARKS.md).
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_atEnd = m_repository == nullptr;
    m_total = m_repository ? -1 : 0;
    m_totalIsLowerBound = false;
    m_totalFromBackground = false;
    m_lastError.clear();
    if (m_repository) {
        if (auto page = m_repository->pageAfter(m_query, nullptr, pageSize())) {
            m_rows = std::move(page.value());
            m_atEnd = m_rows.size() < pageSize();
            if (m_atEnd) {
                m_total = m_rows.size();
            } else if (!m_query.text.trimmed().isEmpty()) {
                // A search's count reads the matches (up to the cap, 45-120 ms for a word in
                // 5-12 % of 1 000 000 cases): more than a page is all the reset says.
                m_total = m_rows.size();
                m_totalIsLowerBound = true;
            } else if (auto total = m_repository->countUpTo(m_query, m_countCap + 1)) {
                m_totalIsLowerBound = total.value() > m_countCap;
                m_total = m_totalIsLowerBound ? m_countCap : total.value();
            } else {
                m_lastError = total.error().message; // the rows stay; only the total is unknown
            }
        } else {
            m_lastError = page.error().message;
            m_atEnd = true;
        }
    }
    // Listeners of modelReset must not fetch the next page while the reset is still being
    // announced (QAbstractItemModelTester does, and would see rows inserted mid-reset).
    m_changing = true;
    endResetModel();
    m_changing = false;
    const bool countInBackground = m_totalIsLowerBound && m_backgroundCount;
    if (countInBackground && previousTotal > m_total) {
        m_total = previousTotal;
        m_totalIsLowerBound = previousMoreThan;
        m_totalFromBackground = true;
    }
    emit totalCountChanged(m_total);
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
    if (countInBackground) {
        const QPointer<CaseListModel> self(this);
        const quint64 generation = m_generation;
        m_backgroundCount(m_query, [self, generation](qint64 total, bool moreThan) {
            if (self && self->m_generation == generation)
                self->setBackgroundTotal(total, moreThan);
        });
    }
}

void CaseListModel::setExactTotal(qint64 total)
{
    setTotal(total, false, false);
}

void CaseListModel::setBackgroundTotal(qint64 total, bool moreThan)
{
    setTotal(total, moreThan, true);
}

void CaseListModel::setTotal(qint64 total, bool moreThan, bool fromBackground)
{
    m_totalIsLowerBound = moreThan;
    m_totalFromBackground = fromBackground;
    m_total = std::max<qint64>(total, m_rows.size());
    emit totalCountChanged(m_total);
}

int CaseListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case ReferenceRole:
        return c.reference;
    case StatusCodeRole:
        return caseStatusCode(c.status);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReferenceColumn:
            return c.reference;
        case ClientColumn:
            return c.clientName;
        case StatusColumn:
            return caseStatusLabel(c.status);
        case OpenedColumn:
            return displayDate(c.openedOn);
        case LastIncidentColumn:
            return displayDate(c.lastIncidentOn);
        case CaseworkerColumn:
            return c.assignedCaseworker;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return QCoreApplication::translate("CaseListModel", "Reference");
    case ClientColumn:
        return QCoreApplication::translate("CaseListModel", "Client");
    case StatusColumn:
        return QCoreApplication::translate("CaseListModel", "Status");
    case OpenedColumn:
        return QCoreApplication::translate("CaseListModel", "Opened");
    case LastIncidentColumn:
        return QCoreApplication::translate("CaseListModel", "Last incident");
    case CaseworkerColumn:
        return QCoreApplication::translate("CaseListModel", "Caseworker");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_repository)
        return;
    auto page = m_repository->pageAfter(
        m_query, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize());
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        emit errorOccurred(m_lastError);
        return;
    }
    if (page->size() < pageSize())
        m_atEnd = true;
    if (page->isEmpty()) {
        if (m_totalIsLowerBound)
            setExactTotal(m_rows.size()); // every page is here: they are the total
        return;
    }
    // No nested fetch from a rowsInserted listener: it would ask for the same page again.
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
    m_changing = false;
    if (m_atEnd && m_totalIsLowerBound)
        setExactTotal(m_rows.size());
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static const CaseSort byColumn[ColumnCount] = {CaseSort::Reference, CaseSort::Client,
        CaseSort::Status, CaseSort::Opened, CaseSort::LastIncident, CaseSort::Caseworker};
    const CaseSort sort = column >= 0 && column < ColumnCount ? byColumn[column] : CaseSort::Newest;
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && (sort == CaseSort::Newest || descending == m_query.descending))
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reset();
}

} // namespace td
