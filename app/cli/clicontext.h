#pragma once

#include "common/result.h"
#include "keysource.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCoreApplication;

namespace td::cli {

/// What every command gets: the database path, output streams, and helpers that keep error
/// handling and exit codes the same across commands.
class CliContext
{
public:
    CliContext(QString databasePath, QTextStream &out, QTextStream &err);

    QString databasePath() const { return m_databasePath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Opens the database (created when missing only for CreateIfMissing); null after printing why
    /// (then openFailed() is the exit code). An encrypted database is unlocked from keys();
    /// a new one is encrypted unless the command's --unencrypted was given (addNewVaultOptions).
    Database *database(Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    /// Opens another connection (verify opens read-only first), unlocked like database(); prints
    /// why it failed.
    Result<std::unique_ptr<Database>> openDatabase(Database::OpenMode mode);
    /// The exit code for the last database() or openDatabase() that failed: the error's own
    /// (exitCodeFor) for openDatabase, 2 for database() as always, and for a key that did not
    /// unlock 4 (3 for a damaged key file) from both.
    int openFailed() const { return m_openFailure; }
    /// Where passphrases and recovery keys come from (global options, then the command's).
    KeySource &keys() { return m_keys; }
    /// The data key of the encrypted database, unlocked once per run; null after printing why.
    const SecureKey *vaultKey();
    /// Uses `dataKey` for the database instead of unlocking its key file (restore onto a new
    /// path copies a backup's key file whose key is already known).
    void useVaultKey(SecureKey dataKey) { m_dataKey = std::move(dataKey); }
    /// Prints a KeyFailure and returns its exit code.
    int fail(const KeyFailure &failure);
    /// Shows a new vault's recovery key on stdout, once, with what it is for.
    void showRecoveryKey(const QString &recoveryKey);
    /// Writes a new vault's recovery key to the new file `path` (0600; never over a file).
    Status writeRecoveryKeyFile(const QString &path, const QString &recoveryKey);
    /// Prints the error to stderr and returns its exit code.
    int fail(const Error &error);
    /// Prints a usage error (and the command's help) and returns ExitUsage.
    int usage(const QCommandLineParser &parser, const QString &message);
    /// Parses a command's arguments; returns -1 when parsing succeeded, else the exit code to
    /// return.
    int parse(QCommandLineParser &parser, const QString &command, const QStringList &args);

    /// On an office server whose office key exists, unlocks it into `db` (once) for a command
    /// that reads evidence only now and then (report's exhibit pictures); prints why not and
    /// returns the exit code. Does nothing for a database file.
    int unlockEvidence(Database &db);

    /// --unencrypted and --recovery-key-out FILE, for the commands that can create a database.
    static void addNewVaultOptions(QCommandLineParser &parser);

private:
    Result<std::unique_ptr<Database>> createVault();
    /// For the commands that read or write evidence bytes on an office server, unlocks the
    /// office key (from keys()) into `db`; prints why not and returns the exit code.
    int unlockOfficeKey(Database &db, const QString &command);
    /// Unlocks the office key into `db` when it exists; without one, an error only if `writes`.
    int unlockOfficeKeyNow(Database &db, bool writes);

    KeySource m_keys;
    SecureKey m_dataKey;
    bool m_unencrypted = false;
    QString m_recoveryKeyOut;
    int m_openFailure = 0;
    bool m_keyFailed = false; ///< the key (or making a vault) failed: m_openFailure stands
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
};

/// A subcommand: its name, a one-line summary for --help, and the function that runs it.
struct Command
{
    const char *name;
    const char *summary; ///< untranslated; shown through QCoreApplication::translate("Command", …)
    int (*run)(CliContext &context, const QStringList &args);
    /// The application object the command needs; null for a QCoreApplication. Commands that print
    /// (fonts, PDF) use makeGuiApplication (guiapplication.h) for an offscreen QGuiApplication.
    std::unique_ptr<QCoreApplication> (*makeApplication)(int &argc, char **argv) = nullptr;
    bool handedOver = false; ///< runs in trustdesk-cli-print (printcommands.h); `run` is null here
};

/// Commands register themselves from their own file with a static CommandRegistrar, so adding
/// a command never touches a shared list.
class CommandRegistry
{
public:
    static void add(const Command &command);
    static const Command *find(const QString &name);
    static QList<Command> all();
};

struct CommandRegistrar
{
    explicit CommandRegistrar(const Command &command) { CommandRegistry::add(command); }
};

} // namespace td::cli
