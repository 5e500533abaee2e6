#include "clicontext.h"

#include "exitcode.h"

#include <QCoreApplication>

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
    auto opened = Database::open(m_databasePath, mode);
    if (!opened) {
        m_err << opened.error().message << Qt::endl;
        return nullptr;
    }
    m_database = std::move(opened.value());
    return m_database.get();
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
    if (!parser.parse(QStringList {QStringLiteral("trustdesk-cli %1").arg(command)} + args))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << helpText(parser);
        m_out.flush();
        return ExitOk;
    }
    return -1;
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
