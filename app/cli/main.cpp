// trustdesk-cli: the headless companion. Parses the global options, hands over to a command.
#include "clicontext.h"
#include "common/appinfo.h"
#include "common/processhardening.h"
#include "drivernotices.h"
#include "exitcode.h"
#include "printhandover.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace td;
using namespace td::cli;

namespace {

void printHelp(QTextStream &stream)
{
    stream << QCoreApplication::translate(
        "trustdesk-cli", "Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]")
           << "\n\n"
           << QCoreApplication::translate("trustdesk-cli", "Global options:") << '\n'
           << "  --db PATH     "
           << QCoreApplication::translate("trustdesk-cli",
                  "database file, or an office server's postgresql:// URI (default: %1)")
                  .arg(defaultDatabasePath())
           << '\n'
           << "  --passphrase-file FILE\n                "
           << QCoreApplication::translate("trustdesk-cli",
                  "an encrypted database's passphrase: the first line of FILE (else the file "
                  "named by %1, else asked on the terminal)")
                  .arg(QLatin1String(KeySource::kEnvironmentVariable))
           << '\n'
           << "  --recovery-key-file FILE\n                "
           << QCoreApplication::translate("trustdesk-cli",
                  "open an encrypted database with its recovery key, the first line of FILE")
           << '\n'
           << "  -h, --help    "
           << QCoreApplication::translate(
                  "trustdesk-cli", "show this help; COMMAND --help shows a command's options")
           << '\n'
           << "  --version     " << QCoreApplication::translate("trustdesk-cli", "show the version")
           << "\n\n"
           << QCoreApplication::translate("trustdesk-cli", "Commands:") << '\n';
    const QList<Command> commands = CommandRegistry::all();
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const auto &command : commands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(width) << "  "
               << QCoreApplication::translate("Command", command.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("trustdesk-cli",
                  "Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure, "
                  "4 wrong or missing passphrase or recovery key, 5 not allowed to this login by "
                  "the office server.")
           << '\n';
    stream.flush();
}

// The command named on the command line (after the global options), if any.
const Command *requestedCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--passphrase-file")
            || arg == QLatin1String("--recovery-key-file")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return CommandRegistry::find(arg);
    }
    return nullptr;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, const Command *command)
{
    if (command && command->makeApplication)
        return command->makeApplication(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    // A reader that goes away (`export | head`) makes writes fail with EPIPE instead of killing
    // the program, so a command can still record in the audit log that its output was cut off.
    std::signal(SIGPIPE, SIG_IGN);
    const Command *requested = requestedCommand(argc, argv);
    if (requested && requested->handedOver) {
        QString error;
        handOverToPrintProgram(argv, error); // returns only when it could not
        QTextStream(stderr) << error << Qt::endl;
        return ExitBadInput;
    }
    auto application = makeApplication(argc, argv, requested);
    QCoreApplication &app = *application;
    initApplicationInfo();
    // Every failure reaches the user as one translated message from the command; the storage
    // layer's diagnostic warnings carry raw SQLite text and would add a second, technical line.
    // QT_LOGGING_RULES (e.g. "trustdesk.*=true") still turns them on for troubleshooting.
    QLoggingCategory::setFilterRules(QStringLiteral("trustdesk.*.warning=false"));
    quietDriverNotices();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString databasePath = defaultDatabasePath();
    QString passphraseFile;
    QString recoveryKeyFile;
    // "--name VALUE" or "--name=VALUE"; false (after saying so) when VALUE is missing.
    const auto valueOf = [&args, &err](const QString &option, const QString &name, QString &value) {
        if (option == name) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("trustdesk-cli", "%1 needs a file path.")
                           .arg(name)
                    << Qt::endl;
                return false;
            }
            value = args.takeFirst();
        } else {
            value = option.mid(name.size() + 1);
        }
        return true;
    };
    const auto isOption = [](const QString &option, const QString &name) {
        return option == name || option.startsWith(name + QLatin1Char('='));
    };
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("trustdesk-cli", "--db needs a file path.")
                    << Qt::endl;
                return ExitUsage;
            }
            databasePath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            databasePath = option.mid(5);
        } else if (isOption(option, QStringLiteral("--passphrase-file"))) {
            if (!valueOf(option, QStringLiteral("--passphrase-file"), passphraseFile))
                return ExitUsage;
        } else if (isOption(option, QStringLiteral("--recovery-key-file"))) {
            if (!valueOf(option, QStringLiteral("--recovery-key-file"), recoveryKeyFile))
                return ExitUsage;
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            printHelp(out);
            return ExitOk;
        } else if (option == QLatin1String("--version")) {
            out << "trustdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else {
            err << QCoreApplication::translate("trustdesk-cli", "Unknown option %1.").arg(option)
                << Qt::endl
                << Qt::endl;
            printHelp(err);
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    const Command *command = CommandRegistry::find(name);
    if (!command) {
        err << QCoreApplication::translate("trustdesk-cli", "Unknown command \"%1\".").arg(name)
            << Qt::endl
            << Qt::endl;
        printHelp(err);
        return ExitUsage;
    }
    CliContext context(databasePath, out, err);
    context.keys().setPassphraseFile(passphraseFile);
    context.keys().setRecoveryKeyFile(recoveryKeyFile);
    const int code = command->run(context, args);
    out.flush();
    err.flush();
    return code;
}
