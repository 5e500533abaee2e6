#include "evidencelistmodel.h"

#include "common/displayformat.h"
#include "common/officeprofile.h"
#include "evidence/evidencelabels.h"
#include "evidence/evidencenames.h"
#include "evidence/redactedorder.h"

#include <QCoreApplication>
#include <QLocale>

namespace td {

EvidenceListModel::EvidenceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EvidenceListModel::setItems(const QList<StoredEvidence> &items)
{
    beginResetModel();
    m_items = redactedCopiesFirst(items);
    endResetModel();
}

const StoredEvidence *EvidenceListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int EvidenceListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.id == id)
            return row;
    }
    return -1;
}

QString EvidenceListModel::redactedLabel(const StoredEvidence &copy) const
{
    const int row = rowOfId(copy.parentId);
    if (row < 0)
        return EvidenceLabels::redactedCopyOf(copy.parentId);
    return EvidenceLabels::redactedCopyOfFile(
        EvidenceNames::displayName(m_items.at(row).item.originalName));
}

void EvidenceListModel::retranslate()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceListModel::displaySize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredEvidence &e = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return e.item.id;
    case Sha256Role:
        return e.item.sha256;
    case MediaTypeRole:
        return e.item.mediaType;
    case InStoreRole:
        return e.inStore;
    case SizeBytesRole:
        return e.item.sizeBytes;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (e.isRedactedCopy())
                return QCoreApplication::translate("EvidenceListModel", "%1 (%2)")
                    .arg(EvidenceNames::displayName(e.item.originalName), redactedLabel(e));
            return EvidenceNames::displayName(e.item.originalName);
        case TypeColumn:
            return e.item.mediaType;
        case SizeColumn:
            return displaySize(e.item.sizeBytes);
        case CapturedColumn: {
            if (!e.item.capturedAt.isValid())
                return QString();
            const QString when
                = displayDateTime(e.item.capturedAt, OfficeProfile::current().timeZone());
            const QString origin = EvidenceLabels::capturedOriginShort(e.item.capturedOrigin);
            return origin.isEmpty()
                ? when
                : QCoreApplication::translate("EvidenceListModel", "%1 (%2)").arg(when, origin);
        }
        case SourceColumn:
            return EvidenceLabels::source(e.item.source);
        case Sha256Column:
            return e.item.sha256.left(16) + QStringLiteral("…");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Sha256Column)
            return e.item.sha256;
        if (index.column() == CapturedColumn && e.item.capturedAt.isValid())
            return EvidenceLabels::capturedSentence(
                displayDateTime(e.item.capturedAt, OfficeProfile::current().timeZone()),
                e.item.capturedOrigin, e.item.mediaType);
        if (index.column() == NameColumn) {
            QString tip = EvidenceNames::displayName(e.item.originalName);
            if (!e.item.description.isEmpty())
                tip += QLatin1Char('\n') + e.item.description;
            if (!e.inStore)
                tip += QLatin1Char('\n')
                    + QCoreApplication::translate("EvidenceListModel",
                        "Only the details were imported; the file is not in the evidence store.");
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    default:
        return {};
    }
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("EvidenceListModel", "Name");
    case TypeColumn:
        return QCoreApplication::translate("EvidenceListModel", "Type");
    case SizeColumn:
        return QCoreApplication::translate("EvidenceListModel", "Size");
    case CapturedColumn:
        return QCoreApplication::translate("EvidenceListModel", "Captured");
    case SourceColumn:
        return QCoreApplication::translate("EvidenceListModel", "Source");
    case Sha256Column:
        return QCoreApplication::translate("EvidenceListModel", "SHA-256");
    default:
        return {};
    }
}

} // namespace td
