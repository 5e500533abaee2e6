#include "messagebox.h"

#include "dialogseam.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace td::ui {

using Kind = DialogSeam::Kind;

MessageBox::BadDatabaseChoice MessageBox::badDatabase(QWidget *parent, const QString &message)
{
    DialogSeam::noteShown(Kind::BadDatabase, message);
    if (const auto next = DialogSeam::take(Kind::BadDatabase))
        return static_cast<BadDatabaseChoice>(next->toInt());
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
    DialogSeam::noteShown(Kind::Warning, message);
    // A test that chose what to do about a bad database never wants a blocking warning either.
    if (DialogSeam::hasPending(Kind::BadDatabase) || DialogSeam::take(Kind::Warning))
        return;
    QMessageBox::warning(parent, title, message);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &message)
{
    DialogSeam::noteShown(Kind::Information, message);
    if (DialogSeam::take(Kind::Information))
        return;
    QMessageBox::information(parent, title, message);
}

bool MessageBox::question(
    QWidget *parent, const QString &title, const QString &message, const QString &yesText)
{
    DialogSeam::noteShown(Kind::YesNo, message, yesText);
    if (const auto next = DialogSeam::take(Kind::YesNo))
        return next->toBool();
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
    DialogSeam::replace(Kind::YesNo, {yes});
}

void MessageBox::acknowledgeNextWarning()
{
    DialogSeam::replace(Kind::Warning, {true});
}

void MessageBox::acknowledgeNextInformation()
{
    DialogSeam::replace(Kind::Information, {true});
}

void MessageBox::setNextBadDatabaseChoice(BadDatabaseChoice choice)
{
    DialogSeam::replace(Kind::BadDatabase, {int(choice)});
}

QString MessageBox::lastMessage()
{
    const auto shown
        = DialogSeam::lastShown({Kind::BadDatabase, Kind::YesNo, Kind::Warning, Kind::Information});
    return shown ? shown->text : QString();
}

} // namespace td::ui
