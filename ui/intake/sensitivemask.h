#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QLineEdit;
class QToolButton;

namespace td::ui {

/// Keeps a stored case's sensitive values out of their fields until the caseworker reveals them.
/// A masked field is empty, with a "Hidden" placeholder, and the value is held here, so nothing
/// can copy, drag, read aloud or show it in a tooltip. Revealing (one field, or all) writes one
/// audit entry first, through the recorder; if that fails, the field stays masked. Typing into a
/// masked field replaces the value without revealing it: while the field is left empty, the
/// hidden value stands; once something is typed, that is the value.
class SensitiveMask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitiveMask)

public:
    /// Records that the fields with these keys ("phone", "a_number") are being revealed.
    using Recorder = std::function<Status(const QStringList &keys)>;

    explicit SensitiveMask(QObject *parent = nullptr);

    /// Adds a field under its client-field key; returns its reveal button, to place beside it.
    /// `label` is untranslated, in the translation `context` of the form that names it.
    QToolButton *addField(QLineEdit *field, const QString &key, const char *label,
        const char *context = "ClientForm");
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

    /// Hides the field's current text (after it was loaded); an empty field has nothing to hide.
    void mask(QLineEdit *field);
    /// Forgets every hidden value without showing it (the form is loading another case).
    void clear();
    /// The hidden value while the field is masked and left empty; otherwise its text.
    QString value(const QLineEdit *field) const;
    bool isMasked(const QLineEdit *field) const;
    bool hasMasked() const;

    /// Reveals the field (one audit entry); false when nothing was revealed.
    bool reveal(QLineEdit *field);
    /// Reveals every masked field that still stands, in one audit entry.
    bool revealAll();
    /// Texts again, after a language change.
    void retranslate();

signals:
    /// A field was masked, revealed or typed into: "Reveal all" may appear or go.
    void stateChanged();
    /// Fields were revealed: their values are now in the fields.
    void revealed();
    /// Revealing was refused because the audit entry could not be written.
    void revealFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QPointer<QLineEdit> input;
        QPointer<QToolButton> button;
        QString key;
        const char *label = nullptr;
        const char *context = "ClientForm";
        QString hidden;
        QString placeholder; ///< the field's own placeholder, shown again once revealed
        QString applied; ///< the "Hidden" placeholder last put in the field
        bool masked = false;
    };
    Field *find(const QLineEdit *field);
    const Field *find(const QLineEdit *field) const;
    bool revealFields(const QList<Field *> &fields);
    void update(Field &f);

    QList<Field> m_fields;
    Recorder m_recorder;
};

} // namespace td::ui
