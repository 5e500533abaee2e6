#include "filedialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace td::ui {

std::optional<QString> FileDialog::s_next;

std::optional<QString> FileDialog::takeNext()
{
    auto next = s_next;
    s_next.reset();
    return next;
}

void FileDialog::setNextFileName(const QString &path)
{
    s_next = path;
}

QString FileDialog::openDatabase(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("FileDialog", "Open TrustDesk Database"), folder,
                                        QCoreApplication::translate("FileDialog", "TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)"));
}

QString FileDialog::newDatabase(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("FileDialog", "New TrustDesk Database"), folder,
                                                QCoreApplication::translate("FileDialog", "TrustDesk databases (*.sqlite)"));
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".sqlite");
    return path;
}

} // namespace td::ui
