#include "filedialog.h"

#include "dialogseam.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace td::ui {

std::optional<QString> FileDialog::takeNext()
{
    if (const auto next = DialogSeam::take(DialogSeam::Kind::FileName))
        return next->toString();
    return std::nullopt;
}

void FileDialog::setNextFileName(const QString &path)
{
    DialogSeam::replace(DialogSeam::Kind::FileName, {path});
}

void FileDialog::setNextFileNames(const QStringList &paths)
{
    QList<QVariant> answers;
    for (const QString &p : paths)
        answers.append(p);
    DialogSeam::replace(DialogSeam::Kind::FileName, answers);
}

QString FileDialog::openDatabase(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("FileDialog", "Open TrustDesk Database"), folder,
        QCoreApplication::translate(
            "FileDialog", "TrustDesk databases (*.sqlite *.trustdesk *.db);;All files (*)"));
}

QString FileDialog::certificateAuthority(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("FileDialog", "Office Server's Certificate Authority"), folder,
        QCoreApplication::translate(
            "FileDialog", "Certificates (*.pem *.crt *.cer);;All files (*)"));
}

QString FileDialog::newDatabase(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("FileDialog", "New TrustDesk Database"), folder,
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
        path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("FileDialog", "Save as PDF"),
            QDir(folder).filePath(suggestedName),
            QCoreApplication::translate("FileDialog", "PDF documents (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

QString FileDialog::saveCsv(QWidget *parent, const QString &folder, const QString &suggestedName)
{
    QString path;
    if (auto next = takeNext())
        path = *next;
    else
        path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("FileDialog", "Export Case List"),
            QDir(folder).filePath(suggestedName),
            QCoreApplication::translate("FileDialog", "CSV spreadsheets (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path;
}

QString FileDialog::saveCaseList(
    QWidget *parent, const QString &folder, const QString &suggestedName)
{
    const QString csv = QCoreApplication::translate("FileDialog", "CSV spreadsheets (*.csv)");
    const QString xlsx = QCoreApplication::translate("FileDialog", "Excel workbooks (*.xlsx)");
    QString path;
    QString chosen = csv;
    if (auto next = takeNext())
        path = *next;
    else
        path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("FileDialog", "Export Case List"),
            QDir(folder).filePath(suggestedName), csv + QStringLiteral(";;") + xlsx, &chosen);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += chosen == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    return path;
}

QString FileDialog::saveRecoveryKey(QWidget *parent, const QString &suggestedPath)
{
    QString path;
    if (auto next = takeNext())
        path = *next;
    else
        path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("FileDialog", "Save Recovery Key As"), suggestedPath,
            QCoreApplication::translate("FileDialog", "Text files (*.txt)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    return path;
}

QString FileDialog::saveBackup(QWidget *parent, const QString &suggestedPath)
{
    QString path;
    if (auto next = takeNext())
        path = *next;
    else
        path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("FileDialog", "Save Backup As"), suggestedPath,
            QCoreApplication::translate("FileDialog", "TrustDesk backups (*.trustdesk)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".trustdesk");
    return path;
}

QString FileDialog::openBackup(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("FileDialog", "Restore from Backup"), folder,
        QCoreApplication::translate(
            "FileDialog", "TrustDesk backups (*.trustdesk *.sqlite *.db);;All files (*)"));
}

QString FileDialog::openOfficeBackup(QWidget *parent, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("FileDialog", "Restore Office Backup"), folder,
        QCoreApplication::translate(
            "FileDialog", "TrustDesk office backups (*.tdob);;All files (*)"));
}

QString FileDialog::saveStatistics(
    QWidget *parent, const QString &folder, const QString &suggestedName)
{
    QString path;
    if (auto next = takeNext()) {
        path = *next;
    } else {
        const QString csv = QCoreApplication::translate("FileDialog", "CSV spreadsheets (*.csv)");
        const QString pdf = QCoreApplication::translate("FileDialog", "PDF documents (*.pdf)");
        QString chosen;
        path = QFileDialog::getSaveFileName(parent,
            QCoreApplication::translate("FileDialog", "Export Statistics"),
            QDir(folder).filePath(suggestedName), csv + QStringLiteral(";;") + pdf, &chosen);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty() && chosen == pdf)
            path += QStringLiteral(".pdf");
    }
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path;
}

QString FileDialog::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace td::ui
