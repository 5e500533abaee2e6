#pragma once

#include "common/result.h"
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

    /// Opens the database (created when missing only for CreateIfMissing); null after printing why.
    Database *database(Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    /// Prints the error to stderr and returns its exit code.
    int fail(const Error &error);
    /// Prints a usage error (and the command's help) and returns ExitUsage.
    int usage(const QCommandLineParser &parser, const QString &message);
    /// Parses a command's arguments; returns -1 when parsing succeeded, else the exit code to
    /// return.
    int parse(QCommandLineParser &parser, const QString &command, const QStringList &args);

private:
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
