#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace td::ui {

/// File pickers through one seam: tests set the next answer instead of clicking a native dialog.
class FileDialog
{
public:
    static QString openDatabase(QWidget *parent, const QString &folder);
    static QString newDatabase(QWidget *parent, const QString &folder);
    /// An office server's certificate authority (a PEM file). Empty when cancelled.
    static QString certificateAuthority(QWidget *parent, const QString &folder);
    /// Where to save a PDF; ".pdf" is added when the name has no suffix. Empty when cancelled.
    static QString savePdf(QWidget *parent, const QString &folder, const QString &suggestedName);
    /// Where to save a spreadsheet (CSV); ".csv" is added when the name has no suffix. Empty
    /// when cancelled.
    static QString saveCsv(QWidget *parent, const QString &folder, const QString &suggestedName);
    /// Where to save the case list: a CSV file or an Excel workbook, chosen by the file type;
    /// the type's suffix is added when the name has none. Empty when cancelled.
    static QString saveCaseList(
        QWidget *parent, const QString &folder, const QString &suggestedName);
    /// A folder to read from (e.g. a guidance pack). Empty when cancelled.
    static QString existingFolder(QWidget *parent, const QString &title, const QString &folder);
    /// Where to write a backup, starting from `suggestedPath`; ".trustdesk" is added when the name
    /// has no suffix. Does not ask about replacing: a backup never replaces, the caller refuses a
    /// taken name. Empty when cancelled.
    static QString saveBackup(QWidget *parent, const QString &suggestedPath);
    /// Where to save a new vault's recovery key (a text file).
    static QString saveRecoveryKey(QWidget *parent, const QString &suggestedPath);
    /// A backup to restore from. Empty when cancelled.
    static QString openBackup(QWidget *parent, const QString &folder);
    /// An office backup (.tdob) to restore into an empty office database. Empty when cancelled.
    static QString openOfficeBackup(QWidget *parent, const QString &folder);
    /// Where to export published statistics: a CSV table or, when the name ends in .pdf (or that
    /// type is chosen), a PDF report; ".csv" is added when the name has no suffix.
    static QString saveStatistics(
        QWidget *parent, const QString &folder, const QString &suggestedName);

    /// Test seam (over DialogSeam, Kind::FileName): the next call returns this (an empty string
    /// means "cancelled").
    static void setNextFileName(const QString &path);
    /// Test seam: the next calls return these, one each, in order (for a dialog asked again).
    static void setNextFileNames(const QStringList &paths);

private:
    static std::optional<QString> takeNext();
};

} // namespace td::ui
