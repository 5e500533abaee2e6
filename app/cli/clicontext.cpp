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

} // namespace

CliContext::CliContext(QString databasePath, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
{
}

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
    m_err << message << Qt::endl << Qt::endl << parser.helpText();
    m_err.flush();
    return ExitUsage;
}

int CliContext::parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("trustdesk-cli %1").arg(command)} + args))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
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
    std::sort(out.begin(), out.end(), [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return out;
}

} // namespace td::cli
