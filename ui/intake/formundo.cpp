#include "formundo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoCommand>
#include <QUndoStack>

namespace td::ui {
namespace {

/// One edit of one field; merges with the next edit of the same field.
class FieldEdit final : public QUndoCommand
{
public:
    FieldEdit(FormUndo *undo, QWidget *field, QString key, QVariant before, QVariant after)
        : m_undo(undo)
        , m_field(field)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    int id() const override { return 0x7d01; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const FieldEdit *>(other);
        if (edit->m_field != m_field || !m_field
            || (!qobject_cast<QLineEdit *>(m_field) && !qobject_cast<QPlainTextEdit *>(m_field)))
            return false;
        m_after = edit->m_after;
        return true;
    }
    void undo() override { set(m_before); }
    void redo() override
    {
        // The first redo happens when the command is pushed: the field already holds the value.
        if (m_first) {
            m_first = false;
            return;
        }
        set(m_after);
    }

private:
    void set(const QVariant &value)
    {
        if (!m_field && !m_key.isEmpty())
            m_field = m_undo->fieldFor(m_key); // rebuilt since: the field now in its place
        if (m_field) {
            m_undo->apply(m_field, value);
            m_field->setFocus(Qt::OtherFocusReason);
        }
    }

    FormUndo *m_undo;
    QPointer<QWidget> m_field;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
    bool m_first = true;
};

} // namespace

FormUndo::FormUndo(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{ }

QVariant FormUndo::valueOf(const QWidget *field)
{
    if (const auto *e = qobject_cast<const QLineEdit *>(field))
        return e->text();
    if (const auto *e = qobject_cast<const QPlainTextEdit *>(field))
        return e->toPlainText();
    if (const auto *c = qobject_cast<const QCheckBox *>(field))
        return c->isChecked();
    if (const auto *c = qobject_cast<const QComboBox *>(field))
        return c->currentIndex();
    return {};
}

void FormUndo::apply(QWidget *field, const QVariant &value)
{
    m_applying = true;
    if (auto *e = qobject_cast<QLineEdit *>(field))
        e->setText(value.toString());
    else if (auto *e = qobject_cast<QPlainTextEdit *>(field))
        e->setPlainText(value.toString());
    else if (auto *c = qobject_cast<QCheckBox *>(field))
        c->setChecked(value.toBool());
    else if (auto *c = qobject_cast<QComboBox *>(field))
        c->setCurrentIndex(value.toInt());
    m_last.insert(field, value);
    m_applying = false;
    emit fieldChanged(field);
}

void FormUndo::watch(QWidget *field, const QString &key)
{
    m_last.insert(field, valueOf(field));
    if (!key.isEmpty()) {
        m_keys.insert(field, key);
        m_byKey.insert(key, field);
    }
    if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field))
        field->installEventFilter(this);
    connect(field, &QObject::destroyed, this, [this, field] {
        m_last.remove(field);
        m_keys.remove(field);
    });
    if (auto *e = qobject_cast<QLineEdit *>(field)) {
        connect(e, &QLineEdit::textEdited, this, [this, field] { record(field); });
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(field)) {
        connect(e, &QPlainTextEdit::textChanged, this, [this, field] { record(field); });
    } else if (auto *c = qobject_cast<QCheckBox *>(field)) {
        connect(c, &QCheckBox::clicked, this, [this, field] { record(field); });
    } else if (auto *c = qobject_cast<QComboBox *>(field)) {
        connect(c, &QComboBox::activated, this, [this, field] { record(field); });
    }
}

bool FormUndo::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields keep their own undo history; route Ctrl+Z / Ctrl+Shift+Z to the form's instead,
    // so undo walks back through the whole form in the order things were typed.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_stack->undo();
                else
                    m_stack->redo();
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void FormUndo::resetBaseline()
{
    for (auto it = m_last.begin(); it != m_last.end(); ++it)
        it.value() = valueOf(it.key());
}

void FormUndo::rebase(QWidget *field)
{
    if (m_last.contains(field))
        m_last.insert(field, valueOf(field));
}

void FormUndo::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (!suspended)
        resetBaseline();
}

void FormUndo::record(QWidget *field)
{
    if (m_applying || m_suspended)
        return;
    const QVariant now = valueOf(field);
    const QVariant before = m_last.value(field);
    if (now == before)
        return;
    m_last.insert(field, now);
    m_stack->push(new FieldEdit(this, field, m_keys.value(field), before, now));
    emit fieldChanged(field);
}

} // namespace td::ui
