#include "summaryoutput.h"

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

} // namespace

void printSummaries(QTextStream &out, const QList<CaseSummary> &cases, bool json)
{
    if (json) {
        QJsonArray array;
        for (const auto &c : cases) {
            array.append(QJsonObject {
                {QStringLiteral("reference"), c.reference},
                {QStringLiteral("status"), caseStatusCode(c.status)},
                {QStringLiteral("client_name"), c.clientName},
                {QStringLiteral("opened_on"), dateValue(c.openedOn)},
                {QStringLiteral("last_incident_on"), dateValue(c.lastIncidentOn)},
                {QStringLiteral("assigned_caseworker"), c.assignedCaseworker},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    for (const auto &c : cases) {
        out << c.reference << '\t' << caseStatusCode(c.status) << '\t'
            << c.openedOn.toString(Qt::ISODate) << '\t' << oneLine(c.clientName) << '\n';
    }
}

} // namespace td::cli
