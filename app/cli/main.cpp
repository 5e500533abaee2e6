// trustdesk-cli: the headless companion. Parses the global options, hands over to a command.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace td;
using namespace td::cli;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trustdesk-cli", text);
}

void printHelp(QTextStream &stream)
{
    stream << tr("Usage: trustdesk-cli [--db PATH] COMMAND [OPTIONS…]") << "\n\n"
           << tr("Global options:") << '\n'
           << "  --db PATH     " << tr("database file (default: %1)").arg(defaultDatabasePath()) << '\n'
           << "  -h, --help    " << tr("show this help; COMMAND --help shows a command's options") << '\n'
           << "  --version     " << tr("show the version") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &command : CommandRegistry::all())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12) << "  "
               << QCoreApplication::translate("Command", command.summary) << '\n';
    stream << '\n' << tr("Exit codes: 0 ok, 1 usage, 2 bad input or not found, 3 integrity failure.") << '\n';
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initApplicationInfo();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = app.arguments().mid(1);
    QString databasePath = defaultDatabasePath();
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << tr("--db needs a file path.") << Qt::endl;
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
            err << tr("Unknown option %1.").arg(option) << Qt::endl << Qt::endl;
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
        err << tr("Unknown command \"%1\".").arg(name) << Qt::endl << Qt::endl;
        printHelp(err);
        return ExitUsage;
    }
    CliContext context(databasePath, out, err);
    const int code = command->run(context, args);
    out.flush();
    err.flush();
    return code;
}
