// trustdesk-cli profile: shows or sets the caseworker profile (name, role) that audit and custody
// entries name as their actor. The app asks for it at first start; both keep it in one Settings.
#include "clicontext.h"
#include "common/appinfo.h"
#include "common/caseworkerprofile.h"
#include "common/settings.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace td::cli {
namespace {

int runProfile(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Show the caseworker profile, or set it with --name (and --role). Audit and custody "
        "entries name this profile as who acted; without one they say \"unnamed\". The --office "
        "options set the office printed on client copies and handouts."));
    parser.addOption({QStringLiteral("name"),
        QCoreApplication::translate("trustdesk-cli", "the caseworker's name"),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"),
        QCoreApplication::translate("trustdesk-cli", "their role (caseworker, supervisor, …)"),
        QStringLiteral("ROLE")});
    // The office: printed on client copies and handouts; its zone is the one times are shown in.
    parser.addOption({QStringLiteral("office-name"),
        QCoreApplication::translate("trustdesk-cli", "the office's name"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("office-address"),
        QCoreApplication::translate("trustdesk-cli", "its address (\\n between lines)"),
        QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("office-phone"),
        QCoreApplication::translate("trustdesk-cli", "its phone number"), QStringLiteral("PHONE")});
    parser.addOption({QStringLiteral("office-email"),
        QCoreApplication::translate("trustdesk-cli", "its email address"),
        QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("time-zone"),
        QCoreApplication::translate("trustdesk-cli", "its time zone (America/New_York)"),
        QStringLiteral("ZONE")});
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
    const QStringList officeOptions {QStringLiteral("office-name"),
        QStringLiteral("office-address"), QStringLiteral("office-phone"),
        QStringLiteral("office-email"), QStringLiteral("time-zone")};
    if (std::any_of(officeOptions.cbegin(), officeOptions.cend(),
            [&parser](const QString &o) { return parser.isSet(o); })) {
        OfficeProfile office = settings.officeProfile();
        if (parser.isSet(QStringLiteral("office-name")))
            office.name = parser.value(QStringLiteral("office-name"));
        if (parser.isSet(QStringLiteral("office-address")))
            office.address = parser.value(QStringLiteral("office-address"))
                                 .replace(QLatin1String("\\n"), QLatin1String("\n"));
        if (parser.isSet(QStringLiteral("office-phone")))
            office.phone = parser.value(QStringLiteral("office-phone"));
        if (parser.isSet(QStringLiteral("office-email")))
            office.email = parser.value(QStringLiteral("office-email"));
        if (parser.isSet(QStringLiteral("time-zone"))) {
            office.timeZoneId = parser.value(QStringLiteral("time-zone")).toUtf8();
            if (!office.timeZoneId.isEmpty()
                && !QTimeZone::isTimeZoneIdAvailable(office.timeZoneId)) {
                context.err() << QCoreApplication::translate("trustdesk-cli",
                    "\"%1\" is not a time zone this system knows (for example America/New_York).")
                                     .arg(parser.value(QStringLiteral("time-zone")))
                              << Qt::endl;
                return ExitBadInput;
            }
        }
        settings.setOfficeProfile(office);
        settings.sync();
    }
    const OfficeProfile office = settings.officeProfile();
    if (!office.isEmpty() || !office.timeZoneId.isEmpty()) {
        context.out() << QCoreApplication::translate("trustdesk-cli", "Office:") << '\n';
        for (const QString &line : office.contactLines())
            context.out() << "  " << line << '\n';
        context.out() << "  "
                      << QCoreApplication::translate("trustdesk-cli", "Time zone: %1")
                             .arg(QString::fromUtf8(office.timeZone().id()))
                      << '\n';
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
