#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <QWidget>

class QGridLayout;
class QPushButton;
class QLabel;

namespace td::ui {

class FieldRegistry;
class FormUndo;
class SensitiveMask;

/// Rows of small records edited in place: officers, witnesses, complaints, follow-ups.
/// Each row is a line of fields plus a remove button; "Add" appends a row and focuses it, so
/// the whole list is keyboard-only friendly.
class RowListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowListEditor)

public:
    struct Field
    {
        enum class Type
        {
            Text,
            Date,
            Check
        };
        QString key; ///< interchange key, e.g. "badge_number"; also the validation path
        const char *label; ///< untranslated; translated in the "RowListEditor" context
        Type type = Type::Text;
        int stretch = 1;
        bool sensitive
            = false; ///< withheld unless included (a witness's contact): a lock on the column
    };

    /// `prefix` names the rows ("officer" → officerBadgeNumberLineEdit), `pathPrefix` their
    /// validation paths ("incidents[0].officers").
    RowListEditor(QString prefix, QString pathPrefix, QList<Field> fields, const char *addLabel,
        const char *rowName, FieldRegistry &registry, FormUndo &undo, QWidget *parent = nullptr);

    void setRows(const QList<QVariantMap> &rows);
    /// Sensitive text fields get a reveal button and are masked by `mask` (owned by the caller,
    /// which records reveals). Call before the first row is added.
    void setSensitiveMask(SensitiveMask *mask);
    /// Hides the stored values of the sensitive fields (a stored case was loaded): they stay
    /// hidden, through undo and redo of added or removed rows, until revealed.
    void maskStoredValues();
    QList<QVariantMap> rows() const;
    int rowCount() const { return int(m_rows.size()); }
    QWidget *input(int row, const QString &key) const;
    void setPathPrefix(const QString &pathPrefix);

    void addRow();
    /// The "Add …" button: the list's place in the tab order (rows come right before it).
    QPushButton *addButton() const { return m_add; }
    /// Puts the rows in the tab order right before the Add button, wherever that is now (call
    /// again after the list moved to another window).
    void orderTabs();
    /// The list's keyboard stops in order: each row's fields and Remove button, then Add.
    QList<QWidget *> focusOrder() const;
    void removeRow(int row);
    /// Sets the rows as an undo or redo step does, focusing row `focusRow` (or the Add button).
    void restoreRows(const QList<QVariantMap> &rows, int focusRow);
    /// A line of text under a row, across its fields ("This officer appears in 2 other cases…");
    /// empty hides it. It never takes the focus. Gone when the rows are set anew.
    void setRowNote(int row, const QString &text);
    QString rowNote(int row) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QList<QWidget *> inputs;
        QList<QWidget *> cells; ///< what sits in the grid (wrapped inputs)
        QList<QWidget *> reveals; ///< the reveal buttons of masked fields, in the Tab order
        QPushButton *remove = nullptr;
        QLabel *note = nullptr; ///< made by setRowNote
    };
    void appendRow(const QVariantMap &values);
    static QList<QWidget *> rowFocusOrder(const Row &row);
    void rebuildGrid();
    void retranslate();
    QString objectNameFor(const Field &field) const;

    /// Masks again, after rows were rebuilt, the fields that hold a stored value not revealed.
    void remaskStored();
    QString textOf(const QWidget *input) const;

    QString m_prefix;
    QString m_pathPrefix;
    SensitiveMask *m_mask = nullptr;
    QSet<QString> m_storedHidden; ///< stored sensitive values never revealed in this editor
    QList<Field> m_fields;
    const char *m_addLabel;
    const char *m_rowName;
    FieldRegistry &m_registry;
    FormUndo &m_undo;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_headers;
    QList<QWidget *>
        m_headerCells; ///< what sits in the grid: the header, with a lock when sensitive
    QList<QLabel *> m_locks;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_rows;
};

} // namespace td::ui
