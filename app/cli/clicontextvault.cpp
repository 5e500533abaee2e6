// CliContext's part in making a new vault: the key file, the recovery key shown once or written
// to a file, then the encrypted database.
#include "clicontext.h"

#include "common/ownerfolder.h"
#include "crypto/vaultkeyfile.h"
#include "exitcode.h"
#include "storage/filemoves.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::cli {

// A new database is a vault unless asked otherwise: a key file with a new data key, the recovery
// key shown once (or written to --recovery-key-out), then the database encrypted with it.
Result<std::unique_ptr<Database>> CliContext::createVault()
{
    const QString absolute = QFileInfo(m_databasePath).absoluteFilePath();
    const QString keyFile = VaultKeyFile::pathFor(absolute);
    const auto refused = [this](const QString &message, int code) -> Error {
        m_err << message << Qt::endl;
        m_openFailure = code;
        m_keyFailed = true; // this code stands, database() keeps it
        return Error {ErrorKind::BadInput, message};
    };
    if (!m_recoveryKeyOut.isEmpty() && FileMoves::existsNoFollow(m_recoveryKeyOut))
        return refused(QCoreApplication::translate("trustdesk-cli",
                           "\"%1\" already exists; the recovery key is never written over a file.")
                           .arg(QDir::toNativeSeparators(m_recoveryKeyOut)),
            ExitBadInput);
    if (!QFileInfo(absolute).absoluteDir().exists())
        makeOwnerOnlyPath(QFileInfo(absolute).absolutePath());
    SecretText passphrase;
    KeyFailure failure;
    if (!m_keys.newPassphrase(passphrase, failure, KeySource::newVaultNoTerminal()))
        return refused(failure.message, failure.exitCode);
    auto created = VaultKeyFile::create(keyFile, passphrase.text(), VaultKeyFile::Cost::Standard);
    passphrase.wipe();
    if (!created)
        return refused(created.error().message, exitCodeFor(created.error()));
    QString &recoveryKey = created->recoveryKey;
    const auto forgetRecoveryKey = [&recoveryKey] {
        sodium_memzero(recoveryKey.data(), size_t(recoveryKey.size()) * sizeof(QChar));
    };
    if (!m_recoveryKeyOut.isEmpty()) {
        if (auto s = writeRecoveryKeyFile(m_recoveryKeyOut, recoveryKey); !s) {
            forgetRecoveryKey();
            QFile::remove(keyFile);
            return refused(s.error().message, ExitBadInput);
        }
    }
    auto opened
        = Database::open(m_databasePath, Database::OpenMode::CreateIfMissing, created->dataKey);
    if (!opened) {
        forgetRecoveryKey();
        QFile::remove(keyFile);
        if (!m_recoveryKeyOut.isEmpty())
            QFile::remove(m_recoveryKeyOut);
        return refused(opened.error().message, ExitBadInput);
    }
    m_dataKey = std::move(created->dataKey);
    if (m_recoveryKeyOut.isEmpty()) {
        m_out << QCoreApplication::translate("trustdesk-cli",
            "The new database is encrypted. If its passphrase is ever forgotten, only "
            "this recovery key opens it. It is shown this once: write it down or print "
            "it, and keep it somewhere safe, away from this computer.")
              << "\n\n    " << recoveryKey << "\n\n";
        m_out.flush();
    } else {
        m_out << QCoreApplication::translate("trustdesk-cli",
            "The new database is encrypted. Its recovery key, which opens it if the "
            "passphrase is ever forgotten, is in %1: keep that file safe, away from this "
            "computer.")
                     .arg(QDir::toNativeSeparators(m_recoveryKeyOut))
              << Qt::endl;
    }
    forgetRecoveryKey();
    return opened;
}

void CliContext::showRecoveryKey(const QString &recoveryKey)
{
    m_out << QCoreApplication::translate("trustdesk-cli",
        "The database is encrypted. If its passphrase is ever forgotten, only this "
        "recovery key opens it. It is shown this once: write it down or print it, and "
        "keep it somewhere safe, away from this computer.")
          << "\n\n    " << recoveryKey << "\n\n";
    m_out.flush();
}

Status CliContext::writeRecoveryKeyFile(const QString &path, const QString &recoveryKey)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "The recovery key could not be written to \"%1\": %2. Nothing was changed.")
                .arg(QDir::toNativeSeparators(path), qt_error_string(errno))};
    // The key on the first line, as --recovery-key-file reads it; a note for whoever finds it.
    QByteArray content = recoveryKey.toUtf8() + '\n'
        + QCoreApplication::translate("trustdesk-cli",
            "\nThe recovery key of the encrypted TrustDesk database %1.\nIt opens the database "
            "without its passphrase: keep it safe, away from the computer.\n")
              .arg(QDir::toNativeSeparators(QFileInfo(m_databasePath).absoluteFilePath()))
              .toUtf8();
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size()
        && ::fsync(fd) == 0;
    sodium_memzero(content.data(), size_t(content.size()));
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        return Error {ErrorKind::Io,
            QCoreApplication::translate("trustdesk-cli",
                "The recovery key could not be written to \"%1\". Nothing was changed.")
                .arg(QDir::toNativeSeparators(path))};
    }
    FileMoves::sync(QFileInfo(path).absolutePath());
    return {};
}

} // namespace td::cli
