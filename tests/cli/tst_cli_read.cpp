// trustdesk-cli: list, show and search: what they print, what they withhold, what they record.

#include "clirun.h"
#include "clisamples.h"
#include "clisourcetest.h"
#include "domain/clientfield.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace td;
using namespace td::test;
using Run = CliRun;

class TestCliRead : public CliSourceTest
{
    Q_OBJECT

private slots:
    void listPlain();
    void listJson();
    void listByStatus();
    void showWithholdsSensitiveFields();
    void showIncludeRecordsAuditEvent();
    void showIncludeWitnessContact();
    void showJson();
    void showUnknownReference();
    void search_data();
    void search();
    void searchNothing();
};

void TestCliRead::listPlain()
{
    const Run r = runCliOn(m_source, {QStringLiteral("list")});
    EXPECT_EXIT(r, 0);
    const QStringList lines = nonEmptyLines(r.out);
    QCOMPARE(lines.size(), 3);
    static const QRegularExpression shape(QStringLiteral("^TD-\\d{4}-\\d{5,}\\t"));
    QStringList refs;
    for (const auto &line : lines) {
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        refs.append(line.section(QLatin1Char('\t'), 0, 0));
    }
    refs.sort();
    QStringList expected {m_refSample, m_refFiled, m_refIntake};
    expected.sort();
    QCOMPARE(refs, expected);
    // Newest first.
    QVERIFY2(lines.first().startsWith(m_refIntake + QLatin1Char('\t')), qPrintable(lines.first()));
    const QString sampleLine = lines.filter(m_refSample).value(0);
    QCOMPARE(
        sampleLine, QStringLiteral("%1\tevidence\t2026-03-02\tNguyễn Thị Lan").arg(m_refSample));
}

void TestCliRead::listJson()
{
    const Run r = runCliOn(m_source, {QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), 3);
    QStringList expectedKeys {QStringLiteral("reference"), QStringLiteral("status"),
        QStringLiteral("client_name"), QStringLiteral("opened_on"),
        QStringLiteral("last_incident_on"), QStringLiteral("assigned_caseworker")};
    expectedKeys.sort();
    bool sawSample = false;
    for (const auto &v : array) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys(), expectedKeys);
        if (o.value(QLatin1String("reference")).toString() == m_refSample) {
            sawSample = true;
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("evidence"));
            QCOMPARE(
                o.value(QLatin1String("client_name")).toString(), QStringLiteral("Nguyễn Thị Lan"));
            QCOMPARE(o.value(QLatin1String("opened_on")).toString(), QStringLiteral("2026-03-02"));
            QCOMPARE(o.value(QLatin1String("last_incident_on")).toString(),
                QStringLiteral("2026-02-27"));
            QCOMPARE(o.value(QLatin1String("assigned_caseworker")).toString(),
                QStringLiteral("Caseworker Ana Example"));
        }
    }
    QVERIFY(sawSample);
}

void TestCliRead::listByStatus()
{
    const Run filed = runCliOn(
        m_source, {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("filed")});
    EXPECT_EXIT(filed, 0);
    const QStringList lines = nonEmptyLines(filed.out);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(m_refFiled + QStringLiteral("\tfiled\t")),
        qPrintable(lines.first()));

    const Run json = runCliOn(m_source,
        {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("intake"),
            QStringLiteral("--json")});
    EXPECT_EXIT(json, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.stdoutBytes).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.first().toObject().value(QLatin1String("reference")).toString(), m_refIntake);

    const Run closed = runCliOn(
        m_source, {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed")});
    EXPECT_EXIT(closed, 0);
    QVERIFY2(closed.out.isEmpty(), qPrintable(closed.out));
}

void TestCliRead::showWithholdsSensitiveFields()
{
    const QString db = copyOfSource(QStringLiteral("show-plain.sqlite"));
    const Run r = runCliOn(db, {QStringLiteral("show"), m_refSample});
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(m_refSample), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Nguyễn Thị Lan")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("[withheld]")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("BPD-0042")), qPrintable(r.out));
    for (const auto &value : sensitiveSampleValues() + witnessContacts())
        QVERIFY2(!r.out.contains(value), qPrintable(QStringLiteral("leaked: %1").arg(value)));
    // The witness is there, the contact says it is withheld; a contact never given stays a dash.
    QVERIFY2(r.out.contains(
                 QStringLiteral("Witness: 王小明, [withheld]: Heard the question about ICE.")),
        qPrintable(r.out));

    // Only a deliberate inclusion is an audited view.
    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    QVERIFY(opened);
    AuditLog audit(**opened, QStringLiteral("tester"));
    auto events = audit.events(m_refSample);
    QVERIFY(events);
    for (const auto &e : events.value())
        QVERIFY2(e.action != QLatin1String("case.view_sensitive"), qPrintable(e.detail));
}

void TestCliRead::showIncludeRecordsAuditEvent()
{
    const QString db = copyOfSource(QStringLiteral("show-include.sqlite"));
    const Client client = test::sampleCase().client;
    const Run r = runCliOn(db,
        {QStringLiteral("show"), m_refSample, QStringLiteral("--include"),
            QStringLiteral("a_number")});
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.out.contains(client.aNumber), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("[withheld]")), "the other sensitive fields stay withheld");
    QVERIFY(!r.out.contains(client.phone));
    QVERIFY(!r.out.contains(client.immigrationStatus));
    QVERIFY(!r.out.contains(witnessPhone()));

    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    QVERIFY(opened);
    AuditLog audit(**opened, QStringLiteral("tester"));
    auto events = audit.events(m_refSample);
    QVERIFY(events);
    int views = 0;
    for (const auto &e : events.value()) {
        if (e.action != QLatin1String("case.view_sensitive"))
            continue;
        ++views;
        QVERIFY2(e.detail.contains(QLatin1String("a_number")), qPrintable(e.detail));
        QVERIFY2(!e.detail.contains(client.aNumber), "the audit log names fields, never values");
        QVERIFY(!e.actor.isEmpty());
    }
    QCOMPARE(views, 1);
    // Nobody else's case was marked as viewed.
    auto all = audit.events();
    QVERIFY(all);
    for (const auto &e : all.value()) {
        if (e.action == QLatin1String("case.view_sensitive"))
            QCOMPARE(e.caseReference, m_refSample);
    }
}

void TestCliRead::showIncludeWitnessContact()
{
    const QString db = copyOfSource(QStringLiteral("show-include-witness.sqlite"));
    const Run r = runCliOn(db,
        {QStringLiteral("show"), m_refSample, QStringLiteral("--include"),
            QStringLiteral("witness_contact")});
    EXPECT_EXIT(r, 0);
    for (const auto &contact : witnessContacts())
        QVERIFY2(r.out.contains(contact), qPrintable(r.out));
    // The client's sensitive fields stay withheld.
    for (const auto &value : sensitiveSampleValues())
        QVERIFY2(!r.out.contains(value), qPrintable(value));

    const Run json = runCliOn(db,
        {QStringLiteral("show"), m_refSample, QStringLiteral("--json"), QStringLiteral("--include"),
            QStringLiteral("witness_contact")});
    EXPECT_EXIT(json, 0);
    const QJsonObject file = QJsonDocument::fromJson(json.stdoutBytes).object();
    QCOMPARE(file.value(QLatin1String("withheld_fields")).toArray().size(), sensitiveKeys().size());
    QCOMPARE(valueAt(file,
                 {QStringLiteral("cases"), QStringLiteral("0"), QStringLiteral("incidents"),
                     QStringLiteral("0"), QStringLiteral("witnesses"), QStringLiteral("1"),
                     QStringLiteral("contact")})
                 .toString(),
        witnessPhone());

    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    QVERIFY(opened);
    auto events = AuditLog(**opened, QStringLiteral("tester")).events(m_refSample);
    QVERIFY(events);
    QStringList views;
    for (const auto &e : events.value()) {
        if (e.action == QLatin1String("case.view_sensitive"))
            views.append(e.detail);
        QVERIFY2(!e.detail.contains(witnessPhone()), "the audit log names fields, never values");
    }
    QCOMPARE(views,
        (QStringList {QStringLiteral("included: witness_contact"),
            QStringLiteral("included: witness_contact")}));
}

void TestCliRead::showJson()
{
    const Run r
        = runCliOn(m_source, {QStringLiteral("show"), m_refSample, QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject file = doc.object();
    QCOMPARE(file.value(QLatin1String("format")).toString(), QStringLiteral("trustdesk-cases"));
    QCOMPARE(file.value(QLatin1String("version")).toInt(), 3);
    QStringList withheld;
    for (const auto &v : file.value(QLatin1String("withheld_fields")).toArray())
        withheld.append(v.toString());
    QCOMPARE(withheld, withheldKeys());
    const QJsonArray cases = file.value(QLatin1String("cases")).toArray();
    QCOMPARE(cases.size(), 1);
    const QJsonObject client = cases.first().toObject().value(QLatin1String("client")).toObject();
    QCOMPARE(client.value(QLatin1String("full_name")).toString(), QStringLiteral("Nguyễn Thị Lan"));
    for (const auto &key : sensitiveKeys())
        QVERIFY2(!client.contains(key), qPrintable(key));
    const QJsonArray witnesses = valueAt(file,
        {QStringLiteral("cases"), QStringLiteral("0"), QStringLiteral("incidents"),
            QStringLiteral("0"), QStringLiteral("witnesses")})
                                     .toArray();
    QCOMPARE(witnesses.size(), 2);
    for (const auto &w : witnesses)
        QVERIFY(!w.toObject().contains(QLatin1String("contact")));
    for (const auto &value : sensitiveSampleValues() + witnessContacts())
        QVERIFY2(!r.out.contains(value), qPrintable(value));
}

void TestCliRead::showUnknownReference()
{
    const Run r = runCliOn(m_source, {QStringLiteral("show"), QStringLiteral("TD-2099-99999")});
    EXPECT_EXIT(r, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')),
        qPrintable(r.err));
    QVERIFY2(!hasJargon(r.err), qPrintable(r.err));
}

void TestCliRead::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("narrative word") << QStringLiteral("photographed");
    QTest::newRow("officer badge") << QStringLiteral("BPD-0042");
    QTest::newRow("second badge") << QStringLiteral("7731-x");
    QTest::newRow("accent-folded name") << QStringLiteral("nguyen");
    QTest::newRow("upper case, no accents") << QStringLiteral("NGUYEN THI LAN");
    QTest::newRow("prefix of the last word") << QStringLiteral("photog");
    QTest::newRow("Chinese witness name") << QStringLiteral("王小明");
    QTest::newRow("location") << QStringLiteral("Roxbury");
}

void TestCliRead::search()
{
    QFETCH(QString, query);
    const Run r = runCliOn(m_source, {QStringLiteral("search"), query});
    EXPECT_EXIT(r, 0);
    const QStringList lines = nonEmptyLines(r.out);
    QVERIFY2(!lines.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(lines.first().startsWith(m_refSample + QLatin1Char('\t')), qPrintable(r.out));
    // These words are in the sample case only.
    QCOMPARE(lines.size(), 1);

    const Run json
        = runCliOn(m_source, {QStringLiteral("search"), query, QStringLiteral("--json")});
    EXPECT_EXIT(json, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.stdoutBytes).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.first().toObject().value(QLatin1String("reference")).toString(), m_refSample);
}

void TestCliRead::searchNothing()
{
    const Run r = runCliOn(m_source, {QStringLiteral("search"), QStringLiteral("zzzznothing")});
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));

    // Query syntax characters are words to look for, not FTS5 operators.
    const Run odd = runCliOn(
        m_source, {QStringLiteral("search"), QStringLiteral("\"unbalanced AND ( NEAR*")});
    EXPECT_EXIT(odd, 0);
    QVERIFY2(!hasJargon(odd.err), qPrintable(odd.err));
}

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
