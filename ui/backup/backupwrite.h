#pragma once

#include <QCoreApplication>
#include <QString>

namespace td {
class BackupJob;
}

namespace td::ui {

class MainWindow;

/// The part of File › Back Up… that a database file and an office server share, once the file
/// is chosen: the job behind the progress dialog, then what a person needs to hear.
class BackupWrite
{
    Q_DECLARE_TR_FUNCTIONS(BackupWrite)

public:
    /// Runs `job` (taken) writing `destination`. A Cancel is said in the status bar, a failure in
    /// a warning; a written backup gets `writtenText` in a message, with a note when the open
    /// case has changes not saved yet. True when the backup was written.
    static bool run(
        MainWindow &window, BackupJob *job, const QString &destination, const QString &writtenText);
};

} // namespace td::ui
