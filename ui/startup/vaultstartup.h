#pragma once

#include <QString>

namespace td::ui {

class MainWindow;

/// The start-up step that makes sure case data is encrypted from the first day: when no
/// database exists at `path` yet, the first-start dialog (VaultSetupDialog) makes it a vault and
/// the window opens it unlocked; otherwise the window opens `path` as before (asking for a
/// vault's passphrase first). An office server's URI connects to it (MainWindow::connectToServer),
/// or opens the default database when the person cancels the connect dialog. False: the person
/// chose to quit, or nothing could be opened.
bool openOrCreateVault(MainWindow &window, const QString &path);

} // namespace td::ui
