#pragma once

#include "storage/database.h"
#include "storage/databasesession.h"

#include <QMainWindow>

#include <limits>
#include <memory>

class QLabel;
class QStackedWidget;

namespace td {
class CaseRepository;
class DatabaseWatcher;
class Settings;
} // namespace td

namespace td::ui {

class CaseListPage;
class CaseWorkspace;
class FollowUpsDock;
class IdleLock;
class LockScreen;
class SessionLockWatcher;
class PlaintextBanner;

/// The application shell: menus, status bar and the open database; the pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    Settings &settings() { return m_settings; }
    ~MainWindow() override;

    /// Opens `path` (creating it when missing). When it cannot be used, explains why and lets the
    /// user open another file, create a new one, or give up; false means nothing is open. A
    /// vault is not opened yet: the window locks and opens it once its passphrase or recovery
    /// key is entered.
    bool openDatabase(const QString &path);
    /// Opens the database of an unlocked session (a vault just made, a restored one); explains
    /// and returns false when it cannot be opened.
    bool openSession(const DatabaseSession &session);
    /// Connects to the office server at `uri` (File › Connect to Office Server…, or the one
    /// remembered from last time): tries it as it is (a password from ~/.pgpass, or none), and
    /// when that does not work shows the connect dialog filled in, with the reason. Then unlocks
    /// the office key. False when the person cancelled and nothing new is open.
    bool connectToServer(const QString &uri);
    /// The connect dialog, filled in from `uri` (no password) with `message` under the fields.
    bool showConnectDialog(const QString &uri, const QString &message = {});
    /// Whether the open database is an office server.
    bool isOnServer() const { return m_session.isServer(); }
    Database *database() const { return m_database.get(); }
    /// The open database's path and key: what opens every further connection to it.
    const DatabaseSession &session() const { return m_session; }
    CaseListPage *caseListPage() const { return m_page; }
    CaseWorkspace *workspace() const { return m_workspace; }
    FollowUpsDock *followUpsDock() const { return m_followUps; }
    /// Locks: keeps what the editor holds in its (sealed) draft, closes every window that shows
    /// case data, empties every model, closes the database and lets go of its key; the unlock
    /// derives the key again, reopens the database and brings back the selected case and the
    /// editor. Also after the idle time in Settings and when the desktop session locks.
    void lock();
    /// Lock Now (Ctrl+L): with neither a vault nor an app passphrase, anyone could undo the lock
    /// with one click, so a passphrase is asked for first; declined, the window stays unlocked
    /// and says why.
    void lockNow();
    bool isLocked() const;
    /// Test seam: the idle time in milliseconds (0 disables).
    void setIdleLockInterval(int milliseconds);
    /// Follows the desktop's lock, screen saver and suspend (made once the window is shown).
    SessionLockWatcher *sessionLockWatcher() const { return m_sessionLock; }
    /// Notices changes made by other programs and windows to the open database.
    DatabaseWatcher *databaseWatcher() const { return m_watcher; }
    /// Reads the case list, the selected case and the follow-ups again (View › Refresh, and
    /// whenever another program changed the database); tells the editor if its case changed.
    void refreshAll();

    /// No dock and toolbar menu while locked: it would let the Follow-ups dock be shown.
    QMenu *createPopupMenu() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void setDatabase(std::unique_ptr<Database> database);
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void showPreferences();
    void showSecurity();
    /// Whether a secret (a vault's passphrase or the app passphrase) is needed to unlock.
    bool lockNeedsSecret() const;
    /// From the lock screen when no passphrase protects the window: setting one unlocks.
    void setPassphraseWhileLocked();
    void unlock();
    void releaseWhenSafe();
    void releaseDatabase();
    bool reopenAfterLock();
    void restoreViewAfterLock();
    void setActionsLocked(bool locked);
    void beginVaultUnlock(const QString &path);
    void vaultUnlocked(std::shared_ptr<const SecureKey> dataKey);
    /// The lock screen reconnected an office server's login (ServerLogin): reopen with it.
    void serverUnlocked(
        const QString &uri, std::shared_ptr<const SecureKey> officeKey, const QString &role);
    void countFailedUnlock();
    void recordFailedUnlocks();
    /// The plaintext banner's Encrypt…: converts the open database into a vault in place
    /// (EncryptDatabaseDialog), closing it during the conversion and opening the vault after.
    void encryptDatabase();
    /// Lets go of the open database (every connection of the window), as before another is set.
    void closeDatabase();
    void showAbout();
    /// View › Officers…: the roster of repeat officers (OfficerRosterDialog).
    void showOfficers();
    /// File › Export Case List…: the current list or filter to CSV (CaseListExportFlow).
    void exportCaseList();
    /// View › Statistics…: counts and charts of the office's cases (StatisticsWindow).
    void showStatistics();
    void showGuidanceFor(const QString &categoryCode);
    void updateCount(qint64 matching, bool filtered);
    void showError(const QString &message);
    QString dialogFolder() const;
    /// Opens a server database just connected to (`uri` with its password, kept in memory).
    void setServerDatabase(std::unique_ptr<Database> database, const QString &uri);
    /// Backups, restores and vaults work on a database file only: says so on a server.
    bool refuseOnServer(const QString &what);

    Settings &m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CaseRepository> m_repository;
    DatabaseSession m_session;
    QString m_pendingVault; ///< a vault waiting for its passphrase on the lock screen
    PlaintextBanner *m_plaintextBanner = nullptr;
    DatabaseWatcher *m_watcher = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    QStackedWidget *m_central = nullptr;
    LockScreen *m_lockScreen = nullptr;
    IdleLock *m_idleLock = nullptr;
    SessionLockWatcher *m_sessionLock = nullptr;
    /// A plaintext database the lock closed (or a start with an app passphrase has not opened
    /// yet): reopened at the unlock. A vault waits in m_pendingVault instead.
    QString m_lockedPlainPath;
    /// An office server the lock closed: its URI without password or office key (the lock wipes
    /// both; the lock screen asks for them again, LockedServer), then the session it unlocked.
    DatabaseSession m_lockedServer;
    /// The open server's URI as connected to, password included: in memory only, never saved.
    QString m_serverUri;
    /// What works without the office key, shown in the status bar while it is not unlocked.
    QString m_officeKeyNote;
    QString m_serverLogin; ///< the server's current_user
    QString m_serverRole; ///< its office role: caseworker, supervisor, admin (or empty)
    /// What was on screen when the window locked, brought back at the unlock.
    struct ViewAtLock
    {
        qint64 selectedCase = 0;
        bool editorOpen = false;
        qint64 editorCase = 0; ///< 0: a new case
        QString draftId; ///< the editor's draft, when it had unsaved changes
    };
    ViewAtLock m_viewAtLock;
    /// The level of the outermost event loop: the database is closed only from there, so no
    /// dialog still returning from exec() uses it afterwards.
    int m_topLoopLevel = std::numeric_limits<int>::max();
    bool m_releasePending = false;
    bool m_followUpsWasVisibleBeforeLock = true;
    CaseListPage *m_page = nullptr;
    FollowUpsDock *m_followUps = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
    qint64 m_lastCount = 0;
    bool m_lastFiltered = false;
    bool m_followUpsWasVisible = true;
    bool m_startedUp = false; ///< the first database of this window is open
    bool m_offerDraftsAfterUnlock = false;
};

} // namespace td::ui
