#include "mainwindow.h"

#include "caselistpage.h"
#include "common/appinfo.h"
#include "common/settings.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "storage/caserepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

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
    QAction *newDatabase = nullptr;
    QAction *quit = nullptr;
    QAction *find = nullptr;
    QAction *refresh = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_page(new CaseListPage(this))
    , m_countLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCentralWidget(m_page);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    createActions();
    retranslate();

    connect(m_page, &CaseListPage::countChanged, this, &MainWindow::updateCount);
    connect(m_page, &CaseListPage::errorOccurred, this, &MainWindow::showError);

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1280, 760);
    restoreState(m_settings.mainWindowState());
    m_page->restoreState(m_settings);
}

MainWindow::~MainWindow()
{
    // The page's model and detail view hold the repository: detach them before it goes.
    m_page->setRepository(nullptr);
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.newDatabase = a.fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToCreate);
    a.newDatabase->setObjectName(QStringLiteral("newDatabaseAction"));
    a.openDatabase = a.fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToOpen);
    a.openDatabase->setObjectName(QStringLiteral("openDatabaseAction"));
    a.openDatabase->setShortcut(QKeySequence::Open);
    a.fileMenu->addSeparator();
    a.quit = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.quit->setObjectName(QStringLiteral("quitAction"));
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.editMenu = menuBar()->addMenu(QString());
    a.find = a.editMenu->addAction(QString(), m_page, &CaseListPage::focusSearch);
    a.find->setObjectName(QStringLiteral("findAction"));
    a.find->setShortcut(QKeySequence::Find);

    a.viewMenu = menuBar()->addMenu(QString());
    a.refresh = a.viewMenu->addAction(QString(), m_page, &CaseListPage::refresh);
    a.refresh->setObjectName(QStringLiteral("refreshAction"));
    a.refresh->setShortcut(QKeySequence::Refresh);

    a.helpMenu = menuBar()->addMenu(QString());
    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.about->setObjectName(QStringLiteral("aboutAction"));
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = a.helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.newDatabase->setText(tr("&New Database…"));
    a.openDatabase->setText(tr("&Open Database…"));
    a.quit->setText(tr("&Quit"));
    a.editMenu->setTitle(tr("&Edit"));
    a.find->setText(tr("&Find Cases"));
    a.viewMenu->setTitle(tr("&View"));
    a.refresh->setText(tr("&Refresh"));
    a.helpMenu->setTitle(tr("&Help"));
    a.about->setText(tr("&About TrustDesk"));
    a.aboutQt->setText(tr("About &Qt"));
    setWindowTitle(m_database ? tr("%1 — TrustDesk").arg(QFileInfo(m_database->path()).fileName()) : tr("TrustDesk"));
    if (m_database)
        m_databaseLabel->setText(QDir::toNativeSeparators(m_database->path()));
    updateCount(m_lastCount, m_lastFiltered);
}

bool MainWindow::openDatabase(const QString &path)
{
    QString candidate = path;
    for (;;) {
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

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_page->setRepository(nullptr);
    m_repository.reset();
    m_database = std::move(database);
    m_repository = std::make_unique<CaseRepository>(*m_database, currentActor());
    m_page->setRepository(m_repository.get());
    m_page->focusSearch();
    m_settings.setLastDatabasePath(m_database->path() == defaultDatabasePath() ? QString() : m_database->path());
    retranslate();
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = FileDialog::openDatabase(this, dialogFolder());
    if (path.isEmpty())
        return;
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        MessageBox::warning(this, tr("TrustDesk"), opened.error().message);
        return;
    }
    setDatabase(std::move(opened.value()));
}

void MainWindow::chooseDatabaseToCreate()
{
    const QString path = FileDialog::newDatabase(this, dialogFolder());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("TrustDesk"),
                            tr("%1 already exists. Choose a new file name so no existing file is replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto created = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!created) {
        MessageBox::warning(this, tr("TrustDesk"), created.error().message);
        return;
    }
    setDatabase(std::move(created.value()));
}

QString MainWindow::dialogFolder() const
{
    return m_database ? QFileInfo(m_database->path()).absolutePath() : QFileInfo(defaultDatabasePath()).absolutePath();
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
                                m_database ? QDir::toNativeSeparators(m_database->path()).toHtmlEscaped() : QString()));
}

void MainWindow::updateCount(qint64 matching, bool filtered)
{
    m_lastCount = matching;
    m_lastFiltered = filtered;
    const int n = int(std::clamp<qint64>(matching, 0, std::numeric_limits<int>::max()));
    m_countLabel->setText(filtered ? tr("%Ln matching case(s)", nullptr, n) : tr("%Ln case(s)", nullptr, n));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
