#include "vaultstartup.h"

#include "common/appinfo.h"
#include "crypto/vaultkeyfile.h"
#include "mainwindow.h"
#include "security/vaultsetupdialog.h"

#include <QFileInfo>

namespace td::ui {

bool openOrCreateVault(MainWindow &window, const QString &path)
{
    // The office server of last time (or --db URI): connected to again; if the person cancels
    // the connect dialog, the database on this computer opens instead.
    if (Database::isServerUri(path))
        return window.connectToServer(path) || openOrCreateVault(window, defaultDatabasePath());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute) || QFileInfo::exists(VaultKeyFile::pathFor(absolute)))
        return window.openDatabase(path);
    VaultSetupDialog setup(absolute);
    if (setup.exec() != QDialog::Accepted)
        return false;
    return window.openSession(setup.session());
}

} // namespace td::ui
