#include "testcases.h"

#include "storage/database.h"

#include <QSqlQuery>

#include <QDir>
#include <QTimeZone>

namespace td::test {

CaseFile sampleCase(const QString &clientName)
{
    CaseFile c;
    c.status = CaseStatus::Evidence;
    c.openedOn = QDate(2026, 3, 2);
    c.assignedCaseworker = QStringLiteral("Caseworker Ana Example");
    Client &cl = c.client;
    cl.fullName = clientName;
    cl.preferredName = QStringLiteral("Lan");
    cl.preferredLanguage = QStringLiteral("vi");
    cl.interpreterNeeded = true;
    cl.phone = QStringLiteral("+1 617 555 0142");
    cl.email = QStringLiteral("lan.example@example.org");
    cl.address = QStringLiteral("12 Example Street, Dorchester, MA 02124");
    cl.dateOfBirth = QDate(1988, 7, 14);
    cl.countryOfBirth = QStringLiteral("Việt Nam");
    cl.immigrationStatus = QStringLiteral("Pending asylum application");
    cl.aNumber = QStringLiteral("A123-456-789");
    cl.consentToFile = true;
    cl.consentDate = QDate(2026, 3, 2);
    cl.notes = QStringLiteral("Prefers afternoon calls.");

    Incident inc;
    inc.date = QDate(2026, 2, 27);
    inc.time = QTime(14, 30);
    inc.location = QStringLiteral("Corner of Example Ave and Fictional St, Roxbury");
    inc.policeDistrict = QStringLiteral("B-2");
    inc.agency = QStringLiteral("Boston Police Department");
    inc.violations = {QStringLiteral("immigration_questioning"), QStringLiteral("pii_sharing")};
    inc.narrative = QStringLiteral(
        "The client was stopped while walking home and asked about her immigration "
        "status. The officer photographed her identity card and said he would "
        "send it to ICE.");
    inc.officers
        = {Officer {0, QStringLiteral("Officer J. Placeholder"), QStringLiteral("BPD-0042"),
               QStringLiteral("District B-2 patrol"), QStringLiteral("Tall, grey moustache")},
            Officer {0, QString(), QStringLiteral("  7731-x "), QString(),
                QStringLiteral("Second officer")}};
    inc.witnesses = {Witness {0, QStringLiteral("محمد الفرضي"), QStringLiteral("via the client"),
                         QStringLiteral("Saw the officer take the card.")},
        Witness {0, QStringLiteral("王小明"), QString(),
            QStringLiteral("Heard the question about ICE.")}};
    c.incidents = {inc};

    EvidenceItem ev;
    ev.originalName = QStringLiteral("photo of card.jpg");
    ev.mediaType = QStringLiteral("image/jpeg");
    ev.sizeBytes = 123456;
    ev.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    ev.capturedAt = QDateTime(QDate(2026, 2, 27), QTime(14, 41), QTimeZone::utc());
    ev.capturedOrigin = CaptureOrigin::Camera;
    ev.addedBy = QStringLiteral("caseworker");
    ev.addedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    ev.description = QStringLiteral("Photo the client took afterwards");
    ev.source = QStringLiteral("client");
    c.evidence = {ev};

    c.complaints = {ComplaintSubmission {0, QStringLiteral("BPD Internal Affairs"),
        QDate(2026, 3, 5), QStringLiteral("online portal"), QStringLiteral("IAD-2026-0191"),
        QStringLiteral("received")}};
    c.followUps
        = {FollowUp {0, QDate(2026, 4, 5), false, QStringLiteral("Ask for review timeline")},
            FollowUp {0, QDate(2026, 3, 12), true, QStringLiteral("Confirm tracking number")}};
    return c;
}

CaseFile minimalCase(const QString &clientName)
{
    CaseFile c;
    c.openedOn = QDate(2026, 1, 10);
    c.client.fullName = clientName;
    Incident inc;
    inc.date = QDate(2026, 1, 9);
    inc.location = QStringLiteral("Example Square");
    c.incidents = {inc};
    return c;
}

CaseFile withoutIds(CaseFile c)
{
    c.id = 0;
    c.client.id = 0;
    for (auto &incident : c.incidents) {
        incident.id = 0;
        for (auto &o : incident.officers)
            o.id = 0;
        for (auto &w : incident.witnesses)
            w.id = 0;
    }
    for (auto &e : c.evidence)
        e.id = 0;
    for (auto &s : c.complaints)
        s.id = 0;
    for (auto &f : c.followUps)
        f.id = 0;
    return c;
}

qint64 countCases(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString databasePath(const QTemporaryDir &dir, const QString &name)
{
    return QDir(dir.path()).filePath(name);
}

} // namespace td::test
