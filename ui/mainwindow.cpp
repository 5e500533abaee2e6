#include "mainwindow.h"

#include "backup/backupflow.h"
#include "backup/officebackupflow.h"
#include "backup/officerestoreflow.h"
#include "backup/restoreflow.h"
#include "cases/casecounttext.h"
#include "cases/caselistexportflow.h"
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "cases/officerrosterdialog.h"
#include "common/appinfo.h"
#include "common/logging.h"
#include "common/settings.h"
#include "crypto/vaultkeyfile.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "guidance/guidancebrowser.h"
#include "intake/caseeditor.h"
#include "models/caselistmodel.h"
#include "office/connectserverdialog.h"
#include "office/lockedserver.h"
#include "office/officekeyunlock.h"
#include "office/officestatus.h"
#include "office/serverlogin.h"
#include "preferences/preferencesdialog.h"
#include "security/auditlogdialog.h"
#include "security/encryptdatabasedialog.h"
#include "security/idlelock.h"
#include "security/lockscreen.h"
#include "security/lockshortcut.h"
#include "security/plaintextbanner.h"
#include "security/securitydialog.h"
#include "security/sessionlockwatcher.h"
#include "security/vaultsetupdialog.h"
#include "startup/afterfirstpaint.h"
#include "startup/caseworkerprofiledialog.h"
#include "stats/statisticswindow.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/databasewatcher.h"
#include "storage/draftstore.h"
#include "storage/officekeys.h"
#include "storage/officerquery.h"
#include "storage/pgconnection.h"
#include "storage/vaultconversion.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace td::ui {

struct MainWindow::Actions
{
    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QAction *openDatabase = nullptr;
    QAction *connectServer = nullptr;
    QAction *newDatabase = nullptr;
    QAction *backUp = nullptr;
    QAction *restoreBackup = nullptr;
    QAction *quit = nullptr;
    QAction *find = nullptr;
    QAction *preferences = nullptr;
    QAction *security = nullptr;
    QAction *auditLog = nullptr;
    QAction *officers = nullptr;
    QAction *exportCaseList = nullptr;
    QAction *statistics = nullptr;
    QAction *lock = nullptr;
    QAction *refresh = nullptr;
    QAction *guidance = nullptr;
    QAction *office = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspace(new CaseWorkspace(this))
    , m_page(m_workspace->listPage())
    , m_followUps(new FollowUpsDock(this))
    , m_countLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_workspace->setSettings(&m_settings);
    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The central area holds the workspace and, once the window locks, the lock screen that
    // replaces it (made on first use: a hidden page still costs its layout at start-up).
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspace);
    // Above it, while the open database is plaintext, a banner that says so.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_plaintextBanner = new PlaintextBanner(central);
    m_plaintextBanner->hide();
    centralLayout->addWidget(m_plaintextBanner);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);
    connect(
        m_plaintextBanner, &PlaintextBanner::encryptRequested, this, &MainWindow::encryptDatabase);
    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    m_idleLock->setIdleMilliseconds(m_settings.idleLockMinutes() * 60 * 1000);
    // The first timer fires in the outermost event loop (the application's, or a test's).
    QTimer::singleShot(0, this, [this] { m_topLoopLevel = QThread::currentThread()->loopLevel(); });
    // Connecting to the buses costs a few milliseconds the first frame does not need.
    AfterFirstPaint::run(this, [this] {
        m_sessionLock = new SessionLockWatcher(this);
        m_sessionLock->setEnabled(m_settings.lockWithSession());
        connect(m_sessionLock, &SessionLockWatcher::lockRequested, this, &MainWindow::lock);
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_followUps);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    createActions();
    retranslate();
    new LockShortcut(m_actions->lock, this); // Ctrl+L also from a dialog in front

    connect(m_page, &CaseListPage::countChanged, this, &MainWindow::updateCount);
    connect(m_page, &CaseListPage::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &CaseWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &CaseWorkspace::casesChanged, m_followUps, &FollowUpsDock::refresh);
    connect(m_followUps, &FollowUpsDock::caseActivated, m_workspace, &CaseWorkspace::editCase);
    connect(m_workspace, &CaseWorkspace::guidanceRequested, this, &MainWindow::showGuidanceFor);
    // The due list belongs to the overview: it steps aside while a case is being edited.
    connect(m_workspace, &QStackedWidget::currentChanged, this, [this] {
        const bool listing = m_workspace->currentWidget() == m_page;
        if (!listing) {
            m_followUpsWasVisible = m_followUps->isVisible();
            m_followUps->hide();
        } else if (m_followUpsWasVisible && !isLocked()) {
            m_followUps->show();
        }
    });

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1280, 760);
    if (!restoreState(m_settings.mainWindowState()))
        resizeDocks({m_followUps}, {170}, Qt::Vertical);
    m_page->restoreState(m_settings);
}

MainWindow::~MainWindow()
{
    delete m_watcher;
    m_watcher = nullptr;
    // The page's model and detail view hold the repository: detach them before it goes.
    m_workspace->setDatabase(nullptr, nullptr);
    m_followUps->setDatabase(nullptr);
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.fileMenu->addAction(m_workspace->newCaseAction());
    a.fileMenu->addAction(m_workspace->editCaseAction());
    a.fileMenu->addAction(m_workspace->deleteCaseAction());
    a.fileMenu->addSeparator();
    a.fileMenu->addAction(m_workspace->complaintReportAction());
    a.exportCaseList = a.fileMenu->addAction(QString(), this, &MainWindow::exportCaseList);
    a.exportCaseList->setObjectName(QStringLiteral("exportCaseListAction"));
    a.fileMenu->addSeparator();
    a.newDatabase = a.fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToCreate);
    a.newDatabase->setObjectName(QStringLiteral("newDatabaseAction"));
    a.openDatabase = a.fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToOpen);
    a.openDatabase->setObjectName(QStringLiteral("openDatabaseAction"));
    a.openDatabase->setShortcut(QKeySequence::Open);
    a.connectServer = a.fileMenu->addAction(QString(), this, [this] {
        if (!m_workspace->confirmCloseEditor())
            return;
        showConnectDialog(isOnServer() ? m_database->path() : m_settings.lastServerUri());
    });
    a.connectServer->setObjectName(QStringLiteral("connectServerAction"));
    a.fileMenu->addSeparator();
    a.backUp = a.fileMenu->addAction(QString(), this, [this] {
        if (isOnServer())
            OfficeBackupFlow(*this).run();
        else
            BackupFlow(*this).run();
    });
    a.backUp->setObjectName(QStringLiteral("backUpAction"));
    a.restoreBackup = a.fileMenu->addAction(QString(), this, [this] {
        if (isOnServer())
            OfficeRestoreFlow(*this).run();
        else
            RestoreFlow(*this).run();
    });
    a.restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    a.fileMenu->addSeparator();
    a.quit = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.quit->setObjectName(QStringLiteral("quitAction"));
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.editMenu = menuBar()->addMenu(QString());
    a.find = a.editMenu->addAction(QString(), m_page, &CaseListPage::focusSearch);
    a.find->setObjectName(QStringLiteral("findAction"));
    a.find->setShortcut(QKeySequence::Find);
    a.editMenu->addSeparator();
    a.preferences = a.editMenu->addAction(QString(), this, &MainWindow::showPreferences);
    a.preferences->setObjectName(QStringLiteral("preferencesAction"));
    a.preferences->setShortcut(QKeySequence::Preferences);
    a.preferences->setMenuRole(QAction::PreferencesRole);
    a.security = a.editMenu->addAction(QString(), this, &MainWindow::showSecurity);
    a.security->setObjectName(QStringLiteral("securityAction"));
    a.lock = a.editMenu->addAction(QString(), this, &MainWindow::lockNow);
    a.lock->setObjectName(QStringLiteral("lockAction"));
    a.lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    a.viewMenu = menuBar()->addMenu(QString());
    a.refresh = a.viewMenu->addAction(QString(), this, &MainWindow::refreshAll);
    a.refresh->setObjectName(QStringLiteral("refreshAction"));
    a.refresh->setShortcut(QKeySequence::Refresh);
    a.auditLog = a.viewMenu->addAction(QString(), this, [this] {
        if (!m_repository)
            return;
        AuditLogDialog dialog(m_repository->audit(), this);
        dialog.exec();
    });
    a.auditLog->setObjectName(QStringLiteral("auditLogAction"));
    a.officers = a.viewMenu->addAction(QString(), this, &MainWindow::showOfficers);
    a.officers->setObjectName(QStringLiteral("officersAction"));
    a.statistics = a.viewMenu->addAction(QString(), this, &MainWindow::showStatistics);
    a.statistics->setObjectName(QStringLiteral("statisticsAction"));

    a.helpMenu = menuBar()->addMenu(QString());
    a.guidance = a.helpMenu->addAction(QString(), this, [this] { GuidanceBrowser::showFor(this); });
    a.guidance->setObjectName(QStringLiteral("guidanceAction"));
    a.guidance->setShortcut(QKeySequence(Qt::Key_F1));
    a.helpMenu->addSeparator();
    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.about->setObjectName(QStringLiteral("aboutAction"));
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = a.helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    a.aboutQt->setMenuRole(QAction::AboutQtRole);

    // An empty database's list shows the first steps: New Case, the office details, the guidance.
    a.office = new QAction(this);
    a.office->setObjectName(QStringLiteral("officeDetailsAction"));
    connect(a.office, &QAction::triggered, this,
        [this] { CaseworkerProfileDialog::edit(m_settings, this); });
    m_page->addFirstStepAction(a.office);
    m_page->addFirstStepAction(a.guidance);
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.newDatabase->setText(tr("New D&atabase…"));
    a.openDatabase->setText(tr("&Open Database…"));
    a.connectServer->setText(tr("Connect to Office Ser&ver…"));
    a.backUp->setText(tr("&Back Up…"));
    // On a server a backup goes into a new, empty office database, never over this one.
    const bool onServer = m_database && isOnServer();
    a.restoreBackup->setText(
        onServer ? tr("Res&tore Office Backup…") : tr("Res&tore from Backup…"));
    a.restoreBackup->setStatusTip(onServer
            ? tr("Restores an office backup into a new, empty office database on the server "
                 "(office admins only); the database open now is not changed.")
            : tr("Replaces the cases in this database with those of a backup."));
    a.quit->setText(tr("&Quit"));
    a.editMenu->setTitle(tr("&Edit"));
    a.find->setText(tr("&Find Cases"));
    a.preferences->setText(tr("&Preferences…"));
    a.security->setText(tr("&Security…"));
    a.lock->setText(tr("&Lock Now"));
    a.viewMenu->setTitle(tr("&View"));
    a.refresh->setText(tr("&Refresh"));
    a.auditLog->setText(tr("&Audit Log…"));
    a.officers->setText(tr("&Officers…"));
    a.exportCaseList->setText(tr("E&xport Case List…"));
    a.statistics->setText(tr("&Statistics…"));
    a.helpMenu->setTitle(tr("&Help"));
    a.guidance->setText(tr("&Rights Guidance"));
    a.office->setText(tr("Your &Office and Profile…"));
    a.about->setText(tr("&About TrustDesk"));
    a.aboutQt->setText(tr("About &Qt"));
    if (m_database && isOnServer()) {
        // Which server and which login: the person may hold logins on two offices' servers.
        const auto server = PgConnection::parse(m_database->path());
        const QString database = server ? server.value().database : m_database->path();
        const QString host = !server || server.value().host.isEmpty()
            ? tr("this computer")
            : (server.value().host.startsWith(QLatin1Char('/')) ? tr("this computer")
                                                                : server.value().host);
        setWindowTitle(tr("%1 on %2 — TrustDesk").arg(database, host));
        m_databaseLabel->setText(
            OfficeStatus::serverLabel(database, host, m_serverLogin, m_serverRole));
    } else {
        setWindowTitle(m_database
                ? tr("%1 — TrustDesk").arg(QFileInfo(m_database->path()).fileName())
                : tr("TrustDesk"));
        if (m_database)
            m_databaseLabel->setText(QDir::toNativeSeparators(m_database->path()));
    }
    updateCount(m_lastCount, m_lastFiltered);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (Database::isServerUri(path))
        return connectToServer(path);
    QString candidate = path;
    for (;;) {
        // An encryption stopped by a crash (or a failure after its point of no return) is
        // finished or undone before the file is read, as trustdesk-cli encrypt would.
        if (VaultConversion::interrupted(candidate)) {
            if (auto recovered = VaultConversion::recover(candidate); !recovered)
                MessageBox::warning(this, tr("TrustDesk"), recovered.error().message);
        }
        if (QFileInfo::exists(VaultKeyFile::pathFor(QFileInfo(candidate).absoluteFilePath()))) {
            beginVaultUnlock(candidate); // nothing is read before its passphrase
            return true;
        }
        // With an app passphrase, a fresh start opens nothing until it is entered.
        if (!m_startedUp && !m_settings.passphraseHash().isEmpty()
            && QFileInfo::exists(candidate)) {
            m_startedUp = true;
            m_lockedPlainPath = QFileInfo(candidate).absoluteFilePath();
            lock();
            return true;
        }
        auto opened = Database::open(candidate, Database::OpenMode::CreateIfMissing);
        if (opened) {
            setDatabase(std::move(opened.value()));
            return true;
        }
        switch (MessageBox::badDatabase(this, opened.error().message)) {
        case MessageBox::BadDatabaseChoice::OpenAnother:
            candidate = FileDialog::openDatabase(this, dialogFolder());
            break;
        case MessageBox::BadDatabaseChoice::CreateNew:
            candidate = FileDialog::newDatabase(this, dialogFolder());
            if (!candidate.isEmpty() && QFileInfo::exists(candidate)) {
                MessageBox::warning(this, tr("TrustDesk"),
                    tr("%1 already exists. Choose a new file name so no existing file is replaced.")
                        .arg(QDir::toNativeSeparators(candidate)));
                candidate.clear();
            }
            break;
        case MessageBox::BadDatabaseChoice::Quit:
            return false;
        }
        if (candidate.isEmpty()) // cancelled the file dialog: ask again rather than give up
            candidate = path;
    }
}

bool MainWindow::openSession(const DatabaseSession &session)
{
    auto opened = session.open(Database::OpenMode::ExistingOnly);
    if (!opened) {
        MessageBox::warning(this, tr("TrustDesk"), opened.error().message);
        return false;
    }
    setDatabase(std::move(opened.value()));
    return true;
}

bool MainWindow::connectToServer(const QString &uri)
{
    auto opened = ServerLogin::openWithProgress(this, uri); // off the UI thread, with Cancel
    if (!opened || !opened->ok()) {
        const auto parsed = PgConnection::parse(uri);
        return showConnectDialog(parsed ? parsed.value().displayUri : QString(),
            opened ? opened->error().message : tr("Connecting was cancelled."));
    }
    setServerDatabase(std::move(opened->value()), uri);
    return true;
}

bool MainWindow::showConnectDialog(const QString &uri, const QString &message)
{
    ConnectServerDialog dialog(this);
    if (!uri.isEmpty())
        dialog.setUri(uri);
    dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setServerDatabase(dialog.takeDatabase(), dialog.uri());
    return true;
}

void MainWindow::setServerDatabase(std::unique_ptr<Database> database, const QString &uri)
{
    // The office key before anything reads drafts: they are sealed with its drafts subkey.
    m_officeKeyNote = OfficeKeyUnlock::run(*database, this);
    m_serverUri = uri;
    const ServerLoginInfo who = ServerLogin::describe(*database);
    m_serverLogin = who.login;
    m_serverRole = who.role;
    // With an app passphrase, a fresh start shows no case data until it is entered (as for a
    // file): the window locks at once, and the unlock reconnects with this session. The office
    // key's passphrase, just typed before any case data showed, proves as much.
    const bool lockAtStart
        = !m_startedUp && !m_settings.passphraseHash().isEmpty() && !database->officeKey();
    setDatabase(std::move(database));
    // Before the lock, which lets go of the database (it crashed here reading it afterwards).
    m_settings.setLastServerUri(m_database->path()); // without the password
    m_settings.sync();
    if (lockAtStart)
        lock();
    // Once the window shows (a message set before that overlaps the case count).
    if (!m_officeKeyNote.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_officeKeyNote.isEmpty() && !isLocked())
                statusBar()->showMessage(m_officeKeyNote, 30000);
        });
}

bool MainWindow::refuseOnServer(const QString &what)
{
    if (!isOnServer())
        return false;
    MessageBox::information(this, what,
        tr("%1 works on a database file on this computer. An office server's data is protected "
           "by its logins and TLS, and its evidence is encrypted with the office key (see the "
           "office mode guide).")
            .arg(what));
    return true;
}

void MainWindow::beginVaultUnlock(const QString &path)
{
    m_pendingVault = QFileInfo(path).absoluteFilePath();
    if (isLocked()) // already locked: ask for this vault's passphrase instead
        m_lockScreen->setVault(VaultKeyFile::pathFor(m_pendingVault),
            QFileInfo(m_pendingVault).fileName(), m_settings.pendingFailedUnlocks(m_pendingVault));
    lock();
    if (m_lockScreen)
        m_lockScreen->prepare();
}

void MainWindow::countFailedUnlock()
{
    // Kept in the settings until the audit log can be written: a person who gives up and quits
    // still leaves the attempts on the record at the next unlock.
    const QString path = m_pendingVault.isEmpty() ? m_session.path() : m_pendingVault;
    m_settings.setPendingFailedUnlocks(path, m_settings.pendingFailedUnlocks(path) + 1);
    m_settings.sync();
}

void MainWindow::vaultUnlocked(std::shared_ptr<const SecureKey> dataKey)
{
    if (!m_pendingVault.isEmpty()) {
        const DatabaseSession session(m_pendingVault, std::move(dataKey));
        auto opened = session.open(Database::OpenMode::ExistingOnly);
        if (!opened) {
            // The key is right but the file is not usable (damaged, newer, read-only): say so
            // and stay locked; the person can quit or open another database after a restart.
            MessageBox::warning(this, tr("TrustDesk"), opened.error().message);
            return;
        }
        m_pendingVault.clear();
        // The vault's passphrase locks the window from now on; the separate app passphrase
        // (an Argon2id hash in the settings file) is not needed and no longer kept.
        m_settings.clearPassphrase();
        setDatabase(std::move(opened.value()));
    }
    recordFailedUnlocks();
    unlock();
}

void MainWindow::recordFailedUnlocks()
{
    if (!m_repository || !m_database)
        return;
    const int count = m_settings.pendingFailedUnlocks(m_database->path());
    if (count <= 0)
        return;
    WriteTransaction transaction(*m_database);
    if (!transaction.begun())
        return; // kept for the next unlock
    if (!m_repository->audit().record(
            QStringLiteral("vault.unlock_failed"), {}, QStringLiteral("attempts=%1").arg(count))
        || !transaction.commit())
        return;
    m_settings.setPendingFailedUnlocks(m_database->path(), 0);
    m_settings.sync();
}

void MainWindow::encryptDatabase()
{
    if (!m_database || m_database->isEncrypted() || refuseOnServer(tr("Encrypt"))
        || !m_workspace->confirmCloseEditor())
        return;
    const QString path = m_database->path();
    EncryptDatabaseDialog dialog(path, this);
    connect(&dialog, &EncryptDatabaseDialog::convertingStarted, this, &MainWindow::closeDatabase);
    if (dialog.exec() == QDialog::Accepted && openSession(dialog.session())) {
        // As after the first unlock of a vault: its passphrase locks the window from now on.
        m_settings.clearPassphrase();
        return;
    }
    if (!m_database) // cancelled or failed: the plaintext database as it was, or the vault
        openDatabase(path);
}

void MainWindow::closeDatabase()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_workspace->setDatabase(nullptr, nullptr);
    m_followUps->setDatabase(nullptr);
    m_repository.reset();
    m_database.reset();
    m_plaintextBanner->hide();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    closeDatabase();
    m_database = std::move(database);
    const bool server = m_database->dialect() == SqlDialect::Postgres;
    if (!server) {
        m_serverUri.clear();
        m_officeKeyNote.clear();
    }
    m_session = server ? DatabaseSession::forServer(*m_database, m_serverUri)
                       : DatabaseSession::of(*m_database);
    // An office server is not a file this app could encrypt: no plaintext banner for it.
    m_plaintextBanner->setVisible(!server && !m_database->isEncrypted() && !isLocked());
    m_repository = std::make_unique<CaseRepository>(*m_database, currentActor());
    m_workspace->setDatabase(m_database.get(), m_repository.get());
    m_followUps->setDatabase(m_database.get());
    // Another window, trustdesk-cli or a background job may write to the same file: show it.
    m_watcher = new DatabaseWatcher(*m_database, this);
    connect(m_watcher, &DatabaseWatcher::changed, this, &MainWindow::refreshAll);
    // Drafts written while the database was still plaintext are sealed before anything else
    // reads them (an encrypted database is never offered a plaintext draft).
    // On a server whose office key was just unlocked, the drafts kept in memory until then.
    if (m_database->isEncrypted() || (server && m_database->officeKey()))
        (void)DraftStore(*m_database).sealPlaintextLeftovers();
    // Drafts left by a crash are offered once the window is up, not before it shows, and not
    // over the lock screen (the question names the client): then after the unlock.
    QTimer::singleShot(0, this, [this] {
        if (isLocked())
            m_offerDraftsAfterUnlock = true;
        else
            m_workspace->offerDraftRestore();
    });
    m_page->focusSearch();
    // A server's path is its URI without the password: the next start connects to it again.
    m_settings.setLastDatabasePath(
        m_database->path() == defaultDatabasePath() ? QString() : m_database->path());
    retranslate();
    m_startedUp = true;
}

void MainWindow::chooseDatabaseToOpen()
{
    if (!m_workspace->confirmCloseEditor())
        return;
    const QString path = FileDialog::openDatabase(this, dialogFolder());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(VaultKeyFile::pathFor(QFileInfo(path).absoluteFilePath()))) {
        beginVaultUnlock(path);
        return;
    }
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        MessageBox::warning(this, tr("TrustDesk"), opened.error().message);
        return;
    }
    setDatabase(std::move(opened.value()));
}

void MainWindow::chooseDatabaseToCreate()
{
    if (!m_workspace->confirmCloseEditor())
        return;
    const QString path = FileDialog::newDatabase(this, dialogFolder());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("TrustDesk"),
            tr("%1 already exists. Choose a new file name so no existing file is replaced.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // A new database is a vault, made the same way as on the first start.
    VaultSetupDialog setup(path, this);
    if (setup.exec() != QDialog::Accepted)
        return;
    openSession(setup.session());
}

QString MainWindow::dialogFolder() const
{
    return m_database && !isOnServer() ? QFileInfo(m_database->path()).absolutePath()
                                       : QFileInfo(defaultDatabasePath()).absolutePath();
}

void MainWindow::refreshAll()
{
    // While locked nothing is shown; the lock screen's unlock refreshes instead.
    if (!m_database || isLocked())
        return;
    m_page->refresh();
    m_followUps->refresh();
    if (CaseEditor *editor = m_workspace->editor())
        editor->noticeExternalChange();
}

void MainWindow::showSecurity()
{
    SecurityDialog dialog(m_settings, m_session.isEncrypted(), this);
    if (m_session.isEncrypted())
        dialog.setVaultKeyFile(VaultKeyFile::pathFor(m_session.path()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idleLock->setIdleMilliseconds(m_settings.idleLockMinutes() * 60 * 1000);
    if (m_sessionLock)
        m_sessionLock->setEnabled(m_settings.lockWithSession());
}

bool MainWindow::lockNeedsSecret() const
{
    return m_session.isEncrypted() || m_session.hasOfficeKey() || !m_pendingVault.isEmpty()
        || !m_settings.passphraseHash().isEmpty();
}

void MainWindow::lockNow()
{
    if (isLocked())
        return;
    if (!lockNeedsSecret()) {
        const int choice = Questions::ask(this, tr("Lock Now"),
            tr("No passphrase protects this window, so anyone could unlock it with one click. "
               "Set an app passphrase now to lock it?"),
            {tr("&Set a Passphrase…"), tr("Cancel")}, 0, 1);
        if (choice == 0) {
            SecurityDialog dialog(m_settings, false, this);
            if (dialog.exec() == QDialog::Accepted) {
                m_idleLock->setIdleMilliseconds(m_settings.idleLockMinutes() * 60 * 1000);
                if (m_sessionLock)
                    m_sessionLock->setEnabled(m_settings.lockWithSession());
            }
        }
        if (isLocked()) // the idle time or the desktop locked it meanwhile
            return;
        if (!lockNeedsSecret()) {
            MessageBox::warning(this, tr("TrustDesk"),
                tr("The window was not locked: without a passphrase, anyone could unlock it. Set "
                   "one in Edit › Security, or encrypt the database (Encrypt… in the banner) so "
                   "its own passphrase locks it."));
            return;
        }
    }
    lock();
}

void MainWindow::setPassphraseWhileLocked()
{
    SecurityDialog dialog(m_settings, false, this);
    if (dialog.exec() != QDialog::Accepted || m_settings.passphraseHash().isEmpty()) {
        if (m_lockScreen)
            m_lockScreen->prepare();
        return;
    }
    m_idleLock->setIdleMilliseconds(m_settings.idleLockMinutes() * 60 * 1000);
    if (m_sessionLock)
        m_sessionLock->setEnabled(m_settings.lockWithSession());
    unlock();
    if (isLocked() && m_lockScreen) // a server that wants its password again: the fields for it
        m_lockScreen->prepare();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // What is on screen comes back after the unlock; what is being typed is kept in the draft
    // (sealed in a vault) first, since the editor is closed below.
    m_viewAtLock = {};
    m_viewAtLock.selectedCase = m_page->currentCaseId();
    if (CaseEditor *editor = m_workspace->editor()) {
        editor->saveDraftNow();
        m_viewAtLock.editorOpen = true;
        m_viewAtLock.editorCase = editor->caseId();
        if (editor->hasUnsavedChanges())
            m_viewAtLock.draftId = editor->draftId();
    }
    // isHidden(), not isVisible(): a window that starts locked is not on screen yet, and its dock
    // must still come back at the unlock unless the person had closed it.
    m_followUpsWasVisibleBeforeLock
        = !m_followUps->isHidden() && m_workspace->currentWidget() == m_page;
    m_followUps->hide();
    QToolTip::hideText();
    statusBar()->clearMessage();
    // Every other window that can show case data goes too: the audit log, an evidence preview,
    // a complaint report or its print preview, a question over the editor (dialogs in exec()
    // return as cancelled; what is being typed is in the draft).
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
        else
            w->hide();
    }
    setActionsLocked(true);
    if (!m_lockScreen) {
        m_lockScreen = new LockScreen(m_settings, m_central);
        m_central->addWidget(m_lockScreen);
        connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
        connect(m_lockScreen, &LockScreen::vaultUnlocked, this, &MainWindow::vaultUnlocked);
        connect(m_lockScreen, &LockScreen::serverUnlocked, this, &MainWindow::serverUnlocked);
        connect(m_lockScreen, &LockScreen::vaultUnlockFailed, this, &MainWindow::countFailedUnlock);
        connect(m_lockScreen, &LockScreen::passphraseRequested, this,
            &MainWindow::setPassphraseWhileLocked);
    }
    // A vault waiting to be opened, or the open one: its own passphrase unlocks the window.
    const QString vault = !m_pendingVault.isEmpty()
        ? m_pendingVault
        : (m_session.isEncrypted() ? m_session.path() : QString());
    // Wrong tries before a restart still count: quitting does not reset the wait.
    m_lockScreen->setVault(vault.isEmpty() ? QString() : VaultKeyFile::pathFor(vault),
        QFileInfo(vault).fileName(), vault.isEmpty() ? 0 : m_settings.pendingFailedUnlocks(vault));
    // On a server, what reconnects it: the lock wipes the password and the office key.
    if (isOnServer())
        m_lockScreen->setServer(LockedServer::of(m_session, m_serverLogin));
    else if (m_lockedServer.isNull())
        m_lockScreen->setServer({});
    m_plaintextBanner->hide();
    m_central->setCurrentWidget(m_lockScreen);
    m_countLabel->hide();
    m_idleLock->setPaused(true);
    m_lockScreen->prepare();
    releaseWhenSafe();
}

void MainWindow::releaseWhenSafe()
{
    if (!m_database || !isLocked()) {
        m_releasePending = false;
        return;
    }
    // Locked from inside a dialog's exec() (the audit log, a question, a context menu): that
    // dialog was just closed, but its caller still runs once exec() returns and may use the
    // database or the editor. Close them once control is back in the outermost loop.
    if (QThread::currentThread()->loopLevel() > m_topLoopLevel) {
        m_releasePending = true;
        QTimer::singleShot(20, this, &MainWindow::releaseWhenSafe);
        return;
    }
    m_releasePending = false;
    releaseDatabase();
}

void MainWindow::releaseDatabase()
{
    const QString path = m_database->path();
    const bool vault = m_database->isEncrypted();
    const DatabaseSession server = isOnServer() ? m_session : DatabaseSession();
    delete m_watcher;
    m_watcher = nullptr;
    // The editor (and its evidence panel's connection and drafts key) goes first, then every
    // model that holds case rows: the list, the detail pane, the follow-ups.
    m_workspace->releaseForLock();
    m_followUps->setDatabase(nullptr);
    m_repository.reset();
    m_database.reset();
    // The last copy of a vault's data key is the session's: wiped (sodium_free) as it goes.
    m_session = DatabaseSession();
    wipeSecret(m_serverUri); // the password; the session's copy was the last (wiped as it went)
    if (!server.isNull())
        m_serverUri = server.path(); // without it: what the unlock reconnects to, at least
    if (vault)
        m_pendingVault = path; // unlocked with its passphrase, which derives the key again
    else if (!server.isNull())
        m_lockedServer = DatabaseSession::forServerUri(server.path()); // no password, no key
    else
        m_lockedPlainPath = path;
    retranslate(); // the title no longer names the file
    m_databaseLabel->clear();
    qCDebug(lcUi) << "locked; connections left:" << QSqlDatabase::connectionNames().size();
}

void MainWindow::serverUnlocked(
    const QString &uri, std::shared_ptr<const SecureKey> officeKey, const QString &role)
{
    m_serverUri = uri;
    m_serverRole = role;
    m_lockedServer = DatabaseSession::forServerUri(uri, std::move(officeKey));
    unlock();
}

bool MainWindow::reopenAfterLock()
{
    if (!m_lockedServer.isNull()) {
        auto opened = m_lockedServer.open(Database::OpenMode::ExistingOnly);
        if (!opened) {
            m_lockedServer = DatabaseSession::forServerUri(m_lockedServer.path()); // wiped again
            wipeSecret(m_serverUri);
            m_serverUri = m_lockedServer.path();
            // The server went away while locked: say so and stay locked; unlocking tries again.
            MessageBox::warning(this, tr("TrustDesk"), opened.error().message);
            return false;
        }
        m_lockedServer = DatabaseSession();
        setDatabase(std::move(opened.value()));
        return true;
    }
    if (m_lockedPlainPath.isEmpty())
        return true;
    auto opened = Database::open(m_lockedPlainPath, Database::OpenMode::ExistingOnly);
    if (!opened) {
        // Moved or damaged while locked: say so and stay locked (Quit stays available).
        MessageBox::warning(this, tr("TrustDesk"), opened.error().message);
        return false;
    }
    m_lockedPlainPath.clear();
    setDatabase(std::move(opened.value()));
    return true;
}

void MainWindow::unlock()
{
    if (!reopenAfterLock())
        return;
    m_central->setCurrentWidget(m_workspace);
    m_workspace->setEnabled(true);
    m_plaintextBanner->setVisible(m_database && !m_database->isEncrypted() && !isOnServer());
    setActionsLocked(false);
    m_countLabel->show();
    if (m_followUpsWasVisibleBeforeLock && m_workspace->currentWidget() == m_page)
        m_followUps->show();
    m_idleLock->setPaused(false);
    refreshAll(); // changes made elsewhere while locked
    restoreViewAfterLock();
    if (std::exchange(m_offerDraftsAfterUnlock, false))
        QTimer::singleShot(0, m_workspace, &CaseWorkspace::offerDraftRestore);
}

void MainWindow::restoreViewAfterLock()
{
    const ViewAtLock view = std::exchange(m_viewAtLock, {});
    if (!m_database)
        return;
    if (view.selectedCase > 0 && m_page->currentCaseId() != view.selectedCase)
        m_page->selectCase(view.selectedCase);
    if (!view.editorOpen || m_workspace->editor())
        return;
    if (!view.draftId.isEmpty()) {
        const QList<Draft> drafts = DraftStore(*m_database).list(DraftStore::Live::Include);
        const auto draft = std::find_if(
            drafts.begin(), drafts.end(), [&view](const Draft &d) { return d.id == view.draftId; });
        if (draft != drafts.end()) {
            m_workspace->resumeDraft(*draft);
            return;
        }
    }
    if (view.editorCase > 0)
        m_workspace->editCase(view.editorCase);
    else
        m_workspace->newCase();
}

void MainWindow::setActionsLocked(bool locked)
{
    // Nothing reachable by a shortcut or a menu while locked, except quitting: the menus, the
    // dock's own toggle and the case actions.
    menuBar()->setEnabled(!locked);
    m_workspace->setEnabled(!locked);
    m_workspace->setLocked(locked);
    const Actions &a = *m_actions;
    for (QAction *action : {a.openDatabase, a.connectServer, a.newDatabase, a.backUp,
             a.restoreBackup, a.find, a.preferences, a.security, a.auditLog, a.officers,
             a.exportCaseList, a.statistics, a.lock, a.refresh, a.guidance, a.about, a.aboutQt,
             a.office, m_followUps->toggleViewAction()})
        action->setEnabled(!locked);
}

bool MainWindow::isLocked() const
{
    return m_lockScreen && m_central->currentWidget() == m_lockScreen;
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idleLock->setIdleMilliseconds(milliseconds);
}

void MainWindow::showOfficers()
{
    if (!m_database || isLocked())
        return;
    if (auto *open = findChild<OfficerRosterDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // The roster reads through a connection of its own (seconds at 100 000 cases, off the UI
    // thread); the lock closes the dialog, which closes that connection before the key goes.
    auto *dialog = new OfficerRosterDialog(m_session, this);
    connect(dialog, &OfficerRosterDialog::caseRequested, this, [this](qint64 caseId) {
        if (isLocked())
            return;
        // Shown in the list when it is there; a case the filter hides opens in the editor.
        if (m_workspace->currentWidget() == m_page)
            m_page->selectCase(caseId);
        if (m_page->currentCaseId() != caseId)
            m_workspace->editCase(caseId);
    });
    dialog->show();
}

void MainWindow::exportCaseList()
{
    if (!m_repository || isLocked())
        return;
    const CaseQuery query = m_page->model()->query();
    const auto count = m_repository->count(query);
    if (!count) {
        showError(count.error().message);
        return;
    }
    CaseListExportFlow(this, m_session, m_repository->audit().actor()).run(query, count.value());
}

void MainWindow::showStatistics()
{
    if (!m_database || isLocked())
        return;
    if (auto *open = findChild<StatisticsWindow *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Its own connection from the session, in its own thread; the lock rejects it like every
    // dialog, which closes that connection before the database is released.
    auto *window = new StatisticsWindow(m_session, currentActor(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &StatisticsWindow::caseRequested, this, [this](qint64 caseId) {
        if (isLocked())
            return;
        if (m_workspace->currentWidget() == m_page)
            m_page->selectCase(caseId);
        if (m_page->currentCaseId() != caseId) // hidden by the list's filter: open it to edit
            m_workspace->editCase(caseId);
        activateWindow();
    });
    window->show();
}

void MainWindow::showPreferences()
{
    // open(), not exec(): window-modal without a nested event loop; the window behind it
    // repaints in the new language on Apply.
    auto *dialog = findChild<PreferencesDialog *>();
    if (!dialog) {
        dialog = new PreferencesDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showGuidanceFor(const QString &categoryCode)
{
    // A violation category in the intake form links to the article that explains it.
    GuidanceBrowser *browser = GuidanceBrowser::showFor(this);
    if (const auto *article = browser->pack().articleForViolation(categoryCode))
        browser->showArticle(article->id);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TrustDesk"),
        tr("<h3>TrustDesk %1</h3>"
           "<p>Case management for legal-aid caseworkers who help immigrants document police "
           "misconduct and file complaints.</p>"
           "<p>Cases stay on this computer, in an owner-only database. Sensitive facts such as "
           "immigration status are withheld from everything that leaves the app unless you "
           "deliberately include them.</p>"
           "<p>Database: %2</p>")
            .arg(QApplication::applicationVersion(),
                m_database ? QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()
                           : QString()));
}

void MainWindow::updateCount(qint64 matching, bool filtered)
{
    m_lastCount = matching;
    m_lastFiltered = filtered;
    m_countLabel->setText(caseCountText(matching, filtered, m_page->countIsLowerBound()));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

QMenu *MainWindow::createPopupMenu()
{
    return isLocked() ? nullptr : QMainWindow::createPopupMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workspace->confirmCloseEditor()) {
        event->ignore();
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_page->saveState(m_settings);
    m_settings.sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace td::ui
