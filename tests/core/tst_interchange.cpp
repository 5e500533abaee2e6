#include "interchange/caseexporter.h"
#include "interchange/caseimporter.h"
#include "interchange/casejson.h"
#include "interchange/interchangeformat.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/verifier.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace td;

namespace {

/// One open database in its own temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    // A file, or (the `_postgres` run) a server database, dropped after the connection closes.
    test::TestDatabase location {dir};
    std::unique_ptr<Database> db;
    std::unique_ptr<CaseRepository> repo;

    Fixture()
    {
        auto opened = Database::open(location.target());
        if (opened)
            db = std::move(opened.value());
        if (db)
            repo = std::make_unique<CaseRepository>(*db, QStringLiteral("tester"));
    }
    qint64 count() { return repo->count(CaseQuery {}).value(); }
};

QByteArray exportAll(CaseRepository &repo, const RedactionPolicy &policy)
{
    CaseExporter exporter(repo);
    auto ids = exporter.allIds();
    if (!ids)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.write(buffer, ids.value(), policy))
        return {};
    return buffer.data();
}

/// A fictional number (555-01xx) that only a witness's contact holds.
const QString kWitnessPhone = QStringLiteral("+1 617 555 0199");

/// The sample case whose second witness can be reached by phone.
CaseFile sampleWithWitnessPhone()
{
    CaseFile c = test::sampleCase();
    c.incidents[0].witnesses[1].contact = kWitnessPhone;
    return c;
}

QJsonArray witnessesOf(const QByteArray &exported)
{
    return QJsonDocument::fromJson(exported)
        .object()
        .value(QLatin1String("cases"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("incidents"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("witnesses"))
        .toArray();
}

/// Replaces (or with an undefined value, removes) the value at a path like {"cases", "1",
/// "status"}.
QJsonValue setAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a[i] = setAt(a.at(i), path, value);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o[head] = setAt(o.value(head), path, value);
    return o;
}

/// A valid two-case file; the rejection rows break one thing in it.
QJsonObject validFile()
{
    const QJsonObject first {{QStringLiteral("reference"), QStringLiteral("TD-2025-00007")},
        {QStringLiteral("status"), QStringLiteral("filed")},
        {QStringLiteral("opened_on"), QStringLiteral("2025-03-02")},
        {QStringLiteral("client"),
            QJsonObject {{QStringLiteral("full_name"), QStringLiteral("Chidi Example")}}},
        {QStringLiteral("incidents"),
            QJsonArray {QJsonObject {{QStringLiteral("date"), QStringLiteral("2025-03-01")}}}}};
    const QJsonObject second {{QStringLiteral("reference"), QStringLiteral("TD-2025-00008")},
        {QStringLiteral("status"), QStringLiteral("intake")},
        {QStringLiteral("opened_on"), QStringLiteral("2025-05-02")},
        {QStringLiteral("client"),
            QJsonObject {{QStringLiteral("full_name"), QStringLiteral("Trần Văn Ví Dụ")},
                {QStringLiteral("phone"), QStringLiteral("617-555-0100")}}},
        {QStringLiteral("incidents"),
            QJsonArray {QJsonObject {{QStringLiteral("date"), QStringLiteral("2025-05-01")},
                {QStringLiteral("time"), QStringLiteral("09:15")},
                {QStringLiteral("violations"), QJsonArray {QStringLiteral("civil_detainer")}},
                {QStringLiteral("officers"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("badge_number"), QStringLiteral("0042")}}}}}}},
        {QStringLiteral("evidence"),
            QJsonArray {QJsonObject {{QStringLiteral("original_name"), QStringLiteral("note.txt")},
                {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                {QStringLiteral("size_bytes"), 12},
                {QStringLiteral("added_at"), QStringLiteral("2025-05-02T10:00:00Z")},
                {QStringLiteral("source"), QStringLiteral("client")}}}},
        {QStringLiteral("follow_ups"),
            QJsonArray {QJsonObject {{QStringLiteral("due_on"), QStringLiteral("2025-06-01")}}}}};
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("trustdesk-cases")},
        {QStringLiteral("version"), 1}, {QStringLiteral("cases"), QJsonArray {first, second}}};
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }
    void roundTripIsByteIdentical()
    {
        Fixture source;
        QVERIFY(source.repo);
        const QList<CaseFile> originals {sampleWithWitnessPhone(),
            test::minimalCase(QStringLiteral("Aminata Exemple")),
            test::sampleCase(QStringLiteral("Лейла Примерова"))};
        for (const auto &c : originals)
            QVERIFY(source.repo->save(c).ok());
        for (const auto &policy : {RedactionPolicy::includeEverything(), RedactionPolicy()}) {
            const QByteArray first = exportAll(*source.repo, policy);
            QVERIFY(!first.isEmpty());
            Fixture target;
            auto imported = CaseImporter(*target.repo).importBytes(first);
            QVERIFY2(
                imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
            QCOMPARE(imported->references.size(), originals.size());
            QCOMPARE(exportAll(*target.repo, policy), first);
            auto problems = Verifier(*target.db).run();
            QVERIFY(problems.ok() && problems->isEmpty());
        }
    }

    void fullRoundTripKeepsEveryField()
    {
        Fixture source;
        auto saved = source.repo->save(test::sampleCase());
        QVERIFY(saved.ok());
        Fixture target;
        QVERIFY(CaseImporter(*target.repo)
                    .importBytes(exportAll(*source.repo, RedactionPolicy::includeEverything()))
                    .ok());
        auto loaded = target.repo->loadByReference(saved->reference);
        QVERIFY(loaded.ok());
        QCOMPARE(test::withoutIds(loaded.value()), test::withoutIds(saved.value()));
    }

    void defaultExportWithholdsSensitiveFields()
    {
        Fixture f;
        const CaseFile c = test::sampleCase();
        QVERIFY(f.repo->save(c).ok());
        const QByteArray bytes = exportAll(*f.repo, RedactionPolicy());
        for (const QString &secret : {c.client.phone, c.client.email, c.client.address,
                 c.client.countryOfBirth, c.client.immigrationStatus, c.client.aNumber,
                 c.client.dateOfBirth.toString(Qt::ISODate)})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        const QJsonObject client = doc.value(QLatin1String("cases"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("client"))
                                       .toObject();
        QVERIFY(!client.contains(QLatin1String("a_number")));
        QCOMPARE(client.value(QLatin1String("full_name")).toString(), c.client.fullName);
        QCOMPARE(doc.value(QLatin1String("withheld_fields")).toArray().size(), 8);
        QCOMPARE(doc.value(QLatin1String("withheld_fields")).toArray().last().toString(),
            QStringLiteral("witness_contact"));
        QCOMPARE(doc.value(QLatin1String("version")).toInt(), InterchangeFormat::version());

        RedactionPolicy one;
        one.include(ClientField::ANumber);
        const QByteArray withNumber = exportAll(*f.repo, one);
        QVERIFY(withNumber.contains(c.client.aNumber.toUtf8()));
        QVERIFY(!withNumber.contains(c.client.address.toUtf8()));
        auto events = f.repo->audit().events();
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("case.export"));
        QCOMPARE(events->constFirst().detail, QStringLiteral("included: a_number"));
        for (const auto &e : events.value())
            QVERIFY(!e.detail.contains(c.client.aNumber));
    }

    void defaultExportWithholdsWitnessContacts()
    {
        Fixture f;
        QVERIFY(f.repo->save(sampleWithWitnessPhone()).ok());
        const QByteArray bytes = exportAll(*f.repo, RedactionPolicy());
        QVERIFY(!bytes.contains(kWitnessPhone.toUtf8()));
        QVERIFY(!bytes.contains("via the client"));
        // Left out, not blanked, exactly like a withheld client field; the rest of the witness
        // stays.
        const QJsonArray witnesses = witnessesOf(bytes);
        QCOMPARE(witnesses.size(), 2);
        for (const auto &w : witnesses) {
            QVERIFY(!w.toObject().contains(QLatin1String("contact")));
            QVERIFY(!w.toObject().value(QLatin1String("statement")).toString().isEmpty());
        }

        RedactionPolicy contacts;
        contacts.include(SensitiveDetail::WitnessContact);
        const QByteArray withContacts = exportAll(*f.repo, contacts);
        QVERIFY(withContacts.contains(kWitnessPhone.toUtf8()));
        QCOMPARE(
            witnessesOf(withContacts).at(0).toObject().value(QLatin1String("contact")).toString(),
            QStringLiteral("via the client"));
        QCOMPARE(
            witnessesOf(withContacts).at(1).toObject().value(QLatin1String("contact")).toString(),
            kWitnessPhone);
        QVERIFY(!withContacts.contains(test::sampleCase().client.phone.toUtf8()));
        const QJsonArray withheld = QJsonDocument::fromJson(withContacts)
                                        .object()
                                        .value(QLatin1String("withheld_fields"))
                                        .toArray();
        QCOMPARE(withheld.size(), 7);
        QVERIFY(!withheld.contains(QStringLiteral("witness_contact")));
        auto events = f.repo->audit().events();
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("case.export"));
        QCOMPARE(events->constFirst().detail, QStringLiteral("included: witness_contact"));
        for (const auto &e : events.value())
            QVERIFY(!e.detail.contains(kWitnessPhone));
    }

    void withheldWitnessContactsStayEmptyOnImport()
    {
        Fixture source;
        auto saved = source.repo->save(sampleWithWitnessPhone());
        QVERIFY(saved.ok());
        Fixture target;
        auto summary
            = CaseImporter(*target.repo).importBytes(exportAll(*source.repo, RedactionPolicy()));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->withheldFields, RedactionPolicy::sensitiveKeys());
        auto loaded = target.repo->loadByReference(saved->reference);
        QVERIFY(loaded.ok());
        // Like the withheld client fields: empty, while everything else arrived.
        QVERIFY(loaded->client.phone.isEmpty());
        const auto &witnesses = loaded->incidents.at(0).witnesses;
        QCOMPARE(witnesses.size(), 2);
        for (const Witness &w : witnesses)
            QVERIFY(w.contact.isEmpty());
        QCOMPARE(witnesses.at(1).name, saved->incidents.at(0).witnesses.at(1).name);
        QCOMPARE(witnesses.at(1).statement, saved->incidents.at(0).witnesses.at(1).statement);
    }

    void versionOneFilesStillImport()
    {
        // A file from a TrustDesk before version 2: contacts present, only client fields withheld.
        QJsonObject file = validFile();
        file[QStringLiteral("withheld_fields")] = QJsonArray {QStringLiteral("a_number")};
        QJsonValue withWitness = setAt(file,
            {QStringLiteral("cases"), QStringLiteral("1"), QStringLiteral("incidents"),
                QStringLiteral("0"), QStringLiteral("witnesses")},
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Sam Example")},
                {QStringLiteral("contact"), kWitnessPhone}}});
        Fixture f;
        auto summary
            = CaseImporter(*f.repo).importBytes(QJsonDocument(withWitness.toObject()).toJson());
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->withheldFields, QStringList {QStringLiteral("a_number")});
        auto loaded = f.repo->loadByReference(QStringLiteral("TD-2025-00008"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->incidents.at(0).witnesses.at(0).contact, kWitnessPhone);
        // Files before version 3 do not say where a capture time came from.
        QCOMPARE(loaded->evidence.at(0).capturedOrigin, CaptureOrigin::Unknown);
    }

    void captureOriginRoundTrips()
    {
        CaseFile c = test::minimalCase(QStringLiteral("Origin Example"));
        for (const CaptureOrigin origin : {CaptureOrigin::Unknown, CaptureOrigin::Camera,
                 CaptureOrigin::FileModified, CaptureOrigin::Caseworker}) {
            EvidenceItem e;
            e.originalName = captureOriginCode(origin) + QStringLiteral(".jpg");
            e.sha256 = QString(64, QLatin1Char(char('a' + c.evidence.size())));
            e.capturedAt = QDateTime(QDate(2025, 4, 1), QTime(8, 0), QTimeZone::utc());
            e.capturedOrigin = origin;
            c.evidence.append(e);
        }
        QStringList problems;
        const QJsonObject written = CaseJson::write(c, RedactionPolicy::includeEverything());
        const QJsonArray evidence = written.value(QLatin1String("evidence")).toArray();
        QCOMPARE(evidence.at(2).toObject().value(QLatin1String("captured_origin")).toString(),
            QStringLiteral("file_modified"));
        const CaseFile read = CaseJson::read(written, QString(), problems);
        QCOMPARE(problems, QStringList());
        QCOMPARE(read.evidence.size(), 4);
        for (qsizetype i = 0; i < read.evidence.size(); ++i)
            QCOMPARE(read.evidence.at(i).capturedOrigin, c.evidence.at(i).capturedOrigin);
    }

    void validFileImports()
    {
        Fixture f;
        auto summary = CaseImporter(*f.repo).importBytes(QJsonDocument(validFile()).toJson());
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->references,
            (QStringList {QStringLiteral("TD-2025-00007"), QStringLiteral("TD-2025-00008")}));
        // Imported references move the counter on: a new 2025 case never takes one of them.
        CaseFile later = test::minimalCase(QStringLiteral("Later Example"));
        later.openedOn = QDate(2025, 6, 1);
        later.incidents[0].date = QDate(2025, 5, 30);
        auto saved = f.repo->save(later);
        QVERIFY(saved.ok());
        QVERIFY(!summary->references.contains(saved->reference));
        auto events = f.repo->audit().events(QStringLiteral("TD-2025-00008"));
        QVERIFY(events.ok() && !events->isEmpty());
        QCOMPARE(events->constLast().action, QStringLiteral("case.import"));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>(
            "value"); // JSON text; "<remove>" deletes; "<raw>" makes the file this text
        QTest::addColumn<QString>("expected");

        auto row = [](const char *name, const char *path, const QByteArray &value,
                       const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(path) << value
                                << QString::fromUtf8(expected);
        };
        row("empty file", "", "<raw>", "The file is empty");
        row("only spaces", "", "<raw>  \n ", "The file is empty");
        row("not json", "", "<raw>{\"format\": \"trustdesk-cases\",\n  \"cases\": [",
            "not valid JSON (line 2");
        row("top-level list", "", "<raw>[1, 2]", "not a TrustDesk case file");
        row("another format", "format", "\"something-else\"", "not a TrustDesk case file");
        row("no format", "format", "<remove>", "not a TrustDesk case file");
        row("newer version", "version", "4", "newer TrustDesk (format version 4)");
        row("version as text", "version", "\"1\"", "\"version\" must be a whole number");
        row("version zero", "version", "0", "\"version\" must be a whole number");
        row("no cases", "cases", "<remove>", "cases: is required and must be a list");
        row("cases not a list", "cases", "{}", "cases: is required and must be a list");
        row("unknown top-level key", "extra", "1", "extra: is not a known field");
        row("unknown withheld field", "withheld_fields", "[\"full_name\"]",
            "withheld_fields[0]: is not a sensitive field");
        row("witness_contact in version 1", "withheld_fields",
            "[\"a_number\", \"witness_contact\"]", "withheld_fields[1]: is not a sensitive field");
        row("unknown witness key", "cases/1/incidents/0/witnesses", "[{\"phone\": \"x\"}]",
            "incidents[0].witnesses[0].phone: is not a known field");
        row("case not an object", "cases/1", "42", "cases[1]: must be an object");
        row("unknown case key", "cases/1/colour", "\"red\"",
            "cases[1] (TD-2025-00008): colour: is not a known field");
        row("unknown client key", "cases/1/client/nickname", "\"x\"",
            "cases[1] (TD-2025-00008): client.nickname: is not a known field");
        row("unknown status", "cases/1/status", "\"flying\"",
            "status: \"flying\" is not a known case status");
        row("missing status", "cases/1/status", "<remove>",
            "cases[1] (TD-2025-00008): status: is required but missing");
        row("missing opened_on", "cases/1/opened_on", "<remove>",
            "opened_on: is required but missing");
        row("bad date", "cases/1/opened_on", "\"2025/05/02\"", "opened_on: must be a date like");
        row("impossible date", "cases/1/opened_on", "\"2025-02-30\"",
            "opened_on: must be a date like");
        row("future date", "cases/1/opened_on", "\"2999-01-01\"",
            "cases[1] (TD-2025-00008): opened_on:");
        row("closed before opened", "cases/1/closed_on", "\"2020-01-01\"",
            "closed_on: A case cannot be closed before it was opened");
        row("bad reference", "cases/1/reference", "\"CASE-8\"",
            "reference: The case reference must look like");
        row("reference as number", "cases/1/reference", "8", "reference: must be text");
        row("duplicate reference", "cases/1/reference", "\"TD-2025-00007\"",
            "reference: repeats the reference of cases[0]");
        row("client missing", "cases/1/client", "<remove>", "client: is required but missing");
        row("no name, not anonymous", "cases/1/client/full_name", "<remove>",
            "cases[1] (TD-2025-00008): client.full_name:");
        row("anonymous as text", "cases/1/client/anonymous", "\"yes\"",
            "client.anonymous: must be true or false");
        row("date of birth not a date", "cases/1/client/date_of_birth", "\"last spring\"",
            "client.date_of_birth: must be a date");
        row("incident date missing", "cases/1/incidents/0/date", "<remove>",
            "incidents[0].date: is required but missing");
        row("incident date null", "cases/1/incidents/0/date", "null",
            "incidents[0].date: is required");
        row("incident in the future", "cases/1/incidents/0/date", "\"2999-05-01\"",
            "incidents[0].date:");
        row("bad time", "cases/1/incidents/0/time", "\"25:00\"",
            "incidents[0].time: must be a time like 14:30");
        row("unknown violation", "cases/1/incidents/0/violations", "[\"jaywalking\"]",
            "incidents[0].violations[0]: is not a known violation category code");
        row("repeated violation", "cases/1/incidents/0/violations",
            "[\"pii_sharing\", \"pii_sharing\"]", "incidents[0].violations[1]: repeats");
        row("incidents not a list", "cases/1/incidents", "\"none\"", "incidents: must be a list");
        row("officer not an object", "cases/1/incidents/0/officers/0", "\"Officer X\"",
            "incidents[0].officers[0]: must be an object");
        row("badge as number", "cases/1/incidents/0/officers/0/badge_number", "42",
            "incidents[0].officers[0].badge_number: must be text");
        row("unknown officer key", "cases/1/incidents/0/officers/0/rank", "\"sgt\"",
            "incidents[0].officers[0].rank: is not a known field");
        row("witness not an object", "cases/1/incidents/0/witnesses", "[[]]",
            "incidents[0].witnesses[0]: must be an object");
        row("bad sha256", "cases/1/evidence/0/sha256", "\"ABC\"",
            "evidence[0].sha256: must be 64 lowercase hexadecimal digits");
        row("evidence without name", "cases/1/evidence/0/original_name", "<remove>",
            "evidence[0].original_name: is required");
        row("negative size", "cases/1/evidence/0/size_bytes", "-1",
            "evidence[0].size_bytes: must not be negative");
        row("fractional size", "cases/1/evidence/0/size_bytes", "1.5",
            "evidence[0].size_bytes: must be a whole number");
        row("local time", "cases/1/evidence/0/added_at", "\"2025-05-02T10:00:00\"",
            "evidence[0].added_at: must be a UTC date and time");
        row("unknown source", "cases/1/evidence/0/source", "\"neighbour\"",
            "evidence[0].source: must be one of");
        row("unknown capture origin", "cases/1/evidence/0/captured_origin", "\"phone\"",
            "evidence[0].captured_origin: must be one of: unknown, camera, file_modified, "
            "caseworker");
        row("follow-up without date", "cases/1/follow_ups/0/due_on", "<remove>",
            "follow_ups[0].due_on: is required");
        row("complaint unknown key", "cases/1/complaints", "[{\"fax\": \"1\"}]",
            "complaints[0].fax: is not a known field");
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);

        QByteArray bytes;
        if (value.startsWith("<raw>")) {
            bytes = value.mid(5);
        } else {
            QJsonValue replacement(QJsonValue::Undefined);
            if (value != "<remove>") {
                QJsonParseError error;
                const QJsonDocument d = QJsonDocument::fromJson("[" + value + "]", &error);
                QVERIFY2(error.error == QJsonParseError::NoError, value.constData());
                replacement = d.array().at(0);
            }
            bytes = QJsonDocument(
                setAt(validFile(), path.split(QLatin1Char('/')), replacement).toObject())
                        .toJson();
        }

        Fixture f;
        QVERIFY(f.repo->save(test::minimalCase(QStringLiteral("Already Here"))).ok());
        auto result = CaseImporter(*f.repo).importBytes(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        // All or nothing: the valid first case was not added either.
        QCOMPARE(f.count(), 1);
        auto found = f.repo->idForReference(QStringLiteral("TD-2025-00007"));
        QVERIFY(!found.ok());
    }

    void rejectsReferencesAlreadyStored()
    {
        Fixture f;
        const QByteArray bytes = QJsonDocument(validFile()).toJson();
        QVERIFY(CaseImporter(*f.repo).importBytes(bytes).ok());
        auto again = CaseImporter(*f.repo).importBytes(bytes);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(
                     QLatin1String("cases[0] (TD-2025-00007): reference: is already used")),
            qPrintable(again.error().message));
        QCOMPARE(f.count(), 2);
    }

    void manyProblemsAreCapped()
    {
        QJsonObject file = validFile();
        QJsonArray cases;
        for (int i = 0; i < 50; ++i)
            cases.append(QJsonObject {{QStringLiteral("status"), QStringLiteral("nope")}});
        file[QStringLiteral("cases")] = cases;
        Fixture f;
        auto result = CaseImporter(*f.repo).importBytes(QJsonDocument(file).toJson());
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("more problem")));
        QVERIFY(result.error().message.count(QLatin1Char('\n')) <= 22);
    }

    void missingAndUnreadableFiles()
    {
        Fixture f;
        auto missing
            = CaseImporter(*f.repo).importFile(f.dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("Cannot read")));
        auto folder = CaseImporter(*f.repo).importFile(f.dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(QLatin1String("is a folder")));
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
