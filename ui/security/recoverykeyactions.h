#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace td::ui {

/// What the first-start dialog and the encryption of an existing database share about a new
/// passphrase and its recovery key: the strength hint, and printing, copying and saving the key
/// (the outcome said in `message`). The texts keep the context "VaultSetupDialog".
namespace RecoveryKeyActions {

/// "At least N characters." / "Strength: …" for a passphrase being chosen.
QString strengthHint(const QString &passphrase);
void print(QWidget *parent, const QString &databasePath, const QString &key, QLabel *message);
void copy(const QString &key, QLabel *message);
/// Asks where (FileDialog::saveRecoveryKey) and writes the key there, owner-only.
void save(QWidget *parent, const QString &databasePath, const QString &key, QLabel *message);

} // namespace RecoveryKeyActions
} // namespace td::ui
