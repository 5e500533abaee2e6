#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace td::ui {

class MainWindow;

/// File › Back Up…: asks where to write, refuses a name that is taken, writes the backup and its
/// evidence off the UI thread with progress and Cancel, and says where the two went.
class BackupFlow
{
    Q_DECLARE_TR_FUNCTIONS(BackupFlow)

public:
    explicit BackupFlow(MainWindow &window);
    void run();

    /// "TrustDesk backup YYYY-MM-DD.trustdesk" in the person's Documents folder.
    static QString suggestedPath(const QDate &day);

private:
    QString chooseDestination();

    MainWindow &m_window;
};

} // namespace td::ui
