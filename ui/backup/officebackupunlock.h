#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace td {
class SecureKey;
namespace OfficeBackupFile {
struct Header;
}
} // namespace td

namespace td::ui {

/// Opens an office backup's copy of the office key for a restore: the office key passphrase of a
/// login that held the key when the backup was made (the backup carries their wraps in its clear
/// header; OfficeBackupFile::unlock, as `trustdesk-cli restore --login`). The login restoring is
/// tried first; otherwise the person chooses among the backup's logins. A wrong passphrase is
/// asked again; the Argon2id unwrap runs off the UI thread (BusyTask) with Cancel.
/// Test seam: DialogSeam::Kind::Text answers the passphrase (an invalid QVariant: Cancel), and
/// Kind::Choice the login when one must be chosen.
class OfficeBackupUnlock
{
    Q_DECLARE_TR_FUNCTIONS(OfficeBackupUnlock)

public:
    /// The office key, or null when the person cancelled or the backup cannot be opened (said
    /// in a message).
    static std::shared_ptr<const SecureKey> run(
        QWidget *parent, const OfficeBackupFile::Header &header, const QString &login);

private:
    static QString chooseLogin(
        QWidget *parent, const OfficeBackupFile::Header &header, const QString &login);
};

} // namespace td::ui
