#include "statisticstablemodel.h"

#include <QFont>
#include <QLocale>

namespace td::ui {

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatisticsTableModel::setTable(const StatisticsTable &table)
{
    beginResetModel();
    m_table = table;
    m_empty = false;
    endResetModel();
}

void StatisticsTableModel::setUnit(StatisticsUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void StatisticsTableModel::clear()
{
    beginResetModel();
    m_table = {};
    m_empty = true;
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_empty)
        return 0;
    return int(m_table.rows.size()) + 1;
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_empty)
        return 0;
    // labels, the cells (one column for one dimension), the row totals (two dimensions)
    return m_table.isTwoDimensional() ? int(m_table.columns.size()) + 2 : 2;
}

int StatisticsTableModel::tableRow(int row) const
{
    return row >= 0 && row < m_table.rows.size() ? row : -1;
}

int StatisticsTableModel::tableColumn(int column) const
{
    if (!m_table.isTwoDimensional())
        return column == 1 ? 0 : -1;
    return column >= 1 && column <= m_table.columns.size() ? column - 1 : -1;
}

bool StatisticsTableModel::isTotalColumn(int column) const
{
    return m_table.isTwoDimensional() && column == columnCount() - 1;
}

StatisticsCount StatisticsTableModel::countAt(int row, int column) const
{
    const int r = tableRow(row);
    const int c = tableColumn(column);
    if (!m_table.isTwoDimensional())
        return r >= 0 ? m_table.rowTotals.value(r) : m_table.total;
    if (r >= 0)
        return c >= 0 ? m_table.cell(r, c) : m_table.rowTotals.value(r);
    return c >= 0 ? m_table.columnTotals.value(c) : m_table.total;
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int r = tableRow(row);
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (r >= 0)
                return m_table.rows.at(r).label;
            return m_table.isOverlapping(m_unit) ? tr("Total (each counted once)") : tr("Total");
        case RowKeyRole:
            return r >= 0 ? QVariant(m_table.rows.at(r).key) : QVariant();
        default:
            return {};
        }
    }
    const qint64 count = countAt(row, column).of(m_unit);
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(count);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    case CountRole:
        return count;
    case RowKeyRole:
        return r >= 0 ? QVariant(m_table.rows.at(r).key) : QVariant();
    case ColumnKeyRole: {
        const int c = tableColumn(column);
        if (c < 0 || !m_table.isTwoDimensional())
            return {};
        return m_table.columns.at(c).key;
    }
    case Qt::FontRole:
        if (r < 0 || isTotalColumn(column)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return statisticsDimensionTitle(m_table.rowDimension);
    if (!m_table.isTwoDimensional())
        return statisticsUnitTitle(m_unit);
    if (isTotalColumn(section))
        return m_table.isOverlapping(m_unit) ? tr("Total (each counted once)") : tr("Total");
    return m_table.columns.at(section - 1).label;
}

} // namespace td::ui
