#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace td::ui {

/// Every modal question the app asks goes through here, so GUI tests can answer it in advance
/// (setNext…) instead of blocking on a real dialog.
class MessageBox
{
public:
    enum class BadDatabaseChoice { OpenAnother, CreateNew, Quit };

    /// The database at hand cannot be used: say why, and let the user pick another file,
    /// create a new one, or quit.
    static BadDatabaseChoice badDatabase(QWidget *parent, const QString &message);
    static void warning(QWidget *parent, const QString &title, const QString &message);

    // Test seams.
    static void setNextBadDatabaseChoice(BadDatabaseChoice choice);
    /// The text of the last dialog shown (or answered in advance), for tests.
    static QString lastMessage();

private:
    static std::optional<BadDatabaseChoice> s_nextChoice;
    static QString s_lastMessage;
};

} // namespace td::ui
