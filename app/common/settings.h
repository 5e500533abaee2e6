#pragma once

#include "caseworkerprofile.h"
#include "officeprofile.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace td {

/// Every user preference, typed, with its default in one place. The application uses the
/// platform's settings store; tests use an instance backed by a temporary file. The file is
/// owner-only (0600, its own folder 0700) whatever the umask, and holds no secret.
class Settings
{
public:
    /// The user's settings (QSettings with the organisation and application names).
    Settings();
    /// Settings kept in an INI file at `path` (tests, portable setups).
    explicit Settings(const QString &path);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    QByteArray caseListHeaderState() const;
    void setCaseListHeaderState(const QByteArray &state);

    /// The database opened last; empty means the embedded default.
    QString lastDatabasePath() const;
    void setLastDatabasePath(const QString &path);
    /// The office server connected to last (File › Connect to Office Server…): its URI without
    /// the password, which is never written here. Empty until one is used.
    QString lastServerUri() const;
    void setLastServerUri(const QString &uri);

    /// Interface language code ("es", "ar", …); empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &code);

    /// Minutes without input before the window locks; 0 never locks.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    /// Lock when the desktop session locks, the screen saver starts or the computer suspends
    /// (on by default).
    bool lockWithSession() const;
    void setLockWithSession(bool on);
    /// Argon2id hash of the app passphrase (see Passphrase); empty when none is set.
    QString passphraseHash() const;
    /// Stores a new passphrase hash and a new key-derivation salt.
    void setPassphrase(const QString &hash, const QString &keySalt);
    QString keyDerivationSalt() const;
    /// Forgets the app passphrase: a vault's own passphrase locks the window instead.
    void clearPassphrase();

    /// Wrong passphrases typed for the vault at `databasePath` that the audit log has not
    /// recorded yet (it cannot be written while the vault is locked).
    int pendingFailedUnlocks(const QString &databasePath) const;
    void setPendingFailedUnlocks(const QString &databasePath, int count);

    /// The paper reports, client copies and printouts use: "letter" (the default, for a US
    /// office) or "a4"; the last one chosen.
    QString paper() const;
    void setPaper(const QString &key);
    /// The complaint report dialog's last recipient (a ComplaintRecipient key such as "bpd-iad";
    /// empty until one is used) and the organisation it filed for.
    QString reportRecipient() const;
    void setReportRecipient(const QString &key);
    QString reportOrganisation() const;
    void setReportOrganisation(const QString &name);

    /// Who uses this installation (asked at first start); empty until set.
    CaseworkerProfile caseworkerProfile() const;
    void setCaseworkerProfile(const CaseworkerProfile &profile);
    /// The office's contact details and time zone (asked at first start); empty until set.
    OfficeProfile officeProfile() const;
    void setOfficeProfile(const OfficeProfile &office);

    void sync();

private:
    void set(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace td
