// trustdesk-cli: export and import: redaction by default, round trips, whole-file refusals.

#include "clirun.h"
#include "clisamples.h"
#include "clisourcetest.h"
#include "domain/clientfield.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"
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

class TestCliInterchange : public CliSourceTest
{
    Q_OBJECT

private slots:
    void exportRedacted();
    void exportIncludeWitnessContact();
    void includeHelpNamesWitnessContact();
    void exportRoundTripIsByteIdentical();
    void importOfWithheldContactsSaysSo();
    void importRejectsWholeFile_data();
    void importRejectsWholeFile();
    void exportUnknownReference();
    void exportCutOffByItsReaderIsOnTheRecord();
};

void TestCliInterchange::exportRedacted()
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
    QCOMPARE(top.value(QLatin1String("version")).toInt(), 3);
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
    QVERIFY(test::writeFile(existing, "old contents\n"));
    QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
    EXPECT_EXIT(runCliOn(db, {QStringLiteral("export"), QStringLiteral("--out"), existing}), 0);
    QCOMPARE(modeOf(existing), 0600);
    QCOMPARE(test::readFile(existing), bytes);
}

void TestCliInterchange::exportIncludeWitnessContact()
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
    QVERIFY(both.out.contains(witnessPhone()));
    QVERIFY(both.out.contains(test::sampleCase().client.aNumber));
    const Run everything
        = runCliOn(db, {QStringLiteral("export"), QStringLiteral("--include-sensitive")});
    EXPECT_EXIT(everything, 0);
    QVERIFY(everything.out.contains(witnessPhone()));

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

void TestCliInterchange::includeHelpNamesWitnessContact()
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

void TestCliInterchange::exportRoundTripIsByteIdentical()
{
    const QString db = copyOfSource(QStringLiteral("roundtrip-source.sqlite"));
    const QString f1 = path(QStringLiteral("roundtrip-1.json"));
    const QString f2 = path(QStringLiteral("roundtrip-2.json"));
    const QString target = newDatabase(QStringLiteral("roundtrip/target.sqlite"));

    EXPECT_EXIT(runCliOn(db,
                    {QStringLiteral("export"), QStringLiteral("--include-sensitive"),
                        QStringLiteral("--out"), f1}),
        0);
    const QByteArray first = test::readFile(f1);
    QVERIFY(!first.isEmpty());
    QVERIFY2(QString::fromUtf8(first).contains(test::sampleCase().client.aNumber),
        "a deliberate full export holds the sensitive fields");
    QVERIFY2(QString::fromUtf8(first).contains(witnessPhone()), "and the witnesses' contacts");

    const Run imported
        = runCliOn(target, {QStringLiteral("import"), QStringLiteral("--unencrypted"), f1});
    EXPECT_EXIT(imported, 0);
    QVERIFY2(imported.out.contains(QLatin1String("3")), qPrintable(imported.out));
    if (!TestDatabase::onPostgres())
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

void TestCliInterchange::importOfWithheldContactsSaysSo()
{
    const QString db = copyOfSource(QStringLiteral("withheld-source.sqlite"));
    const QString f1 = path(QStringLiteral("withheld-1.json"));
    const QString f2 = path(QStringLiteral("withheld-2.json"));
    const QString target = newDatabase(QStringLiteral("withheld/target.sqlite"));
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

void TestCliInterchange::importRejectsWholeFile_data()
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

void TestCliInterchange::importRejectsWholeFile()
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
    QVERIFY(
        test::writeFile(bad, QJsonDocument(setAt(doc.object(), where, value).toObject()).toJson()));

    const QString target = newDatabase(QStringLiteral("bad-import-%1.sqlite")
                                           .arg(QString::fromLatin1(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile::remove(target);
    EXPECT_EXIT(runCliOn(target, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
    // On a server the list below is the check: there is no file to compare.
    const bool onFile = !TestDatabase::onPostgres();
    const QByteArray before = onFile ? test::sha256Hex(target) : QByteArray();

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
    if (onFile)
        QCOMPARE(test::sha256Hex(target), before);
}

void TestCliInterchange::exportUnknownReference()
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

void TestCliInterchange::exportCutOffByItsReaderIsOnTheRecord()
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

QTEST_GUILESS_MAIN(TestCliInterchange)
#include "tst_cli_interchange.moc"
