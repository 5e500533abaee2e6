#pragma once

#include "storage/officerquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace td {

/// The roster of repeat officers as a table: incidents, cases, badge, agency, name, violation
/// categories, first and last incident. Numbers and dates are given as such (for sorting); the
/// categories as translated titles.
class OfficerRosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerRosterModel)

public:
    enum Column
    {
        IncidentsColumn,
        CasesColumn,
        BadgeColumn,
        AgencyColumn,
        NameColumn,
        CategoriesColumn,
        FirstColumn,
        LastColumn,
        ColumnCount
    };
    enum Role
    {
        BadgeKeyRole = Qt::UserRole + 1,
        AgencyKeyRole,
    };

    explicit OfficerRosterModel(QObject *parent = nullptr);

    void setEntries(const QList<OfficerRosterEntry> &entries);
    /// Forgets every officer (when the window locks).
    void clear() { setEntries({}); }
    const OfficerRosterEntry *entryAt(int row) const;
    /// Tells views every label changed (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OfficerRosterEntry> m_entries;
};

} // namespace td
