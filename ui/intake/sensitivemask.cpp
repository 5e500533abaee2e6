#include "sensitivemask.h"

#include "security/sensitivemarker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace td::ui {
namespace {

QString hiddenPlaceholder()
{
    // Short: a date field is narrow. The accessible description and the button say the rest.
    return SensitiveMask::tr("Hidden");
}

QString fieldLabel(const char *context, const char *label)
{
    return QCoreApplication::translate(context, label).remove(QLatin1Char('&'));
}

} // namespace

SensitiveMask::SensitiveMask(QObject *parent)
    : QObject(parent)
{ }

QToolButton *SensitiveMask::addField(
    QLineEdit *field, const QString &key, const char *label, const char *context)
{
    auto *button = new QToolButton;
    button->setObjectName(field->objectName().replace(QLatin1String("LineEdit"), QString())
        + QStringLiteral("RevealToolButton"));
    button->setFocusPolicy(Qt::StrongFocus);
    button->setIcon(SensitiveMarker::icon());
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->hide();
    m_fields.append(
        Field {field, button, key, label, context, {}, field->placeholderText(), {}, false});
    field->installEventFilter(this);
    connect(button, &QToolButton::clicked, this, [this, field] { reveal(field); });
    connect(field, &QLineEdit::textChanged, this, [this, field] {
        if (Field *f = find(field))
            update(*f);
        emit stateChanged();
    });
    update(m_fields.last());
    return button;
}

SensitiveMask::Field *SensitiveMask::find(const QLineEdit *field)
{
    for (auto &f : m_fields) {
        if (f.input == field)
            return &f;
    }
    return nullptr;
}

const SensitiveMask::Field *SensitiveMask::find(const QLineEdit *field) const
{
    for (const auto &f : m_fields) {
        if (f.input == field)
            return &f;
    }
    return nullptr;
}

void SensitiveMask::mask(QLineEdit *field)
{
    Field *f = find(field);
    if (!f)
        return;
    f->hidden = field->text();
    f->masked = !f->hidden.isEmpty();
    field->clear();
    update(*f);
    emit stateChanged();
}

void SensitiveMask::clear()
{
    for (auto &f : m_fields) {
        f.hidden.clear();
        f.masked = false;
        update(f);
    }
    emit stateChanged();
}

QString SensitiveMask::value(const QLineEdit *field) const
{
    const Field *f = find(field);
    return f && f->masked && field->text().isEmpty() ? f->hidden : field->text();
}

bool SensitiveMask::isMasked(const QLineEdit *field) const
{
    const Field *f = find(field);
    return f && f->masked && field->text().isEmpty();
}

bool SensitiveMask::hasMasked() const
{
    for (const auto &f : m_fields) {
        if (f.input && isMasked(f.input))
            return true;
    }
    return false;
}

bool SensitiveMask::reveal(QLineEdit *field)
{
    Field *f = find(field);
    if (!f || !isMasked(field))
        return false;
    if (!revealFields({f}))
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

bool SensitiveMask::revealAll()
{
    QList<Field *> fields;
    for (auto &f : m_fields) {
        if (f.input && isMasked(f.input))
            fields.append(&f);
    }
    return !fields.isEmpty() && revealFields(fields);
}

bool SensitiveMask::revealFields(const QList<Field *> &fields)
{
    QStringList keys;
    for (const Field *f : fields)
        keys.append(f->key);
    // The record comes first: a value is never shown unless its showing is on the record.
    const Status recorded = m_recorder
        ? m_recorder(keys)
        : Status(Error {ErrorKind::Integrity, tr("Revealing cannot be recorded here.")});
    if (!recorded) {
        emit revealFailed(recorded.error().message);
        return false;
    }
    for (Field *f : fields) {
        f->masked = false;
        const QString value = std::exchange(f->hidden, QString());
        f->input->setText(value);
        update(*f);
    }
    emit revealed();
    emit stateChanged();
    return true;
}

void SensitiveMask::update(Field &f)
{
    if (!f.input || !f.button)
        return;
    QLineEdit *input = f.input;
    const bool standing = f.masked && input->text().isEmpty();
    if (input->placeholderText() != f.applied)
        f.placeholder = input->placeholderText(); // the form's own, perhaps just retranslated
    f.applied = standing ? hiddenPlaceholder() : QString();
    input->setPlaceholderText(standing ? f.applied : f.placeholder);
    SensitiveMarker::markInput(input);
    if (standing)
        input->setAccessibleDescription(
            tr("Hidden. Reveal it with the button beside it (recorded in the audit log), or type "
               "a new value to replace it."));
    f.button->setVisible(f.masked);
    f.button->setEnabled(standing);
    f.button->setText(tr("Reveal"));
    const QString label = fieldLabel(f.context, f.label);
    f.button->setAccessibleName(tr("Reveal %1").arg(label));
    f.button->setToolTip(standing ? tr("Show the stored %1 (recorded in the audit log)").arg(label)
                                  : tr("Replaced by what you typed; clear the field to reveal "
                                       "the stored value instead."));
}

void SensitiveMask::retranslate()
{
    for (auto &f : m_fields)
        update(f);
}

bool SensitiveMask::eventFilter(QObject *watched, QEvent *event)
{
    // A field resets its own placeholder on a language change (a date field does): put the
    // "Hidden" one back once it has.
    if (event->type() == QEvent::LanguageChange) {
        QTimer::singleShot(0, this, [this, field = QPointer<QObject>(watched)] {
            if (Field *f = find(qobject_cast<QLineEdit *>(field.data())))
                update(*f);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td::ui
