#include "officerrostermodel.h"

#include "domain/violationcategory.h"

#include <QCoreApplication>

namespace td {

OfficerRosterModel::OfficerRosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OfficerRosterModel::setEntries(const QList<OfficerRosterEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const OfficerRosterEntry *OfficerRosterModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void OfficerRosterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OfficerRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OfficerRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficerRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfficerRosterEntry &e = m_entries.at(index.row());
    if (role == BadgeKeyRole)
        return e.badgeKey;
    if (role == AgencyKeyRole)
        return e.agencyKey;
    if (role == Qt::TextAlignmentRole)
        return index.column() <= CasesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IncidentsColumn:
        return e.incidents;
    case CasesColumn:
        return e.cases;
    case BadgeColumn:
        return e.badgeNumber;
    case AgencyColumn:
        return e.agency.isEmpty()
            ? QCoreApplication::translate("OfficerRosterModel", "(agency unknown)")
            : e.agency;
    case NameColumn:
        return e.name;
    case CategoriesColumn: {
        QStringList titles;
        for (const auto &code : e.categories) {
            const ViolationCategory *category = findViolationCategory(code);
            titles.append(category ? category->translatedTitle() : code);
        }
        return titles.join(QLatin1String(", "));
    }
    case FirstColumn:
        return e.firstIncidentOn;
    case LastColumn:
        return e.lastIncidentOn;
    default:
        return {};
    }
}

QVariant OfficerRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncidentsColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Incidents");
    case CasesColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Cases");
    case BadgeColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Badge");
    case AgencyColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Agency");
    case NameColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Name");
    case CategoriesColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Violations");
    case FirstColumn:
        return QCoreApplication::translate("OfficerRosterModel", "First incident");
    case LastColumn:
        return QCoreApplication::translate("OfficerRosterModel", "Last incident");
    default:
        return {};
    }
}

} // namespace td
