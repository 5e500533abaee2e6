#include "guidancebrowser.h"

#include "common/displayformat.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "domain/violationcategory.h"
#include "guidance/guidancepackloader.h"
#include "guidance/guidancepackstore.h"
#include "guidancearticlelist.h"
#include "guidancearticleview.h"
#include "guidancepane.h"
#include "guidancesearchpanel.h"
#include "print/guidancehandout.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace td::ui {

struct GuidanceBrowser::Actions
{
    QMenu *fileMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QAction *loadFolder = nullptr;
    QAction *builtIn = nullptr;
    QAction *print = nullptr;
    QAction *savePdf = nullptr;
    QAction *close = nullptr;
    QAction *back = nullptr;
    QAction *forward = nullptr;
    QAction *sideBySide = nullptr;
    QAction *find = nullptr;
};

GuidanceBrowser::GuidanceBrowser(QWidget *parent)
    : QMainWindow(parent)
    , m_search(new GuidanceSearchPanel(this))
    , m_list(new GuidanceArticleList(this))
    , m_categoryLabel(new QLabel(this))
    , m_panes(new QSplitter(Qt::Horizontal, this))
    , m_main(new GuidancePane(QString(), this))
    , m_second(new GuidancePane(QStringLiteral("second"), this))
    , m_packLabel(new QLabel(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("guidanceBrowserMainWindow"));
    m_list->setObjectName(QStringLiteral("articleListWidget"));
    m_categoryLabel->setObjectName(QStringLiteral("categoryCodeLabel"));
    m_packLabel->setObjectName(QStringLiteral("guidancePackLabel"));
    m_panes->setObjectName(QStringLiteral("guidancePanesSplitter"));
    m_categoryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search, 1);
    leftLayout->addWidget(m_list, 2);
    m_panes->addWidget(m_main);
    m_panes->addWidget(m_second);
    m_panes->setChildrenCollapsible(false);
    m_second->hide();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    rightLayout->addWidget(m_panes, 1);
    rightLayout->addWidget(m_categoryLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("guidanceSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 860});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_packLabel);

    createActions();

    connect(m_list, &GuidanceArticleList::articleSelected, this, &GuidanceBrowser::showArticle);
    connect(m_search, &GuidanceSearchPanel::hitActivated, this, &GuidanceBrowser::openSearchHit);
    connect(m_main, &GuidancePane::languageChanged, this, &GuidanceBrowser::followMainLanguage);
    connect(m_second, &GuidancePane::languagePicked, this, [this] { m_secondPicked = true; });
    for (GuidancePane *pane : {m_main, m_second}) {
        connect(pane->view(), &QTextBrowser::anchorClicked, this, &GuidanceBrowser::openLink);
        connect(pane->view(), &QTextBrowser::highlighted, this, &GuidanceBrowser::hoverLink);
    }

    // The built-in pack, or the newer update an office installed (guidance install).
    auto current = GuidancePackStore().loadCurrent();
    if (current)
        setPack(std::move(current.value()));
    else // a broken build, not a user error: say so where the article would be
        m_main->view()->setPlainText(current.error().message);
    setLanguage(m_pack.bestLanguageFor(QLocale().name()));
    retranslate();
    resize(1180, 720);
}

GuidanceBrowser::~GuidanceBrowser() = default;

GuidanceBrowser *GuidanceBrowser::showFor(QWidget *parent)
{
    auto *browser = parent
        ? parent->findChild<GuidanceBrowser *>(QString(), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (!browser) {
        browser = new GuidanceBrowser(parent);
        browser->setAttribute(Qt::WA_DeleteOnClose);
    }
    browser->show();
    browser->raise();
    browser->activateWindow();
    return browser;
}

void GuidanceBrowser::createActions()
{
    Actions &a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.loadFolder = a.fileMenu->addAction(QString(), this, &GuidanceBrowser::chooseFolder);
    a.loadFolder->setObjectName(QStringLiteral("loadGuidanceFolderAction"));
    a.builtIn = a.fileMenu->addAction(QString(), this, &GuidanceBrowser::useBuiltInPack);
    a.builtIn->setObjectName(QStringLiteral("builtInGuidanceAction"));
    a.fileMenu->addSeparator();
    a.print = a.fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(),
        this, &GuidanceBrowser::printArticle);
    a.print->setObjectName(QStringLiteral("printGuidanceAction"));
    a.print->setShortcut(QKeySequence::Print);
    a.savePdf = a.fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
        QString(), this, &GuidanceBrowser::saveArticleAsPdf);
    a.savePdf->setObjectName(QStringLiteral("saveGuidancePdfAction"));
    a.savePdf->setShortcut(QKeySequence::Save);
    a.fileMenu->addSeparator();
    a.close = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.close->setObjectName(QStringLiteral("closeGuidanceAction"));
    a.close->setShortcut(QKeySequence::Close);

    a.viewMenu = menuBar()->addMenu(QString());
    a.back = a.viewMenu->addAction(
        QIcon::fromTheme(QStringLiteral("go-previous")), QString(), this, &GuidanceBrowser::goBack);
    a.back->setObjectName(QStringLiteral("guidanceBackAction"));
    a.back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    a.forward = a.viewMenu->addAction(
        QIcon::fromTheme(QStringLiteral("go-next")), QString(), this, &GuidanceBrowser::goForward);
    a.forward->setObjectName(QStringLiteral("guidanceForwardAction"));
    a.forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    a.viewMenu->addSeparator();
    a.sideBySide = a.viewMenu->addAction(QString());
    a.sideBySide->setObjectName(QStringLiteral("sideBySideAction"));
    a.sideBySide->setCheckable(true);
    a.sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(a.sideBySide, &QAction::toggled, this, &GuidanceBrowser::setSideBySide);
    a.find = a.viewMenu->addAction(QString(), m_search, &GuidanceSearchPanel::focusSearch);
    a.find->setObjectName(QStringLiteral("findGuidanceAction"));
    a.find->setShortcut(QKeySequence::Find);

    a.toolBar = addToolBar(QString());
    a.toolBar->setObjectName(QStringLiteral("guidanceToolBar"));
    a.toolBar->setMovable(false);
    a.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    a.toolBar->addAction(a.back);
    a.toolBar->addAction(a.forward);
    a.toolBar->addSeparator();
    a.toolBar->addAction(a.sideBySide);
    a.toolBar->addSeparator();
    a.toolBar->addAction(a.print);
    a.toolBar->addAction(a.savePdf);
    a.toolBar->addSeparator();
    a.toolBar->addAction(a.loadFolder);
}

void GuidanceBrowser::retranslate()
{
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.loadFolder->setText(tr("&Load Guidance Folder…"));
    a.loadFolder->setToolTip(tr("Read a guidance pack your office keeps in a folder"));
    a.builtIn->setText(tr("Use &Built-in Guidance"));
    a.print->setText(tr("&Print…"));
    a.print->setToolTip(tr("Print this article as a handout in the language shown"));
    a.savePdf->setText(tr("&Save as PDF…"));
    a.savePdf->setToolTip(tr("Save this article as a PDF handout in the language shown"));
    a.close->setText(tr("&Close"));
    a.viewMenu->setTitle(tr("&View"));
    a.back->setText(tr("&Back"));
    a.forward->setText(tr("&Forward"));
    a.sideBySide->setText(tr("&Side by Side"));
    a.sideBySide->setToolTip(tr("Show the article in two languages at once"));
    a.find->setText(tr("&Search Guidance"));
    a.toolBar->setWindowTitle(tr("Guidance"));
    setWindowTitle(m_pack.jurisdiction.isEmpty()
            ? tr("Rights Guidance — TrustDesk")
            : tr("Rights Guidance: %1 — TrustDesk").arg(m_pack.jurisdiction));
    const bool builtIn = m_pack.location == GuidancePackLoader::builtInLocation();
    const bool installed = m_pack.location == GuidancePackStore().installedFolder();
    m_packLabel->setText(tr("%1 · version %2 · last reviewed %3")
                             .arg(builtIn        ? tr("Built-in guidance")
                                     : installed ? tr("Installed guidance update")
                                                 : QDir::toNativeSeparators(m_pack.location),
                                 m_pack.packVersion, displayDate(m_pack.lastReviewed)));
    updateCategoryLabel();
}

void GuidanceBrowser::setPack(GuidancePack pack)
{
    const QString keep = m_articleId;
    m_pack = std::move(pack);
    m_main->setPack(&m_pack);
    m_second->setPack(&m_pack);
    m_list->setPack(&m_pack, m_main->language());
    m_search->setPack(&m_pack);
    m_search->setLanguage(m_main->language());
    m_back.clear();
    m_forward.clear();
    QString id = m_pack.article(keep) ? keep : QString();
    if (id.isEmpty() && !m_pack.articles.isEmpty())
        id = m_pack.articles.constFirst().id;
    display(id);
    retranslate();
}

bool GuidanceBrowser::loadPack(const QString &folder)
{
    auto loaded = GuidancePackLoader::load(folder);
    if (!loaded) {
        MessageBox::warning(this, tr("Rights Guidance"),
            tr("The guidance in %1 cannot be used, so the guidance already open stays in "
               "use.\n\n%2")
                .arg(QDir::toNativeSeparators(folder), loaded.error().message));
        return false;
    }
    setPack(std::move(loaded.value()));
    statusBar()->showMessage(
        tr("Loaded guidance from %1").arg(QDir::toNativeSeparators(folder)), 5000);
    return true;
}

void GuidanceBrowser::useBuiltInPack()
{
    auto builtIn = GuidancePackLoader::loadBuiltIn();
    if (!builtIn) {
        MessageBox::warning(this, tr("Rights Guidance"), builtIn.error().message);
        return;
    }
    setPack(std::move(builtIn.value()));
}

void GuidanceBrowser::chooseFolder()
{
    const bool builtIn = m_pack.location == GuidancePackLoader::builtInLocation();
    const QString start = builtIn
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_pack.location;
    const QString folder = FileDialog::existingFolder(this, tr("Load Guidance Folder"), start);
    if (!folder.isEmpty())
        loadPack(folder);
}

void GuidanceBrowser::showArticle(const QString &articleId)
{
    if (articleId == m_articleId || !m_pack.article(articleId))
        return;
    if (!m_articleId.isEmpty())
        m_back.append(m_articleId);
    m_forward.clear();
    display(articleId);
}

void GuidanceBrowser::display(const QString &articleId)
{
    m_articleId = articleId;
    m_list->setCurrentArticle(articleId);
    m_main->showArticle(articleId);
    if (m_second->isVisibleTo(this))
        m_second->showArticle(articleId);
    updateCategoryLabel();
    updateActions();
}

void GuidanceBrowser::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_articleId);
    display(m_back.takeLast());
}

void GuidanceBrowser::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_articleId);
    display(m_forward.takeLast());
}

void GuidanceBrowser::updateActions()
{
    Actions &a = *m_actions;
    a.back->setEnabled(!m_back.isEmpty());
    a.forward->setEnabled(!m_forward.isEmpty());
    const bool hasArticle = !m_articleId.isEmpty();
    a.print->setEnabled(hasArticle);
    a.savePdf->setEnabled(hasArticle);
}

void GuidanceBrowser::updateCategoryLabel()
{
    const GuidanceArticle *article = m_pack.article(m_articleId);
    const QStringList codes = article ? article->violationCodes : QStringList();
    m_categoryLabel->setVisible(!codes.isEmpty());
    if (codes.isEmpty())
        return;
    m_categoryLabel->setText(codes.size() == 1
            ? tr("Category code: %1").arg(codes.constFirst())
            : tr("Category codes: %1").arg(codes.join(QStringLiteral(", "))));
    QStringList titles;
    for (const QString &code : codes) {
        const ViolationCategory *category = findViolationCategory(code);
        titles.append(category ? tr("%1: %2").arg(code, category->translatedTitle()) : code);
    }
    m_categoryLabel->setToolTip(titles.join(QLatin1Char('\n')));
}

void GuidanceBrowser::setLanguage(const QString &languageCode)
{
    m_main->setLanguage(languageCode);
}

QString GuidanceBrowser::language() const
{
    return m_main->language();
}

QString GuidanceBrowser::defaultSecondLanguage() const
{
    // The other pane shows the caseworker's language (the interface's) beside the client's.
    const QString mine = m_pack.bestLanguageFor(QLocale().name());
    if (mine != language())
        return mine;
    if (m_pack.sourceLanguage != language())
        return m_pack.sourceLanguage;
    for (const auto &l : m_pack.languages) {
        if (l.code != language())
            return l.code;
    }
    return language();
}

void GuidanceBrowser::followMainLanguage(const QString &code)
{
    m_list->setLanguage(code);
    m_search->setLanguage(code);
    if (m_second->isVisibleTo(this) && (!m_secondPicked || m_second->language() == code))
        m_second->setLanguage(defaultSecondLanguage());
}

void GuidanceBrowser::setSideBySide(bool on)
{
    m_actions->sideBySide->setChecked(on); // re-enters once through toggled when called directly
    if (m_second->isVisibleTo(this) == on)
        return;
    if (on) {
        if (!m_secondPicked || m_second->language() == language())
            m_second->setLanguage(defaultSecondLanguage());
        m_second->showArticle(m_articleId);
        m_second->show();
        m_panes->setSizes({1, 1});
    } else {
        m_second->hide();
    }
}

void GuidanceBrowser::openSearchHit(
    const QString &articleId, const QString &languageCode, const QStringList &terms)
{
    setLanguage(languageCode);
    showArticle(articleId);
    m_main->view()->setHighlightTerms(terms);
    if (m_second->isVisibleTo(this))
        m_second->view()->setHighlightTerms(terms);
}

void GuidanceBrowser::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("article")) {
        showArticle(url.path());
        return;
    }
    QString title;
    QUrl address = url;
    if (url.scheme() == QLatin1String("source")) {
        const GuidanceSource *source = m_pack.source(url.path());
        if (!source)
            return;
        title = tr("Source %1: %2").arg(source->id, source->title);
        address = source->url;
    }
    if (address.scheme() != QLatin1String("https") && address.scheme() != QLatin1String("http"))
        return;
    statusBar()->showMessage(address.toString(), 10000);
    const QString message = (title.isEmpty() ? QString() : title + QLatin1Char('\n'))
        + address.toString() + QStringLiteral("\n\n")
        + tr("Open this address in your web browser? Nothing about the case is sent.");
    if (MessageBox::question(this, tr("Open Source"), message, tr("Open in Browser")))
        QDesktopServices::openUrl(address);
}

void GuidanceBrowser::hoverLink(const QUrl &url)
{
    if (url.isEmpty()) {
        statusBar()->clearMessage();
        return;
    }
    if (url.scheme() == QLatin1String("source")) {
        if (const GuidanceSource *s = m_pack.source(url.path()))
            statusBar()->showMessage(tr("[%1] %2 — %3").arg(s->id, s->title, s->url.toString()));
    } else if (url.scheme() == QLatin1String("article")) {
        statusBar()->showMessage(tr("Go to “%1”").arg(m_pack.title(url.path(), language())));
    } else {
        statusBar()->showMessage(url.toString());
    }
}

void GuidanceBrowser::printArticle()
{
    if (m_articleId.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_pack.title(m_articleId, language()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Guidance Handout"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = GuidanceHandout::print(m_pack, m_articleId, language(), printer); !printed)
        MessageBox::warning(this, tr("Rights Guidance"), printed.error().message);
}

void GuidanceBrowser::saveArticleAsPdf()
{
    if (m_articleId.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(m_articleId, language());
    const QString path = FileDialog::savePdf(this, folder, suggested);
    if (path.isEmpty())
        return;
    if (auto written = GuidanceHandout::writePdf(m_pack, m_articleId, language(), path); !written) {
        MessageBox::warning(this, tr("Rights Guidance"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void GuidanceBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace td::ui
