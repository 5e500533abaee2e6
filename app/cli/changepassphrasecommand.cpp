// trustdesk-cli change-passphrase: rewrap an encrypted database's key (or, on an office server,
// the caller's copy of the office key) under a new passphrase.
#include "clicontext.h"
#include "crypto/vaultkeyfile.h"
#include "exitcode.h"
#include "storage/officekeys.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace td::cli {
namespace {

// On an office server: the caller's own wrap of the office key, under a new passphrase.
int changeOfficePassphrase(CliContext &context, const QString &newFile)
{
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    OfficeKeys keys(*db);
    const auto exists = keys.exists();
    if (!exists)
        return context.fail(exists.error());
    if (!exists.value())
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "This office server has no office key yet, so there is no passphrase to change. "
                "Your server login's password is the server administrator's to change.")});
    KeyFailure failure;
    auto key = context.keys().unlockOfficeKey(
        [&keys](const QString &passphrase) { return keys.unlock(passphrase); }, failure);
    if (!key)
        return context.fail(failure);
    SecretText passphrase;
    if (!KeySource::newPassphraseFrom(
            newFile, passphrase, failure, KeySource::newPassphraseFileNoTerminal()))
        return context.fail(failure);
    const Status changed = keys.changePassphrase(*key, passphrase.text());
    passphrase.wipe();
    if (!changed)
        return context.fail(changed.error());
    const auto login = keys.currentLogin();
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "Your passphrase for the office key was changed: the old one no longer opens the "
        "evidence on this server as \"%1\". Colleagues keep their own passphrases; nothing was "
        "re-encrypted. Your server login's password is unchanged.")
                         .arg(login ? login.value() : QString())
                  << Qt::endl;
    return ExitOk;
}

int runChangePassphrase(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Change the passphrase of an encrypted database. The current passphrase (or the recovery "
        "key) comes from the usual places; the new one from --new-passphrase-file, else it is "
        "asked twice on the terminal. Only the key file is rewritten, in one step: after a crash "
        "exactly one of the two passphrases works. The recovery key stays the same. Backups made "
        "before keep opening with the passphrase they were made with. On an office server "
        "(--db postgresql://…) it changes your own passphrase for the office key instead."));
    const QCommandLineOption newFile(QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate("trustdesk-cli", "the new passphrase: the first line of FILE"),
        QStringLiteral("FILE"));
    parser.addOption(newFile);
    if (const int code = context.parse(parser, QStringLiteral("change-passphrase"), args);
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "change-passphrase takes no arguments."));
    if (Database::isServerUri(context.databasePath()))
        return changeOfficePassphrase(context, parser.value(newFile));
    const QString keyFile
        = VaultKeyFile::pathFor(QFileInfo(context.databasePath()).absoluteFilePath());
    if (!QFileInfo::exists(context.databasePath()))
        return context.fail(Error {ErrorKind::NotFound,
            QCoreApplication::translate("trustdesk-cli", "The database \"%1\" does not exist.")
                .arg(context.databasePath())});
    if (!QFileInfo::exists(keyFile))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "This database is not encrypted, so it has no passphrase to change. "
                "`trustdesk-cli encrypt` makes it a vault.")});
    const SecureKey *key = context.vaultKey();
    if (!key)
        return context.openFailed();
    SecretText passphrase;
    KeyFailure failure;
    if (!KeySource::newPassphraseFrom(
            parser.value(newFile), passphrase, failure, KeySource::newPassphraseFileNoTerminal()))
        return context.fail(failure);
    const Status changed = VaultKeyFile::changePassphrase(
        keyFile, *key, passphrase.text(), VaultKeyFile::Cost::Standard);
    passphrase.wipe();
    if (!changed)
        return context.fail(changed.error());
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "The passphrase was changed. The old one no longer opens %1; the recovery key still does.")
                         .arg(context.databasePath())
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar(
    {"change-passphrase", QT_TRANSLATE_NOOP("Command", "change an encrypted database's passphrase"),
        runChangePassphrase});

} // namespace
} // namespace td::cli
