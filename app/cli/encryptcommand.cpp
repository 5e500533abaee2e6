// trustdesk-cli encrypt: turn a plaintext database into a vault in place.
#include "clicontext.h"
#include "evidence/evidencestoreconversion.h"
#include "exitcode.h"
#include "storage/vaultconversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace td::cli {
namespace {

QString stepName(VaultConversion::Step step)
{
    switch (step) {
    case VaultConversion::Step::Checking:
        return QCoreApplication::translate("trustdesk-cli", "Checking");
    case VaultConversion::Step::Copying:
        return QCoreApplication::translate("trustdesk-cli", "Encrypting");
    case VaultConversion::Step::Verifying:
        return QCoreApplication::translate("trustdesk-cli", "Comparing with the original");
    case VaultConversion::Step::Evidence:
        return QCoreApplication::translate("trustdesk-cli", "Evidence");
    case VaultConversion::Step::Switching:
        return QCoreApplication::translate("trustdesk-cli", "Putting in place");
    }
    return {};
}

int runEncrypt(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Encrypt an existing plaintext database in place. The new passphrase comes from "
        "--passphrase-file (or the file named by TRUSTDESK_PASSPHRASE_FILE, or is asked twice on "
        "the terminal); the recovery key is shown once or written to --recovery-key-out. An "
        "encrypted copy is written beside the database and compared with it table by table; only "
        "then does it take the database's place, and no plaintext copy is left. The evidence files "
        "are sealed the same way, checked, and the plaintext ones deleted. Close TrustDesk "
        "first: the database must not be open anywhere else. Run it again after an interruption: "
        "it finishes or undoes what was begun."));
    parser.addOption({QStringLiteral("recovery-key-out"),
        QCoreApplication::translate("trustdesk-cli",
            "write the recovery key to FILE (made owner-only; must not exist) instead of showing "
            "it"),
        QStringLiteral("FILE")});
    if (const int code = context.parse(parser, QStringLiteral("encrypt"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "encrypt takes no arguments."));
    const QString path = context.databasePath();
    if (Database::isServerUri(path))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "An office server is not encrypted with a passphrase: encrypt turns a database "
                "file into a vault. On a server, its logins and TLS protect the case data, and "
                "the evidence is already encrypted with the office key "
                "(`trustdesk-cli office-key`).")});
    if (!QFileInfo::exists(path))
        return context.fail(Error {ErrorKind::NotFound,
            QCoreApplication::translate("trustdesk-cli", "The database \"%1\" does not exist.")
                .arg(path)});

    if (VaultConversion::interrupted(path)) {
        auto recovered = VaultConversion::recover(path);
        if (!recovered)
            return context.fail(recovered.error());
        if (recovered.value() == VaultConversion::Recovered::Finished) {
            context.out() << QCoreApplication::translate("trustdesk-cli",
                "An interrupted encryption was finished: %1 is encrypted now, with the "
                "passphrase and recovery key given then.")
                                 .arg(path)
                          << Qt::endl;
            return ExitOk;
        }
        context.err() << QCoreApplication::translate("trustdesk-cli",
            "An interrupted encryption was undone; the database was still unencrypted. "
            "Starting again.")
                      << Qt::endl;
    }

    const QString recoveryOut = parser.value(QStringLiteral("recovery-key-out"));
    if (!recoveryOut.isEmpty() && QFileInfo::exists(recoveryOut))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "\"%1\" already exists; the recovery key is never written over a file.")
                .arg(QDir::toNativeSeparators(recoveryOut))});
    SecretText passphrase;
    KeyFailure failure;
    if (!context.keys().newPassphrase(passphrase, failure,
            QCoreApplication::translate("KeySource",
                "Encrypting needs a new passphrase, and there is no terminal to ask for it. Give "
                "it with --passphrase-file FILE (or name that file in the environment variable "
                "%1). Nothing was changed.")
                .arg(QLatin1String(KeySource::kEnvironmentVariable))))
        return context.fail(failure);

    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    VaultConversion::Callbacks callbacks;
    callbacks.progress = [&context, showProgress](VaultConversion::Step step, int percent) {
        if (showProgress) {
            context.err() << '\r' << stepName(step) << ' ' << percent << "%   ";
            context.err().flush();
        }
        return true;
    };
    callbacks.evidence = EvidenceStoreConversion::sealForConversion;
    callbacks.keepRecoveryKey = [&context, &recoveryOut](const QString &recoveryKey) -> Status {
        if (!recoveryOut.isEmpty())
            return context.writeRecoveryKeyFile(recoveryOut, recoveryKey);
        context.showRecoveryKey(recoveryKey);
        return {};
    };
    const Status encrypted = VaultConversion::encrypt(
        path, passphrase.text(), VaultKeyFile::Cost::Standard, callbacks);
    passphrase.wipe();
    if (showProgress)
        context.err() << Qt::endl;
    if (!encrypted)
        return context.fail(encrypted.error());
    context.out() << QCoreApplication::translate(
        "trustdesk-cli", "%1 is encrypted now; it opens only with its passphrase or recovery key.")
                         .arg(path)
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({"encrypt",
    QT_TRANSLATE_NOOP("Command", "encrypt a plaintext database in place, safely"), runEncrypt});

} // namespace
} // namespace td::cli
