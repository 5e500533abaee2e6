#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace td {
struct BackupSummary;
class SecureKey;
} // namespace td

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
    /// The key of an encrypted backup: the open vault's when the backup is of it, else asked
    /// for. Null for a plaintext backup; false when it cannot be had (refused or cancelled).
    bool keyFor(const QString &source, std::shared_ptr<const SecureKey> &key);
    bool confirm(const QString &source, const BackupSummary &backup);
    void restore(const QString &source, const std::shared_ptr<const SecureKey> &key);

    MainWindow &m_window;
};

} // namespace td::ui
