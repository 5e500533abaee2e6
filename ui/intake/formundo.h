#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QUndoStack;
class QWidget;

namespace td::ui {

/// Records every edit a person makes in a form's fields on one QUndoStack, so Ctrl+Z / Ctrl+Shift+Z
/// work across the whole form. Consecutive typing in one field merges into one step; values set
/// by the program (loading a case, undoing) are not recorded.
class FormUndo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormUndo)

public:
    explicit FormUndo(QUndoStack *stack, QObject *parent = nullptr);

    /// Watches a QLineEdit, QPlainTextEdit, QCheckBox or QComboBox. A field given a `key` (its
    /// place in the form, "follow_ups[0].note") may be rebuilt — a row list rebuilds its rows
    /// when one is added or removed — and its steps still undo on the field now at that place.
    void watch(QWidget *field, const QString &key = {});
    /// The field watched under `key` now, or null.
    QWidget *fieldFor(const QString &key) const { return m_byKey.value(key); }
    /// Takes the current values as the starting point (after loading).
    void resetBaseline();
    /// Takes the field's value as it is now as where its next edit starts from (a value was put
    /// in or taken out of it by the program, e.g. masked: undo must not bring it back).
    void rebase(QWidget *field);
    QUndoStack *stack() const { return m_stack; }
    /// While suspended (loading a case into the form) changes are not recorded; resuming
    /// takes the values as the new baseline.
    void setSuspended(bool suspended);

    /// Records a change the program made on the person's behalf (clearing a name when they tick
    /// "Anonymous"), as one undoable step.
    void recordChange(QWidget *field) { record(field); }

    static QVariant valueOf(const QWidget *field);
    /// Sets a field's value without recording it.
    void apply(QWidget *field, const QVariant &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// A watched field changed, by the user or by undo/redo.
    void fieldChanged(QWidget *field);

private:
    void record(QWidget *field);

    QUndoStack *m_stack;
    QHash<QWidget *, QVariant> m_last;
    QHash<QWidget *, QString> m_keys;
    QHash<QString, QPointer<QWidget>> m_byKey;
    bool m_applying = false;
    bool m_suspended = false;
};

} // namespace td::ui
