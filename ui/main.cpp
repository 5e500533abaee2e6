// trustdesk: the desktop application. Parses its options, installs translations, opens the
// database (explaining and offering a way out when it cannot) and hands over to the main window.
#include "common/appinfo.h"
#include "common/processhardening.h"
#include "common/settings.h"
#include "mainwindow.h"
#include "preferences/translator.h"
#include "startup/caseworkerprofiledialog.h"
#include "startup/firstpainthook.h"
#include "startup/fontconfigpreload.h"
#include "startup/vaultstartup.h"
#include "widgets/buttonlabelstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

namespace {

// The PNGs rendered at build time (ui/CMakeLists.txt), or the SVG when there are none.
QIcon windowIcon()
{
    QIcon icon;
    const QDir pngs(QStringLiteral(":/icons/window"));
    for (const QString &name : pngs.entryList({QStringLiteral("*.png")}, QDir::Files))
        icon.addFile(pngs.filePath(name));
    return icon.isNull() ? QIcon(QStringLiteral(":/icons/org.trustdesk.TrustDesk.svg")) : icon;
}

} // namespace

int main(int argc, char *argv[])
{
    td::disableCoreDumps();
    // Fontconfig loads on the second core while QApplication connects to the display.
    td::ui::FontconfigPreload fontconfig;
    QApplication app(argc, argv);
    td::initApplicationInfo();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.trustdesk.TrustDesk"));
    QApplication::setWindowIcon(windowIcon());
    // Before the first widget: icons and texts of buttons in right-to-left languages.
    td::ui::ButtonLabelStyle::installOnApplication();

    td::Settings settings;
    fontconfig.wait();
    td::ui::Translator::install(settings.language()); // the first use of a font

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "TrustDesk: document police misconduct and file complaints."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
        QCoreApplication::translate("main",
            "open the database at PATH (created when missing), or connect to the office server "
            "at a postgresql:// URI"),
        QStringLiteral("PATH")});
    parser.process(app);

    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = settings.lastDatabasePath();
    if (path.isEmpty())
        path = td::defaultDatabasePath();

    // Who acts: asked once, before any case data is shown; the actor of every audit entry.
    if (!td::ui::CaseworkerProfileDialog::ensureProfile(settings))
        return 0;

    td::ui::MainWindow window(settings);
    if (!td::ui::openOrCreateVault(window, path)) // first start: a new vault
        return 0;
    if (settings.mainWindowGeometry().isEmpty())
        window.showMaximized();
    else
        window.show();
    td::ui::FirstPaintHook::installIfRequested(window);
    return QApplication::exec();
}
