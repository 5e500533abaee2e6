#pragma once

#include "common/result.h"
#include "crypto/securekey.h"
#include "secrettext.h"

#include <QString>

#include <functional>
#include <optional>

namespace td::cli {

/// Why a vault could not be unlocked or made: the message for stderr and the exit code.
struct KeyFailure
{
    int exitCode = 0;
    QString message;
};

/// Where trustdesk-cli takes a vault's passphrase or recovery key from, in this order:
/// --recovery-key-file FILE, --passphrase-file FILE, the file named by TRUSTDESK_PASSPHRASE_FILE,
/// a question on the terminal without echo. Never from an argument or a variable holding the
/// passphrase itself. Each file counts by its first line. What was read is kept (wiped at the
/// end) so a command that opens two key files asks only once.
class KeySource
{
public:
    KeySource() = default;
    Q_DISABLE_COPY_MOVE(KeySource)

    static constexpr const char *kEnvironmentVariable = "TRUSTDESK_PASSPHRASE_FILE";

    void setPassphraseFile(const QString &path) { m_passphraseFile = path; }
    void setRecoveryKeyFile(const QString &path) { m_recoveryKeyFile = path; }
    QString passphraseFile() const { return m_passphraseFile; }
    QString recoveryKeyFile() const { return m_recoveryKeyFile; }

    /// The data key of the key file `keyFile`. A wrong or missing passphrase or recovery key is
    /// ExitWrongKey, a damaged key file ExitIntegrity.
    std::optional<SecureKey> unlock(const QString &keyFile, KeyFailure &failure);
    /// A key that `unlock` finds from the secret these sources give (`isRecoveryKey` when it came
    /// from --recovery-key-file): the office key of an office server. Its errors become failures
    /// as for a key file (a wrong secret ExitWrongKey, damage ExitIntegrity).
    using Unlocker = std::function<Result<SecureKey>(const QString &secret, bool isRecoveryKey)>;
    std::optional<SecureKey> unlockWith(const Unlocker &unlock, KeyFailure &failure);
    /// unlockWith for an office key, which has no recovery key: a person's own passphrase only
    /// (a recovery key file given is refused with a sentence saying so).
    using PassphraseUnlocker = std::function<Result<SecureKey>(const QString &passphrase)>;
    std::optional<SecureKey> unlockOfficeKey(const PassphraseUnlocker &unlock, KeyFailure &failure);

    /// A new passphrase (a new vault's, Encrypt's, your office-key wrap's): from the passphrase
    /// file or variable, else asked twice on the terminal. `noTerminal` is what the person reads
    /// when there is no terminal to ask on: what the passphrase is for and which option gives it.
    bool newPassphrase(
        SecretText &passphrase, KeyFailure &failure, const QString &noTerminal) const;

    /// A new passphrase from `file` if given, else asked twice on the terminal (for
    /// change-passphrase, whose old passphrase comes from the usual sources); `noTerminal` as
    /// above.
    static bool newPassphraseFrom(const QString &file, SecretText &passphrase, KeyFailure &failure,
        const QString &noTerminal);

    /// `noTerminal` for a new encrypted database, for an office key's first wrap (your login's),
    /// and for a new passphrase given with --new-passphrase-file (change-passphrase, a
    /// colleague's wrap).
    static QString newVaultNoTerminal();
    static QString officeKeyNoTerminal(const QString &option);
    static QString newPassphraseFileNoTerminal();

    /// The first line of `path`, without its line end; false (and why) when it cannot be read
    /// or is empty.
    static bool readFirstLine(
        const QString &path, const QString &what, SecretText &line, KeyFailure &failure);

private:
    bool secret(KeyFailure &failure);
    static bool askTwice(SecretText &passphrase, KeyFailure &failure, const QString &noTerminal);

    QString m_passphraseFile;
    QString m_recoveryKeyFile;
    SecretText m_secret;
    bool m_haveSecret = false;
    bool m_isRecoveryKey = false;
};

} // namespace td::cli
