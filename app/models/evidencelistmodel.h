#pragma once

#include "evidence/storedevidence.h"

#include <QAbstractTableModel>
#include <QList>

namespace td {

/// A case's evidence as a table: name, type, size, date captured, source, SHA-256. Data roles
/// only; the UI adds thumbnails and icons (see Sha256Role and MediaTypeRole).
class EvidenceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceListModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        SizeColumn,
        CapturedColumn,
        SourceColumn,
        Sha256Column,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        Sha256Role,
        MediaTypeRole,
        InStoreRole,
        SizeBytesRole
    };

    explicit EvidenceListModel(QObject *parent = nullptr);

    void setItems(const QList<StoredEvidence> &items);
    const QList<StoredEvidence> &items() const { return m_items; }
    /// The item of a row; null when out of range.
    const StoredEvidence *itemAt(int row) const;
    int rowOfId(qint64 id) const;
    /// Tells views every label changed (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "12.3 MB"-style sizes in the current locale.
    static QString displaySize(qint64 bytes);

private:
    /// "redacted copy of photo.jpg"; by number only when the original is no longer listed.
    QString redactedLabel(const StoredEvidence &copy) const;

    QList<StoredEvidence> m_items;
};

} // namespace td
