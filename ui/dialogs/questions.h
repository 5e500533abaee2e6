#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace td::ui {

/// Yes/no-style questions (discard changes? restore a draft? delete this case?) through one
/// seam: a GUI test sets the next answer instead of clicking a modal dialog.
class Questions
{
public:
    /// Asks `text` with the given buttons; returns the index of the one chosen (escapeIndex
    /// when the dialog is closed).
    static int ask(QWidget *parent, const QString &title, const QString &text,
        const QStringList &buttons, int defaultIndex, int escapeIndex);

    /// Asks for a passphrase or password (echo off); nullopt for Cancel. A GUI test answers it
    /// through DialogSeam (Kind::Text; an invalid value is Cancel).
    static std::optional<QString> passphrase(
        QWidget *parent, const QString &title, const QString &label);

    // Test seams: thin wrappers over DialogSeam (Kind::Choice).
    static void setNextAnswer(int index);
    static void clearNextAnswer();
    static QString lastQuestion();
    /// The button of the last question that Enter would have chosen.
    static QString lastDefaultButton();
    static bool hasPendingAnswer();
};

} // namespace td::ui
