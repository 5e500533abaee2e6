#include "clicontext.h"

#include "crypto/vaultkeyfile.h"
#include "exitcode.h"
#include "storage/vaultconversion.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace td::cli {
namespace {

std::vector<Command> &registry()
{
    static std::vector<Command> commands;
    return commands;
}

// One command runs per process; its name completes the usage line of its help.
QString &runningCommand()
{
    static QString name;
    return name;
}

// QCommandLineParser starts its usage line with argv[0] ("/usr/bin/trustdesk-cli [options] REF"),
// which leaves out the command: show "trustdesk-cli show [options] REF" instead.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(
            at, program.size(), QStringLiteral("trustdesk-cli %1").arg(runningCommand()).trimmed());
    return text;
}

} // namespace

CliContext::CliContext(QString databasePath, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{ }

Database *CliContext::database(Database::OpenMode mode)
{
    if (m_database)
        return m_database.get();
    auto opened = openDatabase(mode);
    if (!opened) {
        // Commands have always answered a database that cannot be opened with exit code 2;
        // only the key's own failures (4, or 3 for a damaged key file) differ.
        if (!m_keyFailed)
            m_openFailure = ExitBadInput;
        return nullptr;
    }
    m_database = std::move(opened.value());
    return m_database.get();
}

Result<std::unique_ptr<Database>> CliContext::openDatabase(Database::OpenMode mode)
{
    const auto failed = [this](const Error &error, int code) {
        m_err << error.message << Qt::endl;
        m_openFailure = code;
        return error;
    };
    // An office server: no file, no vault key beside it (the server's login and TLS protect it).
    if (Database::isServerUri(m_databasePath)) {
        // Backups and vaults still live beside a database file: on a server they would land in
        // a folder named after the URI. Evidence lives in the server, sealed with the office key
        // (redacted copies too); reports are written where --out says;
        // an office backup is one sealed file of its own (officebackup.cpp).
        // One command a line (several people add to this list).
        // clang-format off
        static const QStringList onServer {
            QStringLiteral("init"),
            QStringLiteral("import"),
            QStringLiteral("export"),
            QStringLiteral("list"),
            QStringLiteral("show"),
            QStringLiteral("search"),
            QStringLiteral("verify"),
            QStringLiteral("audit"),
            QStringLiteral("attach"),
            QStringLiteral("evidence"),
            QStringLiteral("evidence-export"),
            QStringLiteral("evidence-remove"),
            QStringLiteral("office-key"),
            QStringLiteral("officers"),
            QStringLiteral("report"),
            QStringLiteral("client-copy"),
            QStringLiteral("redact"),
            QStringLiteral("faces"),
            QStringLiteral("change-passphrase"),
            QStringLiteral("backup"),
            QStringLiteral("restore"),
            QStringLiteral("stats"),
            QStringLiteral("demo"),
            QStringLiteral("staff"),
        };
        // clang-format on
        if (!onServer.contains(runningCommand()))
            return failed(Error {ErrorKind::BadInput,
                              QCoreApplication::translate("trustdesk-cli",
                                  "trustdesk-cli %1 does not work with an office server yet.")
                                  .arg(runningCommand())},
                ExitBadInput);
        auto opened = Database::open(m_databasePath, mode);
        if (!opened)
            return failed(opened.error(), exitCodeFor(opened.error()));
        if (const int code = unlockOfficeKey(**opened, runningCommand()); code != ExitOk) {
            m_openFailure = code;
            m_keyFailed = true; // this code stands, database() keeps it
            return Error {ErrorKind::BadInput, QString()};
        }
        return opened;
    }
    const QString keyFile = VaultKeyFile::pathFor(QFileInfo(m_databasePath).absoluteFilePath());
    const bool exists = QFileInfo::exists(m_databasePath);
    if (VaultConversion::interrupted(m_databasePath))
        return failed(Error {ErrorKind::BadInput,
                          QCoreApplication::translate("trustdesk-cli",
                              "An encryption of this database is running or was interrupted. "
                              "Run `trustdesk-cli encrypt` to finish or undo it.")},
            ExitBadInput);
    if (!exists && mode == Database::OpenMode::CreateIfMissing && !m_unencrypted
        && !QFileInfo::exists(keyFile)) {
        auto created = createVault();
        if (!created && m_openFailure == 0)
            return failed(created.error(), exitCodeFor(created.error()));
        return created;
    }
    if (!QFileInfo::exists(keyFile)) {
        auto opened = Database::open(m_databasePath, mode);
        if (!opened)
            return failed(opened.error(), exitCodeFor(opened.error()));
        return opened;
    }
    const SecureKey *key = vaultKey();
    if (!key)
        return Error {ErrorKind::BadInput, QString()};
    auto opened = Database::open(m_databasePath, mode, *key);
    if (!opened)
        return failed(opened.error(), exitCodeFor(opened.error()));
    return opened;
}

const SecureKey *CliContext::vaultKey()
{
    if (!m_dataKey.isNull())
        return &m_dataKey;
    KeyFailure failure;
    auto key = m_keys.unlock(
        VaultKeyFile::pathFor(QFileInfo(m_databasePath).absoluteFilePath()), failure);
    if (!key) {
        m_openFailure = fail(failure);
        m_keyFailed = true;
        return nullptr;
    }
    m_dataKey = std::move(*key);
    return &m_dataKey;
}

int CliContext::fail(const KeyFailure &failure)
{
    m_err << failure.message << Qt::endl;
    return failure.exitCode;
}

int CliContext::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    return exitCodeFor(error);
}

int CliContext::usage(const QCommandLineParser &parser, const QString &message)
{
    m_err << message << Qt::endl << Qt::endl << helpText(parser);
    m_err.flush();
    return ExitUsage;
}

int CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    runningCommand() = command;
    parser.addHelpOption();
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
        QCoreApplication::translate(
            "trustdesk-cli", "an encrypted database's passphrase: the first line of FILE"),
        QStringLiteral("FILE"));
    const QCommandLineOption recoveryKeyFile(QStringLiteral("recovery-key-file"),
        QCoreApplication::translate("trustdesk-cli",
            "open an encrypted database with its recovery key, the first line of FILE"),
        QStringLiteral("FILE"));
    parser.addOption(passphraseFile);
    parser.addOption(recoveryKeyFile);
    if (!parser.parse(QStringList {QStringLiteral("trustdesk-cli %1").arg(command)} + args))
        return usage(parser, parser.errorText());
    if (parser.isSet(passphraseFile))
        m_keys.setPassphraseFile(parser.value(passphraseFile));
    if (parser.isSet(recoveryKeyFile))
        m_keys.setRecoveryKeyFile(parser.value(recoveryKeyFile));
    if (parser.optionNames().contains(QStringLiteral("unencrypted")))
        m_unencrypted = parser.isSet(QStringLiteral("unencrypted"));
    if (parser.optionNames().contains(QStringLiteral("recovery-key-out")))
        m_recoveryKeyOut = parser.value(QStringLiteral("recovery-key-out"));
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpText(parser);
        m_out.flush();
        return ExitOk;
    }
    return -1;
}

void CliContext::addNewVaultOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("unencrypted"),
        QCoreApplication::translate("trustdesk-cli",
            "when the database does not exist yet, make it unencrypted (for throwaway data "
            "only); by default a new database is encrypted")});
    parser.addOption({QStringLiteral("recovery-key-out"),
        QCoreApplication::translate("trustdesk-cli",
            "write a new encrypted database's recovery key to FILE (made owner-only; must not "
            "exist) instead of showing it"),
        QStringLiteral("FILE")});
}

void CommandRegistry::add(const Command &command)
{
    registry().push_back(command);
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const auto &c : registry()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> out(registry().begin(), registry().end());
    std::sort(out.begin(), out.end(),
        [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return out;
}

} // namespace td::cli
