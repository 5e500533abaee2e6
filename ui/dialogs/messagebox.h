#pragma once

#include <QString>

class QWidget;

namespace td::ui {

/// Every modal question the app asks goes through here, so GUI tests can answer it in advance
/// (setNext…, kept in the one DialogSeam queue) instead of blocking on a real dialog.
class MessageBox
{
public:
    enum class BadDatabaseChoice
    {
        OpenAnother,
        CreateNew,
        Quit
    };

    /// The database at hand cannot be used: say why, and let the user pick another file,
    /// create a new one, or quit.
    static BadDatabaseChoice badDatabase(QWidget *parent, const QString &message);
    static void warning(QWidget *parent, const QString &title, const QString &message);
    /// Tells the outcome of something the person asked for (where a backup went).
    static void information(QWidget *parent, const QString &title, const QString &message);
    /// A yes/no question; `yesText` names what "yes" does ("Open in Browser").
    static bool question(
        QWidget *parent, const QString &title, const QString &message, const QString &yesText);

    // Test seams: thin wrappers over DialogSeam, each replacing the answer of its kind.
    static void setNextBadDatabaseChoice(BadDatabaseChoice choice);
    /// The next question() returns this without asking.
    static void setNextAnswer(bool yes);
    /// The next warning() is recorded (lastMessage) but not shown.
    static void acknowledgeNextWarning();
    /// The next information() is recorded (lastMessage) but not shown.
    static void acknowledgeNextInformation();
    /// The text of the last dialog shown (or answered in advance), for tests.
    static QString lastMessage();
};

} // namespace td::ui
