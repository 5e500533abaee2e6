#include "vaultstartup.h"

#include "crypto/vaultkeyfile.h"
#include "mainwindow.h"
#include "security/vaultsetupdialog.h"

#include <QFileInfo>

namespace td::ui {

bool openOrCreateVault(MainWindow &window, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute) || QFileInfo::exists(VaultKeyFile::pathFor(absolute)))
        return window.openDatabase(path);
    VaultSetupDialog setup(absolute);
    if (setup.exec() != QDialog::Accepted)
        return false;
    return window.openSession(setup.session());
}

} // namespace td::ui
