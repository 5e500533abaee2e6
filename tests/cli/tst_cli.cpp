// End-to-end tests of trustdesk-cli: the real executable (TRUSTDESK_CLI) run with QProcess against
// databases prepared in-process, checking exit codes, output, file modes and untouched files.
#include "clirun.h"
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

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QStringList nonEmptyLines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList sensitiveKeys()
{
    QStringList keys;
    for (const auto &info : clientFields()) {
        if (info.sensitive)
            keys.append(QString::fromLatin1(info.key));
    }
    return keys;
}

/// What withheld_fields lists by default: the sensitive client keys, then witness_contact.
QStringList withheldKeys()
{
    return sensitiveKeys() + QStringList {QStringLiteral("witness_contact")};
}

/// A fictional number (555-01xx) that only a witness's contact holds.
const QString kWitnessPhone = QStringLiteral("+1 617 555 0199");

/// sampleCase() with a second witness who can be reached by phone.
CaseFile sampleWithWitnessPhone()
{
    CaseFile c = test::sampleCase();
    c.incidents[0].witnesses[1].contact = kWitnessPhone;
    return c;
}

/// The values of sampleCase() that must never leave the app unless deliberately included.
QStringList sensitiveSampleValues()
{
    const Client c = test::sampleCase().client;
    return {c.phone, c.email, c.address, c.dateOfBirth.toString(Qt::ISODate), c.countryOfBirth,
        c.immigrationStatus, c.aNumber};
}

/// The witness contacts of sampleWithWitnessPhone(), withheld unless deliberately included.
QStringList witnessContacts()
{
    return {QStringLiteral("via the client"), kWitnessPhone};
}

/// Database-layer words a caseworker should never have to read.
bool hasJargon(const QString &message)
{
    static const QRegularExpression jargon(
        QStringLiteral("\\bSQL\\b|sqlite3_|SQLITE_|QSQLITE|PRAGMA|no such table|"
                       "disk image is malformed|file is not a database|Driver|Unable to"),
        QRegularExpression::CaseInsensitiveOption);
    return jargon.match(message).hasMatch();
}

/// Replaces the value at a path like {"cases", "1", "opened_on"}.
QJsonValue setAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        a.replace(i, setAt(a.at(i), path, value));
        return a;
    }
    QJsonObject o = root.toObject();
    o.insert(head, setAt(o.value(head), path, value));
    return o;
}

QJsonValue valueAt(QJsonValue root, const QStringList &path)
{
    for (const auto &step : path)
        root = root.isArray() ? root.toArray().at(step.toInt()) : root.toObject().value(step);
    return root;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void initCreatesOwnerOnlyFileAndFolder();
    void usageErrors_data();
    void usageErrors();
    void commandHelp();

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

    void exportRedacted();
    void exportIncludeWitnessContact();
    void includeHelpNamesWitnessContact();
    void exportRoundTripIsByteIdentical();
    void importOfWithheldContactsSaysSo();
    void importRejectsWholeFile_data();
    void importRejectsWholeFile();
    void exportUnknownReference();
    void exportCutOffByItsReaderIsOnTheRecord();

    void badDatabaseFiles_data();
    void badDatabaseFiles();
    void damagedPages_data();
    void damagedPages();

    void verifyHealthy();
    void verifyDetectsBrokenInvariant_data();
    void verifyDetectsBrokenInvariant();

    void backupAndRestore();
    void restoreRefusesForeignFile();

private:
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    /// A copy of the source database (closed, so its main file holds everything).
    QString copyOfSource(const QString &name);
    QString makeBadFile(const QString &kind);

    QTemporaryDir m_dir;
    QString m_source; ///< three cases, written in-process
    QString m_importFile; ///< a valid TrustDesk JSON file holding one case
    QString m_refSample; ///< sampleCase(), status evidence
    QString m_refFiled; ///< minimal case, status filed
    QString m_refIntake; ///< minimal case, status intake
};

void TestCli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("TRUSTDESK_CLI"),
        "TRUSTDESK_CLI must name the trustdesk-cli executable");
    QVERIFY(QFileInfo(qEnvironmentVariable("TRUSTDESK_CLI")).isExecutable());
    QVERIFY(m_dir.isValid());
    m_source = path(QStringLiteral("source.sqlite"));
    {
        auto opened = Database::open(m_source);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        CaseRepository repository(**opened, QStringLiteral("tester"));

        auto sample = repository.save(sampleWithWitnessPhone());
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message));
        m_refSample = sample->reference;

        CaseFile filed = test::minimalCase(QStringLiteral("Omar Example"));
        filed.status = CaseStatus::Filed;
        auto savedFiled = repository.save(filed);
        QVERIFY2(savedFiled, qPrintable(savedFiled ? QString() : savedFiled.error().message));
        m_refFiled = savedFiled->reference;

        CaseFile intake = test::minimalCase(QStringLiteral("Chen Example"));
        intake.status = CaseStatus::Intake;
        intake.incidents[0].narrative = QStringLiteral("Asked for papers at the bus stop.");
        auto savedIntake = repository.save(intake);
        QVERIFY2(savedIntake, qPrintable(savedIntake ? QString() : savedIntake.error().message));
        m_refIntake = savedIntake->reference;
    }
    QVERIFY(!m_refSample.isEmpty() && !m_refFiled.isEmpty() && !m_refIntake.isEmpty());

    // A valid file for import, made by the CLI itself from a one-case database.
    const QString oneCase = path(QStringLiteral("one-case.sqlite"));
    {
        auto opened = Database::open(oneCase);
        QVERIFY(opened);
        CaseRepository repository(**opened, QStringLiteral("tester"));
        CaseFile c = test::minimalCase(QStringLiteral("Import Example"));
        c.reference = QStringLiteral("TD-2025-00077");
        QVERIFY(repository.save(c));
    }
    m_importFile = path(QStringLiteral("one-case.json"));
    const Run exported
        = runCliOn(oneCase, {QStringLiteral("export"), QStringLiteral("--out"), m_importFile});
    EXPECT_EXIT(exported, 0);
}

QString TestCli::copyOfSource(const QString &name)
{
    const QString target = path(name);
    QFile::remove(target);
    if (!QFile::copy(m_source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

// ---------------------------------------------------------------------------------------- init

void TestCli::initCreatesOwnerOnlyFileAndFolder()
{
    const QString folder = path(QStringLiteral("fresh/office"));
    const QString db = QDir(folder).filePath(QStringLiteral("cases.sqlite"));
    QVERIFY(!QFileInfo::exists(folder));

    const Run first = runCliOn(db, {QStringLiteral("init"), QStringLiteral("--unencrypted")});
    EXPECT_EXIT(first, 0);
    QVERIFY(QFileInfo::exists(db));
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QVERIFY2(first.out.contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())),
        qPrintable(first.out));

    const QByteArray before = test::sha256Hex(db);
    const Run second = runCliOn(db, {QStringLiteral("init"), QStringLiteral("--unencrypted")});
    EXPECT_EXIT(second, 0);
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QVERIFY(!before.isEmpty());

    // The new database is a working, empty one.
    const Run list = runCliOn(db, {QStringLiteral("list")});
    EXPECT_EXIT(list, 0);
    QVERIFY2(list.out.isEmpty(), qPrintable(list.out));
    EXPECT_EXIT(runCliOn(db, {QStringLiteral("verify")}), 0);
}

// ---------------------------------------------------------------------------------------- usage

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option")
        << QStringList {QStringLiteral("--frobnicate"), QStringLiteral("list")};
    QTest::newRow("list extra") << QStringList {QStringLiteral("list"), QStringLiteral("extra")};
    QTest::newRow("list --status bogus") << QStringList {
        QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")};
    QTest::newRow("show without REF") << QStringList {QStringLiteral("show")};
    QTest::newRow("show two REFs") << QStringList {
        QStringLiteral("show"), QStringLiteral("TD-2026-00001"), QStringLiteral("TD-2026-00002")};
    QTest::newRow("show --include full_name") << QStringList {QStringLiteral("show"),
        QStringLiteral("TD-2026-00001"), QStringLiteral("--include"), QStringLiteral("full_name")};
    QTest::newRow("export --include full_name") << QStringList {
        QStringLiteral("export"), QStringLiteral("--include"), QStringLiteral("full_name")};
    QTest::newRow("export --include unknown") << QStringList {
        QStringLiteral("export"), QStringLiteral("--include"), QStringLiteral("shoe_size")};
    QTest::newRow("export --include contact") << QStringList {
        QStringLiteral("export"), QStringLiteral("--include"), QStringLiteral("contact")};
    QTest::newRow("show --include witness") << QStringList {QStringLiteral("show"),
        QStringLiteral("TD-2026-00001"), QStringLiteral("--include"), QStringLiteral("witness")};
    QTest::newRow("import without FILE") << QStringList {QStringLiteral("import")};
    QTest::newRow("search without QUERY") << QStringList {QStringLiteral("search")};
    QTest::newRow("search --limit 0") << QStringList {QStringLiteral("search"), QStringLiteral("x"),
        QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("verify extra") << QStringList {
        QStringLiteral("verify"), QStringLiteral("extra")};
    QTest::newRow("backup without FILE") << QStringList {QStringLiteral("backup")};
    QTest::newRow("restore without FILE") << QStringList {QStringLiteral("restore")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    // A path that must stay nonexistent: a usage error never touches the database.
    const QString db = path(QStringLiteral("usage/never-created.sqlite"));
    const Run r = runCliOn(db, args);
    EXPECT_EXIT(r, 1);
    QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error explains itself on stderr");
    QVERIFY2(!QFileInfo::exists(db), "a usage error must not create the database");
}

void TestCli::commandHelp()
{
    const Run help = runCli({QStringLiteral("--help")});
    EXPECT_EXIT(help, 0);
    const qsizetype start = help.out.indexOf(QLatin1String("Commands:"));
    QVERIFY2(start >= 0, qPrintable(help.out));
    QStringList commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*) "));
    for (const auto &l : help.out.mid(start).split(QLatin1Char('\n'))) {
        if (const auto m = line.match(l); m.hasMatch())
            commands.append(m.captured(1));
    }
    for (const auto &expected :
        {"init", "list", "show", "search", "export", "import", "verify", "backup", "restore"})
        QVERIFY2(commands.contains(QLatin1String(expected)), expected);

    // Each command's usage line names the command, so it can be copied and run.
    for (const auto &command : std::as_const(commands)) {
        const Run r = runCli({command, QStringLiteral("--help")});
        EXPECT_EXIT(r, 0);
        const QString usage = r.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: trustdesk-cli %1 [options]").arg(command)),
            qPrintable(usage));
    }
    const Run misuse = runCliOn(path(QStringLiteral("usage/never-created.sqlite")),
        {QStringLiteral("list"), QStringLiteral("extra")});
    EXPECT_EXIT(misuse, 1);
    QVERIFY2(misuse.err.contains(QLatin1String("Usage: trustdesk-cli list [options]")),
        qPrintable(misuse.err));
}

// ---------------------------------------------------------------------------------------- list /
// show / search

void TestCli::listPlain()
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

void TestCli::listJson()
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

void TestCli::listByStatus()
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

void TestCli::showWithholdsSensitiveFields()
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

void TestCli::exportCutOffByItsReaderIsOnTheRecord()
{
    // A reader that stops early (a pipe into head) must not make the log lose the export: the
    // entry is written before the first byte, and the cut-off export is recorded as aborted.
    const QString db = copyOfSource(QStringLiteral("export-cut.sqlite"));
    {
        auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
        QVERIFY(opened);
        CaseRepository repository(**opened, QStringLiteral("tester"));
        QList<CaseFile> many;
        for (int i = 0; i < 400; ++i)
            many.append(test::sampleCase(QStringLiteral("Pipe Example %1").arg(i)));
        QVERIFY(repository.insertAll(many, QStringLiteral("case.create")));
    }
    const QString script
        = QStringLiteral("\"$0\" --db \"$1\" export --include-sensitive | head -c 2000 >/dev/null");
    const Run r = runProgram(QStringLiteral("sh"),
        {QStringLiteral("-c"), script, qEnvironmentVariable("TRUSTDESK_CLI"), db});
    EXPECT_EXIT(r, 0); // the pipeline's status is head's
    QVERIFY2(!r.err.contains(QLatin1String("SQL")), qPrintable(r.err));

    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    QVERIFY(opened);
    QSqlQuery q((*opened)->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT action, count(*), min(detail) FROM audit_events"
                       " WHERE action LIKE 'case.export%' GROUP BY action ORDER BY action")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("case.export"));
    QCOMPARE(q.value(1).toInt(), 403); // every case that could have left, before any did
    QVERIFY2(q.value(2).toString().contains(QLatin1String("a_number")),
        qPrintable(q.value(2).toString()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("case.export_aborted"));
    QCOMPARE(q.value(1).toInt(), 403);
    QVERIFY2(q.value(2).toString().startsWith(QLatin1String("after ")),
        qPrintable(q.value(2).toString()));
}

void TestCli::showIncludeRecordsAuditEvent()
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
    QVERIFY(!r.out.contains(kWitnessPhone));

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

void TestCli::showIncludeWitnessContact()
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
        kWitnessPhone);

    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    QVERIFY(opened);
    auto events = AuditLog(**opened, QStringLiteral("tester")).events(m_refSample);
    QVERIFY(events);
    QStringList views;
    for (const auto &e : events.value()) {
        if (e.action == QLatin1String("case.view_sensitive"))
            views.append(e.detail);
        QVERIFY2(!e.detail.contains(kWitnessPhone), "the audit log names fields, never values");
    }
    QCOMPARE(views,
        (QStringList {QStringLiteral("included: witness_contact"),
            QStringLiteral("included: witness_contact")}));
}

void TestCli::showJson()
{
    const Run r
        = runCliOn(m_source, {QStringLiteral("show"), m_refSample, QStringLiteral("--json")});
    EXPECT_EXIT(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject file = doc.object();
    QCOMPARE(file.value(QLatin1String("format")).toString(), QStringLiteral("trustdesk-cases"));
    QCOMPARE(file.value(QLatin1String("version")).toInt(), 2);
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

void TestCli::showUnknownReference()
{
    const Run r = runCliOn(m_source, {QStringLiteral("show"), QStringLiteral("TD-2099-99999")});
    EXPECT_EXIT(r, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.err.trimmed().isEmpty() && !r.err.trimmed().contains(QLatin1Char('\n')),
        qPrintable(r.err));
    QVERIFY2(!hasJargon(r.err), qPrintable(r.err));
}

void TestCli::search_data()
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

void TestCli::search()
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

void TestCli::searchNothing()
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

// ---------------------------------------------------------------------------------------- export /
// import

void TestCli::exportRedacted()
{
    const QString db = copyOfSource(QStringLiteral("export-redacted.sqlite"));
    const QString file = path(QStringLiteral("redacted.json"));
    const Run r = runCliOn(db, {QStringLiteral("export"), QStringLiteral("--out"), file});
    EXPECT_EXIT(r, 0);
    QCOMPARE(modeOf(file), 0600);
    const QByteArray bytes = test::readFile(file);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject top = doc.object();
    QCOMPARE(top.value(QLatin1String("format")).toString(), QStringLiteral("trustdesk-cases"));
    QVERIFY(top.value(QLatin1String("version")).isDouble());
    QCOMPARE(top.value(QLatin1String("version")).toInt(), 2);
    QStringList withheld;
    for (const auto &v : top.value(QLatin1String("withheld_fields")).toArray())
        withheld.append(v.toString());
    QCOMPARE(withheld, withheldKeys());
    const QJsonArray cases = top.value(QLatin1String("cases")).toArray();
    QCOMPARE(cases.size(), 3);
    for (const auto &c : cases) {
        const QJsonObject client = c.toObject().value(QLatin1String("client")).toObject();
        for (const auto &key : sensitiveKeys())
            QVERIFY2(!client.contains(key), qPrintable(key));
    }
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Lan")));
    QVERIFY(text.contains(QStringLiteral("王小明")));
    for (const auto &value : sensitiveSampleValues() + witnessContacts())
        QVERIFY2(!text.contains(value), qPrintable(QStringLiteral("leaked: %1").arg(value)));

    // Standard output carries the same document.
    const Run toStdout = runCliOn(db, {QStringLiteral("export")});
    EXPECT_EXIT(toStdout, 0);
    QCOMPARE(toStdout.stdoutBytes, bytes);

    // Replacing a world-readable file still leaves an owner-only one.
    const QString existing = path(QStringLiteral("existing-readable.json"));
    QVERIFY(writeAll(existing, "old contents\n"));
    QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
    EXPECT_EXIT(runCliOn(db, {QStringLiteral("export"), QStringLiteral("--out"), existing}), 0);
    QCOMPARE(modeOf(existing), 0600);
    QCOMPARE(test::readFile(existing), bytes);
}

void TestCli::exportIncludeWitnessContact()
{
    const QString db = copyOfSource(QStringLiteral("export-witness.sqlite"));
    const Run contacts = runCliOn(db,
        {QStringLiteral("export"), QStringLiteral("--include"), QStringLiteral("witness_contact")});
    EXPECT_EXIT(contacts, 0);
    for (const auto &contact : witnessContacts())
        QVERIFY2(contacts.out.contains(contact), qPrintable(contact));
    for (const auto &value : sensitiveSampleValues())
        QVERIFY2(
            !contacts.out.contains(value), qPrintable(QStringLiteral("leaked: %1").arg(value)));
    QStringList withheld;
    for (const auto &v : QJsonDocument::fromJson(contacts.stdoutBytes)
                             .object()
                             .value(QLatin1String("withheld_fields"))
                             .toArray())
        withheld.append(v.toString());
    QCOMPARE(withheld, sensitiveKeys());

    // Both kinds, repeated --include; and --include-sensitive takes everything.
    const Run both = runCliOn(db,
        {QStringLiteral("export"), QStringLiteral("--include"), QStringLiteral("a_number"),
            QStringLiteral("--include"), QStringLiteral("witness_contact")});
    EXPECT_EXIT(both, 0);
    QVERIFY(both.out.contains(kWitnessPhone));
    QVERIFY(both.out.contains(test::sampleCase().client.aNumber));
    const Run everything
        = runCliOn(db, {QStringLiteral("export"), QStringLiteral("--include-sensitive")});
    EXPECT_EXIT(everything, 0);
    QVERIFY(everything.out.contains(kWitnessPhone));

    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    QVERIFY(opened);
    auto events = AuditLog(**opened, QStringLiteral("tester")).events(m_refSample);
    QVERIFY(events);
    QStringList exports;
    for (const auto &e : events.value()) {
        if (e.action == QLatin1String("case.export"))
            exports.prepend(e.detail); // newest first in the log
    }
    QCOMPARE(exports,
        (QStringList {QStringLiteral("included: witness_contact"),
            QStringLiteral("included: a_number, witness_contact"),
            QStringLiteral("included: ") + withheldKeys().join(QLatin1String(", "))}));
}

void TestCli::includeHelpNamesWitnessContact()
{
    for (const auto &command :
        {QStringLiteral("show"), QStringLiteral("export"), QStringLiteral("report")}) {
        const Run r = runCli({command, QStringLiteral("--help")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("witness_contact")),
            qPrintable(command + QLatin1Char('\n') + r.out));
        QVERIFY2(r.out.contains(QLatin1String("--include-sensitive")), qPrintable(command));
    }
    const Run wrong = runCliOn(path(QStringLiteral("usage/never-created.sqlite")),
        {QStringLiteral("export"), QStringLiteral("--include"), QStringLiteral("witness")});
    EXPECT_EXIT(wrong, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("a_number, witness_contact")), qPrintable(wrong.err));
}

void TestCli::exportRoundTripIsByteIdentical()
{
    const QString db = copyOfSource(QStringLiteral("roundtrip-source.sqlite"));
    const QString f1 = path(QStringLiteral("roundtrip-1.json"));
    const QString f2 = path(QStringLiteral("roundtrip-2.json"));
    const QString target = path(QStringLiteral("roundtrip/target.sqlite"));

    EXPECT_EXIT(runCliOn(db,
                    {QStringLiteral("export"), QStringLiteral("--include-sensitive"),
                        QStringLiteral("--out"), f1}),
        0);
    const QByteArray first = test::readFile(f1);
    QVERIFY(!first.isEmpty());
    QVERIFY2(QString::fromUtf8(first).contains(test::sampleCase().client.aNumber),
        "a deliberate full export holds the sensitive fields");
    QVERIFY2(QString::fromUtf8(first).contains(kWitnessPhone), "and the witnesses' contacts");

    const Run imported
        = runCliOn(target, {QStringLiteral("import"), QStringLiteral("--unencrypted"), f1});
    EXPECT_EXIT(imported, 0);
    QVERIFY2(imported.out.contains(QLatin1String("3")), qPrintable(imported.out));
    QCOMPARE(modeOf(target), 0600);

    EXPECT_EXIT(runCliOn(target,
                    {QStringLiteral("export"), QStringLiteral("--include-sensitive"),
                        QStringLiteral("--out"), f2}),
        0);
    const QByteArray second = test::readFile(f2);
    if (first != second) {
        const auto a = first.split('\n');
        const auto b = second.split('\n');
        for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
            if (a.at(i) != b.at(i))
                QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  %2\n  %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        }
        QFAIL("the exports differ in length");
    }

    // Importing the same file again is refused as a whole: the references are taken.
    const Run again
        = runCliOn(target, {QStringLiteral("import"), QStringLiteral("--unencrypted"), f1});
    EXPECT_EXIT(again, 2);
    QVERIFY2(again.err.contains(m_refSample), qPrintable(again.err));
    QCOMPARE(nonEmptyLines(runCliOn(target, {QStringLiteral("list")}).out).size(), 3);
}

void TestCli::importOfWithheldContactsSaysSo()
{
    const QString db = copyOfSource(QStringLiteral("withheld-source.sqlite"));
    const QString f1 = path(QStringLiteral("withheld-1.json"));
    const QString f2 = path(QStringLiteral("withheld-2.json"));
    const QString target = path(QStringLiteral("withheld/target.sqlite"));
    EXPECT_EXIT(runCliOn(db, {QStringLiteral("export"), QStringLiteral("--out"), f1}), 0);

    const Run imported
        = runCliOn(target, {QStringLiteral("import"), QStringLiteral("--unencrypted"), f1});
    EXPECT_EXIT(imported, 0);
    QVERIFY2(imported.err.contains(
                 QStringLiteral("stay empty: %1").arg(withheldKeys().join(QLatin1String(", ")))),
        qPrintable(imported.err));

    // Withheld contacts arrive empty, like withheld client fields: even a full export has none.
    const Run full
        = runCliOn(target, {QStringLiteral("export"), QStringLiteral("--include-sensitive")});
    EXPECT_EXIT(full, 0);
    for (const auto &value : sensitiveSampleValues() + witnessContacts())
        QVERIFY2(!full.out.contains(value), qPrintable(value));
    QCOMPARE(valueAt(QJsonDocument::fromJson(full.stdoutBytes).object(),
                 {QStringLiteral("cases"), QStringLiteral("0"), QStringLiteral("incidents"),
                     QStringLiteral("0"), QStringLiteral("witnesses"), QStringLiteral("0"),
                     QStringLiteral("contact")}),
        QJsonValue(QString()));

    // The redacted round trip is stable too: exporting the imported cases the same way gives the
    // same file.
    EXPECT_EXIT(runCliOn(target, {QStringLiteral("export"), QStringLiteral("--out"), f2}), 0);
    QCOMPARE(test::readFile(f2), test::readFile(f1));
}

void TestCli::importRejectsWholeFile_data()
{
    QTest::addColumn<QStringList>("where");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("impossible date")
        << QStringList {QStringLiteral("cases"), QStringLiteral("1"), QStringLiteral("opened_on")}
        << QJsonValue(QStringLiteral("2026-02-30")) << QStringLiteral("opened_on")
        << QStringLiteral("must be a date");
    QTest::newRow("unknown violation")
        << QStringList {QStringLiteral("cases"), QStringLiteral("2"), QStringLiteral("incidents"),
               QStringLiteral("0"), QStringLiteral("violations")}
        << QJsonValue(QJsonArray {QStringLiteral("jaywalking")})
        << QStringLiteral("incidents[0].violations[0]") << QStringLiteral("violation category");
    QTest::newRow("unknown key") << QStringList {QStringLiteral("cases"), QStringLiteral("0"),
        QStringLiteral("client"), QStringLiteral("nickname")}
                                 << QJsonValue(QStringLiteral("Lanny"))
                                 << QStringLiteral("client.nickname")
                                 << QStringLiteral("not a known field");
    QTest::newRow("bad evidence hash")
        << QStringList {QStringLiteral("cases"), QStringLiteral("0"), QStringLiteral("evidence"),
               QStringLiteral("0"), QStringLiteral("sha256")}
        << QJsonValue(QStringLiteral("ABC")) << QStringLiteral("evidence[0].sha256")
        << QStringLiteral("hexadecimal");
    QTest::newRow("missing incident date")
        << QStringList {QStringLiteral("cases"), QStringLiteral("2"), QStringLiteral("incidents"),
               QStringLiteral("0"), QStringLiteral("date")}
        << QJsonValue(QJsonValue::Null) << QStringLiteral("incidents[0].date")
        << QStringLiteral("required");
}

void TestCli::importRejectsWholeFile()
{
    QFETCH(QStringList, where);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const QString source = copyOfSource(QStringLiteral("bad-import-source.sqlite"));
    const QString good = path(QStringLiteral("bad-import-good.json"));
    EXPECT_EXIT(runCliOn(source,
                    {QStringLiteral("export"), QStringLiteral("--include-sensitive"),
                        QStringLiteral("--out"), good}),
        0);
    const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(good));
    QCOMPARE(doc.object().value(QLatin1String("cases")).toArray().size(), 3);
    const int index = where.at(1).toInt();
    const QString reference
        = valueAt(doc.object(), {QStringLiteral("cases"), where.at(1), QStringLiteral("reference")})
              .toString();
    QVERIFY(!reference.isEmpty());

    const QString bad = path(QStringLiteral("bad-import.json"));
    QVERIFY(writeAll(bad, QJsonDocument(setAt(doc.object(), where, value).toObject()).toJson()));

    const QString target = path(QStringLiteral("bad-import-%1.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentDataTag())
                                             .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile::remove(target);
    EXPECT_EXIT(runCliOn(target, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
    const QByteArray before = test::sha256Hex(target);

    const Run r = runCliOn(target, {QStringLiteral("import"), bad});
    EXPECT_EXIT(r, 2);
    const QString expected
        = QStringLiteral("cases[%1] (%2): %3: ").arg(index).arg(reference, field);
    QVERIFY2(r.err.contains(expected),
        qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!hasJargon(r.err), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QLatin1String("Imported")), qPrintable(r.out));

    const Run list = runCliOn(target, {QStringLiteral("list")});
    EXPECT_EXIT(list, 0);
    QVERIFY2(list.out.isEmpty(), qPrintable(list.out));
    QCOMPARE(test::sha256Hex(target), before);
}

void TestCli::exportUnknownReference()
{
    const QString out = path(QStringLiteral("unknown-ref.json"));
    const Run r = runCliOn(m_source,
        {QStringLiteral("export"), QStringLiteral("TD-2099-99999"), QStringLiteral("--out"), out});
    EXPECT_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("TD-2099-99999")), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(out), "nothing is written for a failed export");

    const Run mixed = runCliOn(
        m_source, {QStringLiteral("export"), m_refSample, QStringLiteral("TD-2099-99999")});
    EXPECT_EXIT(mixed, 2);
    QVERIFY2(mixed.out.isEmpty(), qPrintable(mixed.out));
}

// ---------------------------------------------------------------------------------------- bad
// database files

QString TestCli::makeBadFile(const QString &kind)
{
    const QString file = path(QStringLiteral("bad-%1.sqlite").arg(kind));
    if (QFileInfo::exists(file)) {
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(file);
    }
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile::remove(file + QStringLiteral("-journal"));

    if (kind == QLatin1String("empty")) {
        if (!writeAll(file, {}))
            return {};
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(4096, '\0');
        QRandomGenerator generator(20260302);
        for (auto &b : bytes)
            b = static_cast<char>(generator.bounded(256));
        if (!writeAll(file, bytes))
            return {};
    } else if (kind == QLatin1String("truncated")) {
        // Cut inside the second page, as an interrupted copy would.
        if (!writeAll(file, test::readFile(m_source).left(1024)))
            return {};
    } else if (kind == QLatin1String("truncated-at-page")) {
        // Cut on a page boundary: only the header's page count shows the loss.
        const QByteArray whole = test::readFile(m_source);
        const int pageSize = (static_cast<unsigned char>(whole.at(16)) << 8)
            | static_cast<unsigned char>(whole.at(17));
        if (pageSize <= 0 || whole.size() < 4 * pageSize
            || !writeAll(file, whole.left(2 * pageSize)))
            return {};
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
        if (kind == QLatin1String("newer") && !QFile::copy(m_source, file))
            return {};
        const QString connection = QStringLiteral("bad-file-%1").arg(kind);
        bool ok = false;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            sql.setDatabaseName(file);
            if (sql.open()) {
                QSqlQuery q(sql);
                ok = kind == QLatin1String("foreign")
                    ? q.exec(QStringLiteral(
                          "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"))
                        && q.exec(QStringLiteral(
                            "INSERT INTO recipes (name) VALUES ('Phở'), ('Lentil soup')"))
                    : q.exec(QStringLiteral("PRAGMA user_version = 999"));
                q.finish();
                sql.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok)
            return {};
    } else if (kind == QLatin1String("readonly")) {
        if (!QFile::copy(m_source, file))
            return {};
        ::chmod(QFile::encodeName(file).constData(), 0400);
    } else {
        return {};
    }
    return file;
}

void TestCli::badDatabaseFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");

    const QStringList kinds {QStringLiteral("empty"), QStringLiteral("random"),
        QStringLiteral("truncated"), QStringLiteral("truncated-at-page"), QStringLiteral("foreign"),
        QStringLiteral("newer"), QStringLiteral("readonly")};
    const QStringList commands {QStringLiteral("list"), QStringLiteral("verify"),
        QStringLiteral("import"), QStringLiteral("init")};
    for (const auto &kind : kinds) {
        for (const auto &command : commands) {
            int code = 2;
            // verify reports a damaged file as an integrity failure (exit 3), the contract for
            // verify.
            if (command == QLatin1String("verify") && kind.startsWith(QLatin1String("truncated")))
                code = 3;
            // verify only reads, so a read-only database verifies normally.
            if (command == QLatin1String("verify") && kind == QLatin1String("readonly"))
                code = 0;
            QTest::addRow("%s %s", qPrintable(kind), qPrintable(command))
                << kind << command << code;
        }
    }
}

void TestCli::badDatabaseFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);
    QFETCH(int, exitCode);

    const QString file = makeBadFile(kind);
    QVERIFY2(!file.isEmpty(), "could not prepare the file");
    const QByteArray before = test::sha256Hex(file);
    const int modeBefore = modeOf(file);

    QStringList args {command};
    if (command == QLatin1String("import"))
        args.append(m_importFile);
    const Run r = runCliOn(file, args);
    EXPECT_EXIT(r, exitCode);

    QCOMPARE(test::sha256Hex(file), before);
    QCOMPARE(modeOf(file), modeBefore);
    if (exitCode == 0) {
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
        return;
    }
    const QString message = r.err.trimmed();
    QVERIFY2(!message.isEmpty(), "the refusal explains itself");
    QVERIFY2(!message.contains(QLatin1Char('\n')),
        qPrintable(QStringLiteral("not one line:\n%1").arg(r.err)));
    QVERIFY2(!hasJargon(message), qPrintable(message));
    QVERIFY2(message.contains(QFileInfo(file).fileName())
            || message.contains(QLatin1String("TrustDesk")),
        qPrintable(message));
    QVERIFY2(!r.out.contains(QLatin1String("Imported")) && !r.out.contains(QLatin1String("ready")),
        qPrintable(r.out));
    if (kind == QLatin1String("readonly"))
        QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
    if (kind == QLatin1String("newer"))
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
    if (kind == QLatin1String("foreign"))
        QVERIFY2(message.contains(QLatin1String("another application")), qPrintable(message));
}

void TestCli::damagedPages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList {QStringLiteral("list")};
    QTest::newRow("search") << QStringList {QStringLiteral("search"), QStringLiteral("Omar")};
    QTest::newRow("export") << QStringList {QStringLiteral("export")};
    QTest::newRow("show") << QStringList {QStringLiteral("show"), m_refSample};
    QTest::newRow("verify") << QStringList {QStringLiteral("verify")};
}

void TestCli::damagedPages()
{
    QFETCH(QStringList, args);
    // A sound header over a damaged table: the header checks pass, SQLite meets the damage later.
    const QString db = copyOfSource(QStringLiteral("damaged-pages.sqlite"));
    int rootPage = 0;
    {
        const QString connection = QStringLiteral("damaged-pages");
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(
                q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'cases'"))
                && q.next());
            rootPage = q.value(0).toInt();
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QByteArray bytes = test::readFile(db);
    const int pageSize = (static_cast<unsigned char>(bytes.at(16)) << 8)
        | static_cast<unsigned char>(bytes.at(17));
    QVERIFY(rootPage > 1 && qsizetype(rootPage) * pageSize <= bytes.size());
    bytes.replace(qsizetype(rootPage - 1) * pageSize, pageSize, QByteArray(pageSize, char(0xA5)));
    QVERIFY(writeAll(db, bytes));
    const QByteArray before = test::sha256Hex(db);

    const Run r = runCliOn(db, args);
    EXPECT_EXIT(r, 3);
    QCOMPARE(test::sha256Hex(db), before);
    if (args.first() == QLatin1String("verify")) {
        QVERIFY2(r.err.contains(QLatin1String("FAILED")), qPrintable(r.err));
        return;
    }
    const QString message = r.err.trimmed();
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')),
        qPrintable(QStringLiteral("not one line:\n%1").arg(r.err)));
    QVERIFY2(!hasJargon(message), qPrintable(message));
}

// ---------------------------------------------------------------------------------------- verify

void TestCli::verifyHealthy()
{
    const Run r = runCliOn(m_source, {QStringLiteral("verify")});
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("passed")), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    const Run missing
        = runCliOn(path(QStringLiteral("no-such.sqlite")), {QStringLiteral("verify")});
    EXPECT_EXIT(missing, 2);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such.sqlite"))));
}

void TestCli::verifyDetectsBrokenInvariant_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("problem");

    QTest::newRow("orphan incident") << QStringList {QStringLiteral("PRAGMA foreign_keys = OFF"),
        QStringLiteral("INSERT INTO incidents (case_id, position, occurred_on) VALUES (9999, 0, "
                       "'2026-01-01')")}
                                     << QStringLiteral("Broken link");
    QTest::newRow("case missing from search index")
        << QStringList {QStringLiteral(
               "DELETE FROM case_search WHERE rowid = (SELECT min(id) FROM cases)")}
        << QStringLiteral("missing from the search index");
    QTest::newRow("numbering behind")
        << QStringList {QStringLiteral("UPDATE reference_counters SET last_sequence = 0")}
        << QStringLiteral("numbering");
    QTest::newRow("closed before opened") << QStringList {QStringLiteral(
        "UPDATE cases SET closed_on = '2000-01-01' WHERE id = (SELECT min(id) FROM cases)")}
                                          << QStringLiteral("closed before it was opened");
    // The index's stored text no longer matches its tokens: only FTS5's own integrity-check sees
    // it.
    QTest::newRow("search index out of step")
        << QStringList {QStringLiteral("UPDATE case_search_content SET c4 = 'words never indexed'"
                                       " WHERE id = (SELECT min(id) FROM cases)")}
        << QStringLiteral("search index is inconsistent");
}

void TestCli::verifyDetectsBrokenInvariant()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, problem);

    const QString db = copyOfSource(QStringLiteral("broken.sqlite"));
    {
        auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
        QVERIFY(opened);
        for (const auto &sql : statements) {
            QSqlQuery q((*opened)->connection());
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
    }
    const QByteArray before = test::sha256Hex(db);
    const Run r = runCliOn(db, {QStringLiteral("verify")});
    EXPECT_EXIT(r, 3);
    QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("FAILED")), qPrintable(r.err));
    QCOMPARE(test::sha256Hex(db), before);
}

// ---------------------------------------------------------------------------------------- backup /
// restore

void TestCli::backupAndRestore()
{
    const QString db = copyOfSource(QStringLiteral("backup-source.sqlite"));
    const QString backup = path(QStringLiteral("backups/cases-backup.sqlite"));
    QDir().mkpath(QFileInfo(backup).absolutePath());
    const Run made = runCliOn(db, {QStringLiteral("backup"), backup});
    EXPECT_EXIT(made, 0);
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(modeOf(backup), 0600);

    // A backup never overwrites.
    const QByteArray backupHash = test::sha256Hex(backup);
    const Run twice = runCliOn(db, {QStringLiteral("backup"), backup});
    EXPECT_EXIT(twice, 2);
    QCOMPARE(test::sha256Hex(backup), backupHash);

    const QString restored = path(QStringLiteral("restored/cases.sqlite"));
    const Run restore
        = runCliOn(restored, {QStringLiteral("restore"), QStringLiteral("--unencrypted"), backup});
    EXPECT_EXIT(restore, 0);
    QCOMPARE(modeOf(restored), 0600);

    const Run original = runCliOn(db, {QStringLiteral("list")});
    const Run copy = runCliOn(restored, {QStringLiteral("list")});
    EXPECT_EXIT(original, 0);
    EXPECT_EXIT(copy, 0);
    QCOMPARE(nonEmptyLines(copy.out).size(), 3);
    QCOMPARE(copy.out, original.out);
    EXPECT_EXIT(runCliOn(restored, {QStringLiteral("verify")}), 0);

    // Restoring over an existing database replaces its contents.
    const QString other = path(QStringLiteral("restore-over.sqlite"));
    QFile::remove(other);
    EXPECT_EXIT(
        runCliOn(other, {QStringLiteral("import"), QStringLiteral("--unencrypted"), m_importFile}),
        0);
    EXPECT_EXIT(runCliOn(other, {QStringLiteral("restore"), backup}), 0);
    QCOMPARE(runCliOn(other, {QStringLiteral("list")}).out, original.out);
}

void TestCli::restoreRefusesForeignFile()
{
    const QString target = copyOfSource(QStringLiteral("restore-target.sqlite"));
    const QString listBefore = runCliOn(target, {QStringLiteral("list")}).out;
    QCOMPARE(nonEmptyLines(listBefore).size(), 3);
    const QByteArray before = test::sha256Hex(target);

    for (const auto &kind :
        {QStringLiteral("foreign"), QStringLiteral("random"), QStringLiteral("truncated")}) {
        const QString bad = makeBadFile(kind);
        QVERIFY(!bad.isEmpty());
        const QByteArray badBefore = test::sha256Hex(bad);
        const Run r = runCliOn(target, {QStringLiteral("restore"), bad});
        QVERIFY2(r.exitCode == 2 || (kind == QLatin1String("truncated") && r.exitCode == 3),
            qPrintable(kind + QLatin1Char(' ') + describe(r)));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(kind));
        QVERIFY2(!hasJargon(r.err), qPrintable(r.err));
        QCOMPARE(test::sha256Hex(target), before);
        QCOMPARE(test::sha256Hex(bad), badBefore);
        QCOMPARE(runCliOn(target, {QStringLiteral("list")}).out, listBefore);

        // Nor is a database created for a refused restore.
        const QString fresh = path(QStringLiteral("restore-fresh-%1.sqlite").arg(kind));
        const Run intoNew
            = runCliOn(fresh, {QStringLiteral("restore"), QStringLiteral("--unencrypted"), bad});
        QVERIFY2(intoNew.exitCode == 2 || intoNew.exitCode == 3, qPrintable(describe(intoNew)));
        QVERIFY(!QFileInfo::exists(fresh));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
