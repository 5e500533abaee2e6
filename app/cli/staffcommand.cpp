// trustdesk-cli staff add LOGIN --role ROLE | role LOGIN ROLE | password LOGIN --password-file F |
// remove LOGIN | list: the people of an office server, their roles, which the server enforces, and
// their login passwords (docs/office-mode.md, "People and roles").
#include "clicontext.h"
#include "exitcode.h"
#include "keysource.h"
#include "storage/staffroles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {
namespace {

QString yesNo(bool yes)
{
    return yes ? QCoreApplication::translate("trustdesk-cli", "yes")
               : QCoreApplication::translate("trustdesk-cli", "no");
}

int runList(CliContext &context, StaffRoles &staff, bool json)
{
    const auto members = staff.list();
    if (!members)
        return context.fail(members.error());
    if (json) {
        QJsonArray array;
        for (const auto &m : members.value())
            array.append(
                QJsonObject {{QStringLiteral("login"), m.login}, {QStringLiteral("role"), m.role},
                    {QStringLiteral("office_key"), m.holdsOfficeKey}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const auto &m : members.value())
        context.out() << m.login << '\t' << m.role << '\t' << yesNo(m.holdsOfficeKey) << '\n';
    return ExitOk;
}

// The first line of --password-file, or a failure's exit code.
int readPassword(CliContext &context, const QString &passwordFile, SecretText &password)
{
    KeyFailure failure;
    if (!KeySource::readFirstLine(passwordFile,
            QCoreApplication::translate("trustdesk-cli", "login password file"), password, failure))
        return context.fail(failure);
    return -1;
}

int runSet(CliContext &context, StaffRoles &staff, const QString &login, const QString &role,
    const QString &passwordFile)
{
    SecretText password;
    if (!passwordFile.isEmpty()) {
        if (const int code = readPassword(context, passwordFile, password); code >= 0)
            return code;
    }
    const Status done = staff.set(login, role, password.text());
    password.wipe();
    if (!done)
        return context.fail(done.error());
    context.out() << QCoreApplication::translate(
        "trustdesk-cli", "The login \"%1\" is now %2 on this office server.")
                         .arg(login, role)
                  << Qt::endl;
    return ExitOk;
}

int runPassword(
    CliContext &context, StaffRoles &staff, const QString &login, const QString &passwordFile)
{
    SecretText password;
    if (const int code = readPassword(context, passwordFile, password); code >= 0)
        return code;
    const Status done = staff.setPassword(login, password.text());
    password.wipe();
    if (!done)
        return context.fail(done.error());
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "The login \"%1\" has a new password; its old one no longer opens the office server.")
                         .arg(login)
                  << Qt::endl;
    return ExitOk;
}

int runStaff(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Manage the people of an office server (admins only). \"add LOGIN --role ROLE\" gives a "
        "login a role, creating the login (without a password, or with the first line of "
        "--password-file, ASCII only, of which the server receives only the SCRAM-SHA-256 "
        "verifier) when it is missing; \"role LOGIN ROLE\" changes it; \"password LOGIN "
        "--password-file FILE\" gives a staff member a new password (the same rules) and keeps "
        "the role; \"remove LOGIN\" takes every role away (the login stays); \"list\" shows "
        "login, role and whether the person holds the office key. Roles: caseworker, "
        "supervisor, admin."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("trustdesk-cli", "add, role, password, remove or list"));
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
        QCoreApplication::translate("trustdesk-cli", "the person's server login"),
        QStringLiteral("[LOGIN]"));
    parser.addPositionalArgument(QStringLiteral("ROLE"),
        QCoreApplication::translate("trustdesk-cli", "for role: caseworker, supervisor or admin"),
        QStringLiteral("[ROLE]"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QCoreApplication::translate("trustdesk-cli", "for add: caseworker, supervisor or admin"),
        QStringLiteral("ROLE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QCoreApplication::translate("trustdesk-cli",
            "for add and password: the login's password (ASCII), the first line of FILE; only "
            "its SCRAM-SHA-256 verifier is sent to the server"),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "for list: print JSON"));
    parser.addOption(roleOption);
    parser.addOption(passwordFile);
    parser.addOption(json);
    if (const int code = context.parse(parser, QStringLiteral("staff"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const int wanted = action == QLatin1String("list") ? 1
        : action == QLatin1String("add")               ? 2
        : action == QLatin1String("remove")            ? 2
        : action == QLatin1String("password")          ? 2
        : action == QLatin1String("role")              ? 3
                                                       : -1;
    const bool setsPassword = action == QLatin1String("password");
    if (wanted < 0 || positional.size() != wanted
        || ((action == QLatin1String("add")) != parser.isSet(roleOption))
        || (parser.isSet(passwordFile) && action != QLatin1String("add") && !setsPassword)
        || (setsPassword && !parser.isSet(passwordFile))
        || (parser.isSet(json) && action != QLatin1String("list")))
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "staff needs add LOGIN --role ROLE, role LOGIN ROLE, password LOGIN "
                "--password-file FILE, remove LOGIN or list."));
    const QString role
        = action == QLatin1String("add") ? parser.value(roleOption) : positional.value(2);
    if (action == QLatin1String("add") || action == QLatin1String("role")) {
        if (!StaffRoles::roles().contains(role)) {
            context.err() << QCoreApplication::translate(
                "trustdesk-cli", "\"%1\" is not a role: use caseworker, supervisor or admin.")
                                 .arg(role)
                          << Qt::endl;
            return ExitBadInput;
        }
    }
    if (!Database::isServerUri(context.databasePath()))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli",
                "Staff and roles exist only on an office server: give --db a postgresql:// URI. "
                "A database file belongs to whoever can open it.")});
    Database *db
        = context.database(action == QLatin1String("list") ? Database::OpenMode::ReadOnly
                                                           : Database::OpenMode::ExistingOnly);
    if (!db)
        return context.openFailed();
    StaffRoles staff(*db);
    if (action == QLatin1String("list"))
        return runList(context, staff, parser.isSet(json));
    const QString login = positional.at(1);
    if (action == QLatin1String("remove")) {
        const auto removed = staff.remove(login);
        if (!removed)
            return context.fail(removed.error());
        context.out() << (removed.value()
                ? QCoreApplication::translate("trustdesk-cli",
                    "The login \"%1\" has no role on this office server any more; the login "
                    "itself was kept.")
                : QCoreApplication::translate(
                    "trustdesk-cli", "The login \"%1\" had no role on this office server."))
                             .arg(login)
                      << Qt::endl;
        return ExitOk;
    }
    if (setsPassword)
        return runPassword(context, staff, login, parser.value(passwordFile));
    return runSet(context, staff, login, role, parser.value(passwordFile));
}

const CommandRegistrar registrar(
    {"staff", QT_TRANSLATE_NOOP("Command", "manage the people of an office server and their roles"),
        runStaff});

} // namespace
} // namespace td::cli
