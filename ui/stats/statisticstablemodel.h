#pragma once

#include "stats/statisticstable.h"

#include <QAbstractTableModel>

namespace td::ui {

/// A StatisticsTable as a grid for a QTableView: one row per row key then a "Total" row; one
/// column for the row labels, one per column key (or a single count column for one dimension),
/// then the row totals. Counts are the raw ones, for the office's eyes.
class StatisticsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsTableModel)

public:
    enum Role
    {
        RowKeyRole = Qt::UserRole + 1, ///< the row's key; invalid on the total row
        ColumnKeyRole, ///< the column's key; invalid on the label and total columns
        CountRole, ///< the count as a number
    };

    explicit StatisticsTableModel(QObject *parent = nullptr);

    void setTable(const StatisticsTable &table);
    const StatisticsTable &table() const { return m_table; }
    void setUnit(StatisticsUnit unit);
    StatisticsUnit unit() const { return m_unit; }
    void clear();

    /// The table row of model row `row`, or -1 for the total row.
    int tableRow(int row) const;
    /// The table column of model column `column`; -1 for the labels and the totals.
    int tableColumn(int column) const;
    bool isTotalColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StatisticsCount countAt(int row, int column) const;

    StatisticsTable m_table;
    StatisticsUnit m_unit = StatisticsUnit::Cases;
    bool m_empty = true;
};

} // namespace td::ui
