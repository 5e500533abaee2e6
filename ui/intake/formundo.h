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

    /// Watches a QLineEdit, QPlainTextEdit, QCheckBox or QComboBox.
    void watch(QWidget *field);
    /// Takes the current values as the starting point (after loading).
    void resetBaseline();
    QUndoStack *stack() const { return m_stack; }
    /// While suspended (loading a case into the form) changes are not recorded; resuming
    /// takes the values as the new baseline.
    void setSuspended(bool suspended);

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
    bool m_applying = false;
    bool m_suspended = false;
};

} // namespace td::ui
