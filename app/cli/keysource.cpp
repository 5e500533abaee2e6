#include "keysource.h"

#include "crypto/vaultkeyfile.h"
#include "exitcode.h"
#include "terminalprompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>

namespace td::cli {
namespace {

constexpr qint64 kMaxSecretFileBytes = 64 * 1024;

KeyFailure wrongKey(const QString &message)
{
    return KeyFailure {ExitWrongKey, message};
}

} // namespace

bool KeySource::readFirstLine(
    const QString &path, const QString &what, SecretText &line, KeyFailure &failure)
{
    QFile file(path);
    // Unbuffered: no copy of the secret is left in QIODevice's buffer, only in `bytes`, wiped
    // below.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        failure
            = wrongKey(QCoreApplication::translate("KeySource", "The %1 \"%2\" cannot be read: %3.")
                           .arg(what, QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QByteArray bytes = file.read(kMaxSecretFileBytes);
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    while (end > 0 && (bytes.at(end - 1) == '\r' || bytes.at(end - 1) == '\n'))
        --end;
    line.setUtf8(bytes.constData(), end);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (line.isEmpty()) {
        failure = wrongKey(QCoreApplication::translate(
            "KeySource", "The %1 \"%2\" is empty: its first line must hold it.")
                               .arg(what, QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool KeySource::secret(KeyFailure &failure)
{
    if (m_haveSecret)
        return true;
    if (!m_recoveryKeyFile.isEmpty()) {
        m_isRecoveryKey = true;
        m_haveSecret = readFirstLine(m_recoveryKeyFile,
            QCoreApplication::translate("KeySource", "recovery key file"), m_secret, failure);
        return m_haveSecret;
    }
    const QString file = m_passphraseFile.isEmpty() ? qEnvironmentVariable(kEnvironmentVariable)
                                                    : m_passphraseFile;
    if (!file.isEmpty()) {
        m_haveSecret = readFirstLine(
            file, QCoreApplication::translate("KeySource", "passphrase file"), m_secret, failure);
        return m_haveSecret;
    }
    if (!TerminalPrompt::available()) {
        failure = wrongKey(QCoreApplication::translate("KeySource",
            "This database is encrypted and there is no terminal to ask for its passphrase. "
            "Give it with --passphrase-file FILE (or name that file in the environment "
            "variable %1), or give the recovery key with --recovery-key-file FILE.")
                               .arg(QLatin1String(kEnvironmentVariable)));
        return false;
    }
    if (!TerminalPrompt::askHidden(
            QCoreApplication::translate("KeySource", "Passphrase: "), m_secret)
        || m_secret.isEmpty()) {
        failure = wrongKey(QCoreApplication::translate("KeySource", "No passphrase was given."));
        return false;
    }
    m_haveSecret = true;
    return true;
}

std::optional<SecureKey> KeySource::unlock(const QString &keyFile, KeyFailure &failure)
{
    return unlockWith(
        [&keyFile](const QString &secret, bool isRecoveryKey) {
            return isRecoveryKey ? VaultKeyFile::unlockWithRecoveryKey(keyFile, secret)
                                 : VaultKeyFile::unlock(keyFile, secret);
        },
        failure);
}

std::optional<SecureKey> KeySource::unlockOfficeKey(
    const PassphraseUnlocker &unlock, KeyFailure &failure)
{
    return unlockWith(
        [&unlock](const QString &secret, bool isRecoveryKey) -> Result<SecureKey> {
            if (isRecoveryKey)
                return Error {ErrorKind::BadInput,
                    QCoreApplication::translate("trustdesk-cli",
                        "The office key has no recovery key: give your own passphrase.")};
            return unlock(secret);
        },
        failure);
}

std::optional<SecureKey> KeySource::unlockWith(const Unlocker &unlock, KeyFailure &failure)
{
    if (!secret(failure))
        return std::nullopt;
    auto key = unlock(m_secret.text(), m_isRecoveryKey);
    if (key)
        return std::move(key.value());
    switch (key.error().kind) {
    case ErrorKind::BadInput:
        failure = wrongKey(key.error().message + QLatin1Char(' ')
            + QCoreApplication::translate("KeySource", "Nothing was changed."));
        break;
    case ErrorKind::Integrity:
        failure = KeyFailure {ExitIntegrity, key.error().message};
        break;
    default:
        failure = KeyFailure {ExitBadInput, key.error().message};
        break;
    }
    return std::nullopt;
}

QString KeySource::newVaultNoTerminal()
{
    return QCoreApplication::translate("KeySource",
        "A new encrypted database needs a passphrase, and there is no terminal to ask for "
        "it. Give it with --passphrase-file FILE (or name that file in the environment "
        "variable %1), or add --unencrypted for throwaway data.")
        .arg(QLatin1String(kEnvironmentVariable));
}

QString KeySource::officeKeyNoTerminal(const QString &option)
{
    //: %1 is the option that names the passphrase file, --passphrase-file or
    //: --office-passphrase-file
    return QCoreApplication::translate("KeySource",
        "The office key needs a passphrase for your login, and there is no terminal to ask for "
        "it. Give it with %1 FILE (the passphrase on the first line of FILE). Nothing was "
        "changed.")
        .arg(option);
}

QString KeySource::newPassphraseFileNoTerminal()
{
    return QCoreApplication::translate("KeySource",
        "The new passphrase is needed, and there is no terminal to ask for it. Give it with "
        "--new-passphrase-file FILE (the passphrase on the first line of FILE). Nothing was "
        "changed.");
}

bool KeySource::askTwice(SecretText &passphrase, KeyFailure &failure, const QString &noTerminal)
{
    if (!TerminalPrompt::available()) {
        failure = wrongKey(noTerminal);
        return false;
    }
    SecretText again;
    if (!TerminalPrompt::askHidden(
            QCoreApplication::translate("KeySource", "New passphrase (at least %1 characters): ")
                .arg(VaultKeyFile::kMinimumPassphraseLength),
            passphrase)
        || passphrase.isEmpty()
        || !TerminalPrompt::askHidden(
            QCoreApplication::translate("KeySource", "The same passphrase again: "), again)) {
        failure = wrongKey(QCoreApplication::translate("KeySource", "No passphrase was given."));
        return false;
    }
    if (again.text() != passphrase.text()) {
        passphrase.wipe();
        failure = wrongKey(QCoreApplication::translate(
            "KeySource", "The two passphrases differ; nothing was changed."));
        return false;
    }
    return true;
}

bool KeySource::newPassphrase(
    SecretText &passphrase, KeyFailure &failure, const QString &noTerminal) const
{
    const QString file = m_passphraseFile.isEmpty() ? qEnvironmentVariable(kEnvironmentVariable)
                                                    : m_passphraseFile;
    if (!file.isEmpty())
        return readFirstLine(
            file, QCoreApplication::translate("KeySource", "passphrase file"), passphrase, failure);
    return askTwice(passphrase, failure, noTerminal);
}

bool KeySource::newPassphraseFrom(
    const QString &file, SecretText &passphrase, KeyFailure &failure, const QString &noTerminal)
{
    if (!file.isEmpty())
        return readFirstLine(
            file, QCoreApplication::translate("KeySource", "passphrase file"), passphrase, failure);
    return askTwice(passphrase, failure, noTerminal);
}

} // namespace td::cli
