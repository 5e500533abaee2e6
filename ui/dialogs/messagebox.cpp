#include "messagebox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace td::ui {

std::optional<MessageBox::BadDatabaseChoice> MessageBox::s_nextChoice;
QString MessageBox::s_lastMessage;
std::optional<bool> MessageBox::s_nextAnswer;
bool MessageBox::s_acknowledgeWarning = false;
bool MessageBox::s_acknowledgeInformation = false;

MessageBox::BadDatabaseChoice MessageBox::badDatabase(QWidget *parent, const QString &message)
{
    s_lastMessage = message;
    if (s_nextChoice) {
        const auto choice = *s_nextChoice;
        s_nextChoice.reset();
        return choice;
    }
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("badDatabaseMessageBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("MessageBox", "TrustDesk"));
    box.setText(QCoreApplication::translate("MessageBox", "TrustDesk cannot open this database."));
    box.setInformativeText(message);
    auto *openAnother = box.addButton(
        QCoreApplication::translate("MessageBox", "Open Another…"), QMessageBox::AcceptRole);
    auto *createNew = box.addButton(
        QCoreApplication::translate("MessageBox", "Create New…"), QMessageBox::ActionRole);
    auto *quit
        = box.addButton(QCoreApplication::translate("MessageBox", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(openAnother);
    box.setEscapeButton(quit);
    box.exec();
    if (box.clickedButton() == openAnother)
        return BadDatabaseChoice::OpenAnother;
    if (box.clickedButton() == createNew)
        return BadDatabaseChoice::CreateNew;
    return BadDatabaseChoice::Quit;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &message)
{
    s_lastMessage = message;
    if (s_nextChoice
        || std::exchange(
            s_acknowledgeWarning, false)) // tests that pre-answer never want a blocking dialog
        return;
    QMessageBox::warning(parent, title, message);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &message)
{
    s_lastMessage = message;
    if (std::exchange(s_acknowledgeInformation, false))
        return;
    QMessageBox::information(parent, title, message);
}

bool MessageBox::question(
    QWidget *parent, const QString &title, const QString &message, const QString &yesText)
{
    s_lastMessage = message;
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("questionMessageBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(message);
    auto *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setNextAnswer(bool yes)
{
    s_nextAnswer = yes;
}

void MessageBox::acknowledgeNextWarning()
{
    s_acknowledgeWarning = true;
}

void MessageBox::acknowledgeNextInformation()
{
    s_acknowledgeInformation = true;
}

void MessageBox::setNextBadDatabaseChoice(BadDatabaseChoice choice)
{
    s_nextChoice = choice;
}

QString MessageBox::lastMessage()
{
    return s_lastMessage;
}

} // namespace td::ui
