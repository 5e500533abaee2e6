// trustdesk-cli office-key init | add LOGIN | list: the office key that seals the evidence kept in
// an office server, wrapped once per staff member (docs/office-mode.md).
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "storage/officekeys.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int unlockFailed(CliContext &context, const KeyFailure &failure)
{
    return context.fail(failure);
}

int runInit(CliContext &context, OfficeKeys &keys)
{
    SecretText passphrase;
    KeyFailure failure;
    if (!context.keys().newPassphrase(passphrase, failure,
            KeySource::officeKeyNoTerminal(QStringLiteral("--passphrase-file"))))
        return unlockFailed(context, failure);
    auto created = keys.create(passphrase.text(), currentActor());
    passphrase.wipe();
    if (!created)
        return context.fail(created.error());
    const auto login = keys.currentLogin();
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "The office key was made and wrapped for the login \"%1\" with this passphrase. Add "
        "colleagues with `trustdesk-cli office-key add LOGIN`. Without at least one person's "
        "passphrase, the evidence on this server cannot be read: give the key to two people.")
                         .arg(login ? login.value() : QString())
                  << Qt::endl;
    return ExitOk;
}

int runAdd(CliContext &context, OfficeKeys &keys, const QString &login, const QString &newFile)
{
    KeyFailure failure;
    auto key = context.keys().unlockOfficeKey(
        [&keys](const QString &passphrase) { return keys.unlock(passphrase); }, failure);
    if (!key)
        return unlockFailed(context, failure);
    SecretText passphrase;
    if (!KeySource::newPassphraseFrom(
            newFile, passphrase, failure, KeySource::newPassphraseFileNoTerminal()))
        return unlockFailed(context, failure);
    const Status added = keys.add(*key, login, passphrase.text(), currentActor());
    passphrase.wipe();
    if (!added)
        return context.fail(added.error());
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "The office key was wrapped for the login \"%1\": that person now opens the evidence "
        "with their own passphrase. Nothing was re-encrypted.")
                         .arg(login)
                  << Qt::endl;
    return ExitOk;
}

int runOfficeKey(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Manage the office key of an office server, which encrypts the evidence kept in it. "
        "\"init\" makes the key and wraps it for your login with a passphrase (from "
        "--passphrase-file or asked twice). \"add LOGIN\" wraps the same key for a colleague: "
        "your passphrase comes from the usual places, theirs from --new-passphrase-file or is "
        "asked twice. \"list\" shows the logins holding the key."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("trustdesk-cli", "init, add or list"));
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
        QCoreApplication::translate("trustdesk-cli", "for add: the colleague's server login"),
        QStringLiteral("[LOGIN]"));
    const QCommandLineOption newFile(QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate(
            "trustdesk-cli", "for add: the colleague's passphrase, the first line of FILE"),
        QStringLiteral("FILE"));
    parser.addOption(newFile);
    if (const int code = context.parse(parser, QStringLiteral("office-key"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool add = action == QLatin1String("add");
    if ((add && positional.size() != 2)
        || (!add
            && (positional.size() != 1
                || (action != QLatin1String("init") && action != QLatin1String("list")))))
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "office-key needs init, add LOGIN or list."));
    if (!Database::isServerUri(context.databasePath()))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "An office key exists only on an office server: give --db a postgresql:// URI. A "
                "database file is encrypted with its own passphrase instead.")});
    Database *db
        = context.database(action == QLatin1String("list") ? Database::OpenMode::ReadOnly
                                                           : Database::OpenMode::ExistingOnly);
    if (!db)
        return context.openFailed();
    OfficeKeys keys(*db);
    if (action == QLatin1String("init"))
        return runInit(context, keys);
    if (add)
        return runAdd(context, keys, positional.at(1), parser.value(newFile));
    const auto logins = keys.logins();
    if (!logins)
        return context.fail(logins.error());
    for (const auto &login : logins.value())
        context.out() << login << '\n';
    return ExitOk;
}

const CommandRegistrar registrar({"office-key",
    QT_TRANSLATE_NOOP("Command", "manage the office key that encrypts an office server's evidence"),
    runOfficeKey});

} // namespace
} // namespace td::cli
