#pragma once

#include <QCoreApplication>
#include <QString>

namespace td {
struct BackupSummary;
}

namespace td::ui {

class MainWindow;

/// File › Restore from Backup…: checks the chosen backup off the UI thread, asks plainly before
/// the cases are replaced (Cancel is the default), restores in the background, and reloads
/// everything the window shows. Refuses while a case has unsaved changes; a backup that does not
/// check out is refused and nothing changes.
class RestoreFlow
{
    Q_DECLARE_TR_FUNCTIONS(RestoreFlow)

public:
    explicit RestoreFlow(MainWindow &window);
    void run();

private:
    bool editorIsClear();
    QString chooseBackup();
    bool confirm(const QString &source, const BackupSummary &backup);
    void restore(const QString &source);

    MainWindow &m_window;
};

} // namespace td::ui
