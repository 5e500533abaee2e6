#include "filedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

QString FileDialog::savePdf(QWidget *parent, const QString &folder, const QString &suggestedName)
{
    QString path;
    if (auto next = takeNext())
        path = *next;
    else
        path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("FileDialog", "Save as PDF"),
                                            QDir(folder).filePath(suggestedName),
                                            QCoreApplication::translate("FileDialog", "PDF documents (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

QString FileDialog::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace td::ui
