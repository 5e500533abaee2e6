#include "casejson.h"

#include "domain/violationcategory.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace td::CaseJson {
namespace {

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("HH:mm")))
                       : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue clientValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::QDate)
        return dateValue(v.toDate());
    return v.toString();
}

QJsonObject writeClient(const Client &client, const RedactionPolicy &policy)
{
    QJsonObject o;
    for (const auto &info : clientFields()) {
        if (!policy.withholds(info.field))
            o.insert(QLatin1String(info.key), clientValue(client.value(info.field)));
    }
    return o;
}

QJsonObject writeIncident(const Incident &inc, const RedactionPolicy &policy)
{
    QJsonArray officers;
    for (const auto &o : inc.officers) {
        officers.append(QJsonObject {{QStringLiteral("name"), o.name},
            {QStringLiteral("badge_number"), o.badgeNumber}, {QStringLiteral("unit"), o.unit},
            {QStringLiteral("description"), o.description}});
    }
    // A withheld contact is left out like a withheld client field, so a reader can tell it from "".
    const bool contactShown = !policy.withholds(SensitiveDetail::WitnessContact);
    QJsonArray witnesses;
    for (const auto &w : inc.witnesses) {
        QJsonObject o {
            {QStringLiteral("name"), w.name}, {QStringLiteral("statement"), w.statement}};
        if (contactShown)
            o.insert(QStringLiteral("contact"), w.contact);
        witnesses.append(o);
    }
    return QJsonObject {{QStringLiteral("date"), dateValue(inc.date)},
        {QStringLiteral("time"), timeValue(inc.time)}, {QStringLiteral("location"), inc.location},
        {QStringLiteral("police_district"), inc.policeDistrict},
        {QStringLiteral("agency"), inc.agency},
        {QStringLiteral("violations"), QJsonArray::fromStringList(inc.violations)},
        {QStringLiteral("narrative"), inc.narrative}, {QStringLiteral("officers"), officers},
        {QStringLiteral("witnesses"), witnesses}};
}

QJsonObject writeEvidence(const EvidenceItem &e)
{
    return QJsonObject {{QStringLiteral("original_name"), e.originalName},
        {QStringLiteral("media_type"), e.mediaType}, {QStringLiteral("size_bytes"), e.sizeBytes},
        {QStringLiteral("sha256"), e.sha256},
        {QStringLiteral("captured_at"), dateTimeValue(e.capturedAt)},
        {QStringLiteral("captured_origin"), captureOriginCode(e.capturedOrigin)},
        {QStringLiteral("added_by"), e.addedBy},
        {QStringLiteral("added_at"), dateTimeValue(e.addedAt)},
        {QStringLiteral("description"), e.description}, {QStringLiteral("source"), e.source}};
}

QString itemPath(const QString &parent, const char *key, qsizetype index)
{
    const QString k = QString::fromLatin1(key);
    return QStringLiteral("%1[%2]")
        .arg(parent.isEmpty() ? k : parent + QLatin1Char('.') + k)
        .arg(index);
}

/// Calls `readOne(object, path)` for each element of an array of objects, reporting non-objects.
template<typename ReadOne>
void forEachObject(JsonReader &reader, const QString &parent, const char *key,
    QStringList &problems, ReadOne readOne)
{
    const QJsonArray array = reader.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = itemPath(parent, key, i);
        if (!array.at(i).isObject()) {
            problems.append(QStringLiteral("%1: %2").arg(
                path, QCoreApplication::translate("CaseJson", "must be an object.")));
            continue;
        }
        readOne(array.at(i).toObject(), path);
    }
}

void readClient(
    const QJsonObject &object, const QString &path, Client &client, QStringList &problems)
{
    JsonReader r(object, path, problems);
    for (const auto &info : clientFields()) {
        const QVariant current = client.value(info.field);
        if (current.typeId() == QMetaType::Bool)
            client.setValue(info.field, r.boolean(info.key));
        else if (current.typeId() == QMetaType::QDate)
            client.setValue(info.field, r.date(info.key));
        else
            client.setValue(info.field, r.string(info.key));
    }
    r.finish();
}

Incident readIncident(const QJsonObject &object, const QString &path, QStringList &problems)
{
    JsonReader r(object, path, problems);
    Incident inc;
    inc.date = r.date("date", true);
    inc.time = r.time("time");
    inc.location = r.string("location");
    inc.policeDistrict = r.string("police_district");
    inc.agency = r.string("agency");
    inc.narrative = r.string("narrative");
    const QJsonArray violations = r.array("violations");
    for (qsizetype i = 0; i < violations.size(); ++i) {
        const QString code = violations.at(i).toString();
        if (!violations.at(i).isString() || !findViolationCategory(code)) {
            problems.append(QStringLiteral("%1: %2").arg(itemPath(path, "violations", i),
                QCoreApplication::translate(
                    "CaseJson", "is not a known violation category code.")));
            continue;
        }
        if (inc.violations.contains(code)) {
            problems.append(QStringLiteral("%1: %2").arg(itemPath(path, "violations", i),
                QCoreApplication::translate("CaseJson", "repeats the category \"%1\".").arg(code)));
            continue;
        }
        inc.violations.append(code);
    }
    forEachObject(r, path, "officers", problems, [&](const QJsonObject &o, const QString &p) {
        JsonReader officer(o, p, problems);
        Officer value;
        value.name = officer.string("name");
        value.badgeNumber = officer.string("badge_number");
        value.unit = officer.string("unit");
        value.description = officer.string("description");
        officer.finish();
        inc.officers.append(value);
    });
    forEachObject(r, path, "witnesses", problems, [&](const QJsonObject &o, const QString &p) {
        JsonReader witness(o, p, problems);
        Witness value;
        value.name = witness.string("name");
        value.contact = witness.string("contact");
        value.statement = witness.string("statement");
        witness.finish();
        inc.witnesses.append(value);
    });
    r.finish();
    return inc;
}

EvidenceItem readEvidence(const QJsonObject &object, const QString &path, QStringList &problems)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    static const QStringList sources {QStringLiteral("client"), QStringLiteral("witness"),
        QStringLiteral("officer"), QStringLiteral("other")};
    JsonReader r(object, path, problems);
    EvidenceItem e;
    e.originalName = r.string("original_name", true);
    e.mediaType = r.string("media_type");
    e.sizeBytes = r.integer("size_bytes");
    if (e.sizeBytes < 0)
        problems.append(QStringLiteral("%1: %2").arg(r.pathOf("size_bytes"),
            QCoreApplication::translate("CaseJson", "must not be negative.")));
    e.sha256 = r.string("sha256", true);
    if (!e.sha256.isEmpty() && !sha256.match(e.sha256).hasMatch())
        problems.append(QStringLiteral("%1: %2").arg(r.pathOf("sha256"),
            QCoreApplication::translate("CaseJson", "must be 64 lowercase hexadecimal digits.")));
    e.capturedAt = r.dateTime("captured_at");
    // Since version 3; older files do not say, which is what "unknown" means.
    const QString origin = r.string("captured_origin");
    if (!origin.isEmpty()) {
        if (const auto known = captureOriginFromCode(origin))
            e.capturedOrigin = *known;
        else
            problems.append(QStringLiteral("%1: %2").arg(r.pathOf("captured_origin"),
                QCoreApplication::translate("CaseJson", "must be one of: %1.")
                    .arg(captureOriginCodes().join(QLatin1String(", ")))));
    }
    e.addedBy = r.string("added_by");
    e.addedAt = r.dateTime("added_at");
    e.description = r.string("description");
    e.source = r.string("source");
    if (!e.source.isEmpty() && !sources.contains(e.source))
        problems.append(QStringLiteral("%1: %2").arg(r.pathOf("source"),
            QCoreApplication::translate("CaseJson", "must be one of: %1.")
                .arg(sources.join(QLatin1String(", ")))));
    r.finish();
    return e;
}

} // namespace

QJsonObject write(const CaseFile &c, const RedactionPolicy &policy)
{
    QJsonArray incidents;
    for (const auto &inc : c.incidents)
        incidents.append(writeIncident(inc, policy));
    QJsonArray evidence;
    for (const auto &e : c.evidence)
        evidence.append(writeEvidence(e));
    QJsonArray complaints;
    for (const auto &s : c.complaints) {
        complaints.append(QJsonObject {{QStringLiteral("filed_with"), s.filedWith},
            {QStringLiteral("filed_on"), dateValue(s.filedOn)},
            {QStringLiteral("channel"), s.channel},
            {QStringLiteral("tracking_number"), s.trackingNumber},
            {QStringLiteral("status"), s.status}});
    }
    QJsonArray followUps;
    for (const auto &f : c.followUps) {
        followUps.append(QJsonObject {{QStringLiteral("due_on"), dateValue(f.dueOn)},
            {QStringLiteral("done"), f.done}, {QStringLiteral("note"), f.note}});
    }
    return QJsonObject {{QStringLiteral("reference"), c.reference},
        {QStringLiteral("status"), caseStatusCode(c.status)},
        {QStringLiteral("opened_on"), dateValue(c.openedOn)},
        {QStringLiteral("closed_on"), dateValue(c.closedOn)},
        {QStringLiteral("assigned_caseworker"), c.assignedCaseworker},
        {QStringLiteral("client"), writeClient(c.client, policy)},
        {QStringLiteral("incidents"), incidents}, {QStringLiteral("evidence"), evidence},
        {QStringLiteral("complaints"), complaints}, {QStringLiteral("follow_ups"), followUps}};
}

CaseFile read(const QJsonObject &object, const QString &path, QStringList &problems)
{
    JsonReader r(object, path, problems);
    CaseFile c;
    c.reference = r.string("reference");
    const QString status = r.string("status", true);
    if (auto parsed = caseStatusFromCode(status))
        c.status = *parsed;
    else if (!status.isEmpty())
        problems.append(QStringLiteral("%1: %2").arg(r.pathOf("status"),
            QCoreApplication::translate("CaseJson", "\"%1\" is not a known case status.")
                .arg(status)));
    c.openedOn = r.date("opened_on", true);
    c.closedOn = r.date("closed_on");
    c.assignedCaseworker = r.string("assigned_caseworker");
    readClient(r.object("client", true), r.pathOf("client"), c.client, problems);
    forEachObject(r, path, "incidents", problems, [&](const QJsonObject &o, const QString &p) {
        c.incidents.append(readIncident(o, p, problems));
    });
    forEachObject(r, path, "evidence", problems, [&](const QJsonObject &o, const QString &p) {
        c.evidence.append(readEvidence(o, p, problems));
    });
    forEachObject(r, path, "complaints", problems, [&](const QJsonObject &o, const QString &p) {
        JsonReader s(o, p, problems);
        ComplaintSubmission value;
        value.filedWith = s.string("filed_with");
        value.filedOn = s.date("filed_on");
        value.channel = s.string("channel");
        value.trackingNumber = s.string("tracking_number");
        value.status = s.string("status");
        s.finish();
        c.complaints.append(value);
    });
    forEachObject(r, path, "follow_ups", problems, [&](const QJsonObject &o, const QString &p) {
        JsonReader f(o, p, problems);
        FollowUp value;
        value.dueOn = f.date("due_on", true);
        value.done = f.boolean("done");
        value.note = f.string("note");
        f.finish();
        c.followUps.append(value);
    });
    r.finish();
    return c;
}

} // namespace td::CaseJson
