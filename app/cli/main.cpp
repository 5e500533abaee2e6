// trustdesk-cli: the headless companion. Parses the global options, hands over to a command.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

using namespace td;
using namespace td::cli;

namespace {


void printHelp(QTextStream &stream)
{
    stream << QCoreApplication::translate("trustdesk-cli", "Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]") << "\n\n"
           << QCoreApplication::translate("trustdesk-cli", "Global options:") << '\n'
           << "  --db PATH     " << QCoreApplication::translate("trustdesk-cli", "database file (default: %1)").arg(defaultDatabasePath()) << '\n'
           << "  -h, --help    " << QCoreApplication::translate("trustdesk-cli", "show this help; COMMAND --help shows a command's options") << '\n'
           << "  --version     " << QCoreApplication::translate("trustdesk-cli", "show the version") << "\n\n"
           << QCoreApplication::translate("trustdesk-cli", "Commands:") << '\n';
    for (const auto &command : CommandRegistry::all())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(15) << "  "
               << QCoreApplication::translate("Command", command.summary) << '\n';
    stream << '\n' << QCoreApplication::translate("trustdesk-cli", "Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure.") << '\n';
    stream.flush();
}

// Commands that print need fonts, hence a QGuiApplication; the rest start faster without one.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool needsGui = false;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        const Command *command = CommandRegistry::find(arg);
        needsGui = command && command->needsGui;
        break;
    }
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    auto application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    initApplicationInfo();
    // Every failure reaches the user as one translated message from the command; the storage
    // layer's diagnostic warnings carry raw SQLite text and would add a second, technical line.
    // QT_LOGGING_RULES (e.g. "trustdesk.*=true") still turns them on for troubleshooting.
    QLoggingCategory::setFilterRules(QStringLiteral("trustdesk.*.warning=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString databasePath = defaultDatabasePath();
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("trustdesk-cli", "--db needs a file path.") << Qt::endl;
                return ExitUsage;
            }
            databasePath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            databasePath = option.mid(5);
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            printHelp(out);
            return ExitOk;
        } else if (option == QLatin1String("--version")) {
            out << "trustdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else {
            err << QCoreApplication::translate("trustdesk-cli", "Unknown option %1.").arg(option) << Qt::endl << Qt::endl;
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
        err << QCoreApplication::translate("trustdesk-cli", "Unknown command \"%1\".").arg(name) << Qt::endl << Qt::endl;
        printHelp(err);
        return ExitUsage;
    }
    CliContext context(databasePath, out, err);
    const int code = command->run(context, args);
    out.flush();
    err.flush();
    return code;
}
