#include "rowlisteditor.h"

#include "datelineedit.h"
#include "directionfollower.h"
#include "fieldregistry.h"
#include "formundo.h"
#include "security/sensitivemarker.h"
#include "sensitivemask.h"
#include "widgets/objectnames.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {
namespace {

QString label(const char *text)
{
    return QCoreApplication::translate("RowListEditor", text);
}

} // namespace

RowListEditor::RowListEditor(QString prefix, QString pathPrefix, QList<Field> fields,
    const char *addLabel, const char *rowName, FieldRegistry &registry, FormUndo &undo,
    QWidget *parent)
    : QWidget(parent)
    , m_prefix(std::move(prefix))
    , m_pathPrefix(std::move(pathPrefix))
    , m_fields(std::move(fields))
    , m_addLabel(addLabel)
    , m_rowName(rowName)
    , m_registry(registry)
    , m_undo(undo)
    , m_grid(new QGridLayout)
    , m_emptyLabel(new QLabel(this))
    , m_add(new QPushButton(this))
{
    setObjectName(m_prefix + QStringLiteral("RowListEditor"));
    m_add->setObjectName(m_prefix + QStringLiteral("AddPushButton"));
    m_add->setAutoDefault(false);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    for (int c = 0; c < m_fields.size(); ++c) {
        auto *header = new QLabel(this);
        m_headers.append(header);
        QWidget *cell = header;
        if (m_fields.at(c).sensitive) {
            // The header with a lock beside it, as the sensitive client fields have.
            cell = new QWidget(this);
            auto *cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(4);
            cellLayout->addWidget(header);
            m_locks.append(SensitiveMarker::createLock(
                objectNameFor(m_fields.at(c)) + QStringLiteral("SensitiveLabel"), cell));
            cellLayout->addWidget(m_locks.constLast());
            cellLayout->addStretch(1);
        }
        m_headerCells.append(cell);
        m_grid->addWidget(cell, 0, c);
        m_grid->setColumnStretch(c, m_fields.at(c).stretch);
    }
    layout->addLayout(m_grid);
    layout->addWidget(m_emptyLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RowListEditor::addRow);
    retranslate();
    rebuildGrid();
}

QString RowListEditor::objectNameFor(const Field &field) const
{
    const char *suffix = field.type == Field::Type::Check ? "CheckBox" : "LineEdit";
    return m_prefix + camelCase(field.key, FirstLetter::Capitalized) + QString::fromLatin1(suffix);
}

void RowListEditor::setPathPrefix(const QString &pathPrefix)
{
    m_registry.unregisterPrefix(m_pathPrefix + QLatin1Char('['));
    m_pathPrefix = pathPrefix;
    setRows(rows());
}

void RowListEditor::setRows(const QList<QVariantMap> &rows)
{
    // Focus leaves the rows before they go: a focused field's destructor hands the focus on,
    // and whoever listens (the draft is saved when focus moves) must not read half-deleted rows.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        m_add->setFocus(Qt::OtherFocusReason);
    const QList<Row> old = std::exchange(m_rows, {});
    for (const auto &row : old) {
        qDeleteAll(row.cells);
        delete row.remove;
        delete row.note;
    }
    m_registry.unregisterPrefix(m_pathPrefix + QLatin1Char('['));
    for (const auto &values : rows)
        appendRow(values);
    rebuildGrid();
    remaskStored();
}

void RowListEditor::setSensitiveMask(SensitiveMask *mask)
{
    m_mask = mask;
    connect(mask, &SensitiveMask::revealed, this, [this] {
        // A revealed value is the caseworker's to see from now on, in this editor.
        for (const auto &row : std::as_const(m_rows)) {
            for (int c = 0; c < m_fields.size(); ++c) {
                auto *edit = qobject_cast<QLineEdit *>(row.inputs.at(c));
                if (!m_fields.at(c).sensitive || !edit || m_mask->isMasked(edit))
                    continue;
                m_storedHidden.remove(edit->text());
                m_undo.rebase(edit);
            }
        }
    });
}

void RowListEditor::maskStoredValues()
{
    m_storedHidden.clear();
    if (!m_mask)
        return;
    for (const auto &row : std::as_const(m_rows)) {
        for (int c = 0; c < m_fields.size(); ++c) {
            auto *edit = qobject_cast<QLineEdit *>(row.inputs.at(c));
            if (!m_fields.at(c).sensitive || !edit || edit->text().isEmpty())
                continue;
            m_storedHidden.insert(edit->text());
            m_mask->mask(edit);
            m_undo.rebase(edit);
        }
    }
}

void RowListEditor::remaskStored()
{
    if (!m_mask || m_storedHidden.isEmpty())
        return;
    for (const auto &row : std::as_const(m_rows)) {
        for (int c = 0; c < m_fields.size(); ++c) {
            auto *edit = qobject_cast<QLineEdit *>(row.inputs.at(c));
            if (m_fields.at(c).sensitive && edit && m_storedHidden.contains(edit->text())) {
                m_mask->mask(edit);
                m_undo.rebase(edit);
            }
        }
    }
}

QString RowListEditor::textOf(const QWidget *input) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(input);
    if (!edit)
        return {};
    return m_mask ? m_mask->value(edit) : edit->text();
}

void RowListEditor::appendRow(const QVariantMap &values)
{
    Row row;
    const int index = int(m_rows.size());
    for (const auto &field : std::as_const(m_fields)) {
        QWidget *input = nullptr;
        switch (field.type) {
        case Field::Type::Text: {
            auto *edit = new QLineEdit(this);
            edit->setText(values.value(field.key).toString());
            DirectionFollower::follow(edit);
            input = edit;
            break;
        }
        case Field::Type::Date: {
            auto *edit = new DateLineEdit(DateLineEdit::Kind::Date, this);
            edit->setDate(values.value(field.key).toDate());
            input = edit;
            break;
        }
        case Field::Type::Check: {
            auto *box = new QCheckBox(this);
            box->setChecked(values.value(field.key).toBool());
            input = box;
            break;
        }
        }
        input->setObjectName(objectNameFor(field));
        const QString path
            = QStringLiteral("%1[%2].%3").arg(m_pathPrefix).arg(index).arg(field.key);
        row.inputs.append(input);
        QWidget *cell = field.type == Field::Type::Check ? input : m_registry.wrap(input, path);
        auto *edit = qobject_cast<QLineEdit *>(input);
        if (field.sensitive && m_mask && edit && field.type == Field::Type::Text) {
            // The field, and beside it the button that reveals a stored value.
            auto *box = new QWidget(this);
            auto *boxLayout = new QHBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            boxLayout->addWidget(cell, 1);
            QToolButton *reveal = m_mask->addField(edit,
                QStringLiteral("%1_%2").arg(m_prefix, field.key), field.label, "RowListEditor");
            boxLayout->addWidget(reveal, 0, Qt::AlignTop);
            row.reveals.append(reveal);
            cell = box;
        }
        row.cells.append(cell);
        m_undo.watch(input, path);
        if (auto *edit = qobject_cast<QLineEdit *>(input))
            connect(edit, &QLineEdit::textChanged, this, &RowListEditor::changed);
        else if (auto *box = qobject_cast<QCheckBox *>(input))
            connect(box, &QCheckBox::toggled, this, &RowListEditor::changed);
    }
    row.remove = new QPushButton(this);
    row.remove->setObjectName(m_prefix + QStringLiteral("RemovePushButton"));
    row.remove->setAutoDefault(false);
    row.remove->setText(tr("Remove"));
    connect(row.remove, &QPushButton::clicked, this, [this, remove = row.remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeRow(i);
                return;
            }
        }
    });
    m_rows.append(row);
}

namespace {

/// Adding or removing a row, as one step on the form's undo stack: undoing an added row takes
/// that row away (and nothing typed elsewhere), undoing a removal brings the row back.
class RowsChange final : public QUndoCommand
{
public:
    RowsChange(RowListEditor *editor, QList<QVariantMap> before, QList<QVariantMap> after,
        int focusRowAfter)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_focusRowAfter(focusRowAfter)
    { }
    void undo() override { apply(m_before, int(m_before.size()) - 1); }
    void redo() override
    {
        // The first redo happens when the command is pushed: the rows are already as wanted.
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_after, m_focusRowAfter);
    }

private:
    void apply(const QList<QVariantMap> &rows, int focusRow)
    {
        if (m_editor)
            m_editor->restoreRows(rows, focusRow);
    }

    QPointer<RowListEditor> m_editor;
    QList<QVariantMap> m_before;
    QList<QVariantMap> m_after;
    int m_focusRowAfter;
    bool m_first = true;
};

} // namespace

void RowListEditor::addRow()
{
    const QList<QVariantMap> before = rows();
    appendRow({});
    rebuildGrid();
    m_rows.constLast().inputs.constFirst()->setFocus(Qt::OtherFocusReason);
    m_undo.stack()->push(new RowsChange(this, before, rows(), int(m_rows.size()) - 1));
    emit changed();
}

void RowListEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const QList<QVariantMap> before = rows();
    QList<QVariantMap> values = before;
    values.removeAt(index);
    const int focusRow = values.isEmpty() ? -1 : int(qMin<qsizetype>(index, values.size() - 1));
    restoreRows(values, focusRow);
    m_undo.stack()->push(new RowsChange(this, before, values, focusRow));
}

void RowListEditor::restoreRows(const QList<QVariantMap> &values, int focusRow)
{
    setRows(values);
    if (focusRow >= 0 && focusRow < m_rows.size())
        m_rows.at(focusRow).inputs.constFirst()->setFocus(Qt::OtherFocusReason);
    else
        m_add->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void RowListEditor::setRowNote(int index, const QString &text)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row &row = m_rows[index];
    if (!row.note) {
        if (text.isEmpty())
            return;
        row.note = new QLabel(this);
        row.note->setObjectName(m_prefix + QStringLiteral("NoteLabel"));
        row.note->setWordWrap(true);
        row.note->setFocusPolicy(Qt::NoFocus);
        row.note->setTextFormat(Qt::PlainText);
        m_grid->addWidget(row.note, 2 * index + 2, 0, 1, int(m_fields.size()));
    }
    row.note->setText(text);
    row.note->setVisible(!text.isEmpty());
}

QString RowListEditor::rowNote(int index) const
{
    if (index < 0 || index >= m_rows.size() || !m_rows.at(index).note)
        return {};
    return m_rows.at(index).note->text();
}

QList<QVariantMap> RowListEditor::rows() const
{
    QList<QVariantMap> out;
    for (const auto &row : m_rows) {
        QVariantMap values;
        for (int c = 0; c < m_fields.size(); ++c) {
            const QWidget *input = row.inputs.at(c);
            if (const auto *date = qobject_cast<const DateLineEdit *>(input))
                values.insert(m_fields.at(c).key, date->date());
            else if (qobject_cast<const QLineEdit *>(input))
                values.insert(m_fields.at(c).key, textOf(input));
            else if (const auto *box = qobject_cast<const QCheckBox *>(input))
                values.insert(m_fields.at(c).key, box->isChecked());
        }
        out.append(values);
    }
    return out;
}

QWidget *RowListEditor::input(int row, const QString &key) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    for (int c = 0; c < m_fields.size(); ++c) {
        if (m_fields.at(c).key == key)
            return m_rows.at(row).inputs.at(c);
    }
    return nullptr;
}

void RowListEditor::rebuildGrid()
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        for (int c = 0; c < row.cells.size(); ++c) {
            m_grid->addWidget(row.cells.at(c), 2 * r + 1, c, Qt::AlignTop);
            // Shown now, not when the layout gets round to it: focus and Tab must reach a
            // row the moment it is added.
            row.cells.at(c)->setVisible(true);
            row.inputs.at(c)->setAccessibleName(QStringLiteral("%1 %2: %3")
                                                    .arg(label(m_rowName))
                                                    .arg(r + 1)
                                                    .arg(label(m_fields.at(c).label)));
            if (m_fields.at(c).sensitive)
                SensitiveMarker::markInput(row.inputs.at(c));
        }
        m_grid->addWidget(row.remove, 2 * r + 1, int(m_fields.size()), Qt::AlignTop);
        // Each row has a grid line of its own below it for its note, empty and hidden unless set.
        if (row.note)
            m_grid->addWidget(row.note, 2 * r + 2, 0, 1, int(m_fields.size()));
        row.remove->setVisible(true);
        row.remove->setAccessibleName(tr("Remove %1 %2").arg(label(m_rowName)).arg(r + 1));
    }
    for (auto *cell : std::as_const(m_headerCells))
        cell->setVisible(!m_rows.isEmpty());
    m_emptyLabel->setVisible(m_rows.isEmpty());
    orderTabs();
}

QList<QWidget *> RowListEditor::rowFocusOrder(const Row &row)
{
    // A reveal button comes right after its field.
    QList<QWidget *> order;
    for (QWidget *input : row.inputs) {
        order << input;
        for (QWidget *reveal : row.reveals) {
            if (reveal->parentWidget() && reveal->parentWidget()->isAncestorOf(input))
                order << reveal;
        }
    }
    return order;
}

QList<QWidget *> RowListEditor::focusOrder() const
{
    QList<QWidget *> order;
    for (const auto &row : m_rows)
        order << rowFocusOrder(row) << row.remove;
    order << m_add;
    return order;
}

void RowListEditor::orderTabs()
{
    // Tab order follows the rows: every field of a row, its remove button, then the next row,
    // all of it between whatever comes before this list in the form and the Add button.
    QWidget *previous = m_add->previousInFocusChain();
    while (previous && previous != m_add && isAncestorOf(previous))
        previous = previous->previousInFocusChain();
    if (previous == m_add)
        previous = nullptr;
    for (const auto &row : std::as_const(m_rows)) {
        for (QWidget *w : rowFocusOrder(row)) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
        setTabOrder(previous, row.remove);
        previous = row.remove;
    }
    if (previous)
        setTabOrder(previous, m_add);
}

void RowListEditor::retranslate()
{
    for (int c = 0; c < m_headers.size(); ++c)
        m_headers.at(c)->setText(label(m_fields.at(c).label));
    for (auto *lock : std::as_const(m_locks))
        lock->setToolTip(SensitiveMarker::toolTip());
    m_add->setText(label(m_addLabel));
    m_emptyLabel->setText(tr("None yet."));
    for (auto &row : m_rows)
        row.remove->setText(tr("Remove"));
    rebuildGrid();
}

void RowListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui
