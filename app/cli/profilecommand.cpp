// trustdesk-cli profile: shows or sets the caseworker profile (name, role) that audit and custody
// entries name as their actor. The app asks for it at first start; both keep it in one Settings.
#include "clicontext.h"
#include "common/appinfo.h"
#include "common/caseworkerprofile.h"
#include "common/settings.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runProfile(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Show the caseworker profile, or set it with --name (and --role). Audit and custody "
        "entries name this profile as who acted; without one they say \"unnamed\"."));
    parser.addOption({QStringLiteral("name"),
        QCoreApplication::translate("trustdesk-cli", "the caseworker's name"),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"),
        QCoreApplication::translate("trustdesk-cli", "their role (caseworker, supervisor, …)"),
        QStringLiteral("ROLE")});
    if (const int code = context.parse(parser, QStringLiteral("profile"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "profile takes no arguments."));

    Settings settings;
    if (parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("role"))) {
        CaseworkerProfile profile = settings.caseworkerProfile();
        if (parser.isSet(QStringLiteral("name")))
            profile.name = parser.value(QStringLiteral("name"));
        if (parser.isSet(QStringLiteral("role")))
            profile.role = parser.value(QStringLiteral("role"));
        profile = profile.normalized();
        if (profile.isEmpty()) {
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "A caseworker profile needs a name: trustdesk-cli profile --name NAME "
                "[--role ROLE].")
                          << Qt::endl;
            return ExitBadInput;
        }
        settings.setCaseworkerProfile(profile);
        settings.sync();
        if (settings.caseworkerProfile().actor() != profile.actor()) {
            context.err() << QCoreApplication::translate(
                "trustdesk-cli", "The profile could not be saved in the settings.")
                          << Qt::endl;
            return ExitBadInput;
        }
    }
    const CaseworkerProfile profile = settings.caseworkerProfile();
    if (profile.isEmpty()) {
        context.out() << QCoreApplication::translate("trustdesk-cli",
            "No caseworker profile is set: entries are recorded as \"%1\".\n"
            "Set one with: trustdesk-cli profile --name NAME --role ROLE")
                             .arg(currentActor())
                      << Qt::endl;
        return ExitOk;
    }
    context.out()
        << QCoreApplication::translate("trustdesk-cli", "Name: %1").arg(profile.name) << '\n'
        << QCoreApplication::translate("trustdesk-cli", "Role: %1").arg(profile.role) << '\n'
        << QCoreApplication::translate("trustdesk-cli", "Recorded as: %1").arg(profile.actor())
        << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({"profile",
    QT_TRANSLATE_NOOP("Command", "show or set the caseworker profile recorded as the actor"),
    runProfile});

} // namespace
} // namespace td::cli
