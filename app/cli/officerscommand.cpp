// trustdesk-cli officers: the roster of repeat officers (by badge number and agency), or with
// --badge the cases one officer appears in. Officers' names and badges only; no client data.
#include "clicontext.h"
#include "exitcode.h"
#include "storage/officerquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {
namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

void printRoster(QTextStream &out, const QList<OfficerRosterEntry> &roster, bool json)
{
    if (json) {
        QJsonArray officers;
        for (const auto &e : roster) {
            officers.append(QJsonObject {
                {QStringLiteral("badge_number"), e.badgeNumber},
                {QStringLiteral("badge_key"), e.badgeKey},
                {QStringLiteral("agency"), e.agency},
                {QStringLiteral("name"), e.name},
                {QStringLiteral("incidents"), e.incidents},
                {QStringLiteral("cases"), e.cases},
                {QStringLiteral("categories"), QJsonArray::fromStringList(e.categories)},
                {QStringLiteral("first_incident_on"), dateValue(e.firstIncidentOn)},
                {QStringLiteral("last_incident_on"), dateValue(e.lastIncidentOn)},
            });
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("officers"), officers}}).toJson());
        return;
    }
    for (const auto &e : roster) {
        out << e.incidents << '\t' << e.cases << '\t' << oneLine(e.badgeNumber) << '\t'
            << oneLine(e.agency) << '\t' << e.firstIncidentOn.toString(Qt::ISODate) << '\t'
            << e.lastIncidentOn.toString(Qt::ISODate) << '\t' << e.categories.join(QLatin1Char(','))
            << '\t' << oneLine(e.name) << '\n';
    }
}

void printCases(QTextStream &out, const QList<OfficerCase> &cases, bool json)
{
    if (json) {
        QJsonArray array;
        for (const auto &c : cases) {
            array.append(QJsonObject {
                {QStringLiteral("reference"), c.reference},
                {QStringLiteral("first_incident_on"), dateValue(c.firstIncidentOn)},
                {QStringLiteral("last_incident_on"), dateValue(c.lastIncidentOn)},
            });
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("cases"), array}}).toJson());
        return;
    }
    for (const auto &c : cases)
        out << c.reference << '\t' << c.firstIncidentOn.toString(Qt::ISODate) << '\t'
            << c.lastIncidentOn.toString(Qt::ISODate) << '\n';
}

int runOfficers(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "List officers recorded in more than one incident, most incidents first: incidents, "
        "cases, badge number, agency, first and last incident, violation categories, name. "
        "Officers are recognized by badge number (spaces, \"#\", \"No.\" and leading zeros "
        "ignored) and agency."));
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "print JSON instead of one line an officer")});
    parser.addOption({QStringLiteral("min-incidents"),
        QCoreApplication::translate(
            "trustdesk-cli", "only officers in at least N incidents (default 2; 1 lists all)"),
        QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("badge"),
        QCoreApplication::translate(
            "trustdesk-cli", "instead, list the cases in which this badge number appears"),
        QStringLiteral("BADGE")});
    parser.addOption({QStringLiteral("agency"),
        QCoreApplication::translate("trustdesk-cli",
            "with --badge, only this agency (records without an agency match any)"),
        QStringLiteral("AGENCY")});
    if (const int code = context.parse(parser, QStringLiteral("officers"), args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "officers takes no arguments."));
    bool ok = false;
    const int minIncidents = parser.value(QStringLiteral("min-incidents")).toInt(&ok);
    if (!ok || minIncidents < 1)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "--min-incidents needs a whole number of 1 or more."));
    const bool byBadge = parser.isSet(QStringLiteral("badge"));
    if (!byBadge && parser.isSet(QStringLiteral("agency")))
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "--agency needs --badge."));

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    OfficerQuery query(*db);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (byBadge) {
        auto cases = query.casesWith(
            parser.value(QStringLiteral("badge")), parser.value(QStringLiteral("agency")));
        if (!cases)
            return context.fail(cases.error());
        printCases(context.out(), cases.value(), json);
        return ExitOk;
    }
    auto roster = query.roster(minIncidents);
    if (!roster)
        return context.fail(roster.error());
    printRoster(context.out(), roster.value(), json);
    return ExitOk;
}

const CommandRegistrar registrar({"officers",
    QT_TRANSLATE_NOOP("Command", "list repeat officers, or the cases of one badge number"),
    runOfficers});

} // namespace
} // namespace td::cli
