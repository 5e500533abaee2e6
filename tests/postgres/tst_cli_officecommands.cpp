// The rest of trustdesk-cli's data commands on an office server, each run on the same data in a
// database file and in a PostgreSQL database and the outputs compared: officers, report and
// client-copy (recorded in the server), faces and redact (the copy sealed with the office key
// into the server's rows), change-passphrase (the caller's own wrap of the office key), and
// encrypt refused with a reason. Runs only under scripts/pg-test-cluster.sh (CTest `postgres`).
#include "clirun.h"
#include "syntheticfaces.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QString kCase = QStringLiteral("TD-2025-00018");

QString fixture()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json");
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// The output lines that do not name a path or a file's own hash.
QStringList withoutPaths(const QString &out)
{
    QStringList kept;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.contains(QLatin1String("written:")) && !line.startsWith(QLatin1String("SHA-256")))
            kept.append(line);
    }
    return kept;
}

// The SHA-256s of the exported files in an evidence-export folder (not its manifests).
QSet<QByteArray> hashesIn(const QString &folder)
{
    QSet<QByteArray> out;
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Files)) {
        if (f.fileName().startsWith(QLatin1String("manifest"))
            || f.fileName() == QLatin1String("SHA256SUMS"))
            continue;
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly))
            out.insert(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

} // namespace

class TestCliOfficeCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;
    QString m_file;
    QString m_pass;
    int m_round = 0;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, bytes) ? path : QString();
    }

    void makeOfficeKey()
    {
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("office-key"), QStringLiteral("init"),
                            QStringLiteral("--passphrase-file"), m_pass}),
            0);
    }

    // Attaches `path` to kCase in both databases; the new item's id in each (0 on failure).
    QPair<QString, QString> attachToBoth(const QString &path)
    {
        const CliRun onFile = runCliOn(m_file, {QStringLiteral("attach"), kCase, path});
        const CliRun onServer = runCliOn(m_uri,
            {QStringLiteral("attach"), kCase, path, QStringLiteral("--passphrase-file"), m_pass});
        if (onFile.exitCode != 0 || onServer.exitCode != 0) {
            qWarning("%s\n%s", qPrintable(describe(onFile)), qPrintable(describe(onServer)));
            return {};
        }
        return {lastItemId(m_file, {}), lastItemId(m_uri, m_pass)};
    }

    QString lastItemId(const QString &db, const QString &pass)
    {
        QStringList a {QStringLiteral("evidence"), kCase};
        if (!pass.isEmpty())
            a << QStringLiteral("--passphrase-file") << pass;
        const CliRun r = runCliOn(db, a);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.constLast().section(QLatin1Char('\t'), 1, 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        m_pass = writeFile(QStringLiteral("ana.pass"), "ana's long passphrase\n");
        QVERIFY(!m_pass.isEmpty());
    }

    void init()
    {
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_uri = m_location->target();
        m_file = m_dir.filePath(QStringLiteral("cases%1.db").arg(++m_round));
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("import"), fixture()}), 0);
        EXPECT_EXIT(runCliOn(m_file, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
        EXPECT_EXIT(runCliOn(m_file, {QStringLiteral("import"), fixture()}), 0);
    }

    void cleanup() { m_location.reset(); }

    void officersAsOnAFile_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("roster") << args({"officers"});
        QTest::newRow("all") << args({"officers", "--min-incidents", "1"});
        QTest::newRow("json") << args({"officers", "--min-incidents", "1", "--json"});
    }

    void officersAsOnAFile()
    {
        QFETCH(QStringList, command);
        const CliRun onFile = runCliOn(m_file, command);
        const CliRun onServer = runCliOn(m_uri, command);
        EXPECT_EXIT(onFile, 0);
        EXPECT_EXIT(onServer, 0);
        QCOMPARE(onServer.out, onFile.out);
        // The fixture's officers appear once each: the default roster is empty on both.
        if (command.contains(QLatin1String("--min-incidents")))
            QVERIFY2(!onFile.out.isEmpty(), qPrintable(describe(onFile)));

        // One officer's cases, by the badge the roster lists first.
        const QString badge = runCliOn(m_file, args({"officers", "--min-incidents", "1"}))
                                  .out.section(QLatin1Char('\n'), 0, 0)
                                  .section(QLatin1Char('\t'), 2, 2);
        QVERIFY(!badge.isEmpty());
        const QStringList byBadge {QStringLiteral("officers"), QStringLiteral("--badge"), badge};
        const CliRun casesOnFile = runCliOn(m_file, byBadge);
        const CliRun casesOnServer = runCliOn(m_uri, byBadge);
        EXPECT_EXIT(casesOnServer, 0);
        QVERIFY(!casesOnFile.out.isEmpty());
        QCOMPARE(casesOnServer.out, casesOnFile.out);
    }

    void profileNeedsNoDatabase() { EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("profile")}), 0); }

    void reportsAreRecordedInTheServer()
    {
        const QString pdfFile = m_dir.filePath(QStringLiteral("file.pdf"));
        const QString pdfServer = m_dir.filePath(QStringLiteral("server.pdf"));
        const CliRun onFile
            = runCliOn(m_file, {QStringLiteral("report"), kCase, QStringLiteral("--out"), pdfFile});
        const CliRun onServer = runCliOn(
            m_uri, {QStringLiteral("report"), kCase, QStringLiteral("--out"), pdfServer});
        EXPECT_EXIT(onFile, 0);
        EXPECT_EXIT(onServer, 0);
        QCOMPARE(withoutPaths(onServer.out), withoutPaths(onFile.out));
        QCOMPARE(onServer.err, onFile.err);
        QVERIFY(QFileInfo(pdfServer).size() > 1000);

        const QString copyFile = m_dir.filePath(QStringLiteral("file-copy.pdf"));
        const QString copyServer = m_dir.filePath(QStringLiteral("server-copy.pdf"));
        const CliRun copyOnFile = runCliOn(m_file,
            {QStringLiteral("client-copy"), kCase, QStringLiteral("--out"), copyFile,
                QStringLiteral("--lang"), QStringLiteral("es")});
        const CliRun copyOnServer = runCliOn(m_uri,
            {QStringLiteral("client-copy"), kCase, QStringLiteral("--out"), copyServer,
                QStringLiteral("--lang"), QStringLiteral("es")});
        EXPECT_EXIT(copyOnFile, 0);
        EXPECT_EXIT(copyOnServer, 0);
        QCOMPARE(withoutPaths(copyOnServer.out), withoutPaths(copyOnFile.out));

        // Both are recorded with the case, and in the audit log on the server.
        const CliRun audit = runCliOn(m_uri, {QStringLiteral("audit")});
        EXPECT_EXIT(audit, 0);
        QVERIFY2(audit.out.contains(QLatin1String("report.generate"))
                && audit.out.contains(QLatin1String("report.client_copy")),
            qPrintable(describe(audit)));
    }

    void reportPicturesServerEvidence()
    {
        makeOfficeKey();
        const QString photo = writeFile(
            QStringLiteral("street.jpg"), syntheticJpeg({640, 480}, {QRect(220, 120, 160, 200)}));
        const auto ids = attachToBoth(photo);
        QVERIFY(!ids.second.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("pictured.pdf"));
        const CliRun r = runCliOn(m_uri,
            {QStringLiteral("report"), kCase, QStringLiteral("--out"), pdf,
                QStringLiteral("--passphrase-file"), m_pass});
        EXPECT_EXIT(r, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("/Subtype /Image"), "the exhibit photo is not in the PDF");
    }

    void facesAndRedactAsOnAFile()
    {
        makeOfficeKey();
        const QString photo = writeFile(QStringLiteral("faces.jpg"),
            syntheticJpeg({640, 480}, {QRect(220, 120, 160, 200), QRect(40, 60, 120, 150)}));
        const auto ids = attachToBoth(photo);
        QVERIFY(!ids.first.isEmpty() && !ids.second.isEmpty());

        const CliRun facesOnFile = runCliOn(m_file, {QStringLiteral("faces"), kCase, ids.first});
        const CliRun facesOnServer = runCliOn(m_uri,
            {QStringLiteral("faces"), kCase, ids.second, QStringLiteral("--passphrase-file"),
                m_pass});
        EXPECT_EXIT(facesOnFile, 0);
        EXPECT_EXIT(facesOnServer, 0);
        QCOMPARE(facesOnServer.out, facesOnFile.out);

        const QStringList boxes {QStringLiteral("--box"), QStringLiteral("200,100,200,240"),
            QStringLiteral("--method"), QStringLiteral("pixelate")};
        const CliRun onFile
            = runCliOn(m_file, QStringList {QStringLiteral("redact"), kCase, ids.first} + boxes);
        const QStringList serverRedact = QStringList {QStringLiteral("redact"), kCase, ids.second}
            + boxes + QStringList {QStringLiteral("--passphrase-file"), m_pass};
        const CliRun onServer = runCliOn(m_uri, serverRedact);
        EXPECT_EXIT(onFile, 0);
        EXPECT_EXIT(onServer, 0);
        const QString copy = onServer.out.trimmed();
        QVERIFY2(copy.toLongLong() > ids.second.toLongLong(), qPrintable(describe(onServer)));

        // The same copy again is the same item.
        const CliRun again = runCliOn(m_uri, serverRedact);
        EXPECT_EXIT(again, 0);
        QCOMPARE(again.out.trimmed(), copy);
        QVERIFY2(
            again.err.contains(QLatin1String("already on the case")), qPrintable(describe(again)));

        // The copy is sealed in the server's rows: verify opens every row, and the exported copy
        // holds the same bytes as the copy made from the file database.
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), m_pass}),
            0);
        const QString outFile = m_dir.filePath(QStringLiteral("export-file"));
        const QString outServer = m_dir.filePath(QStringLiteral("export-server"));
        EXPECT_EXIT(
            runCliOn(m_file,
                {QStringLiteral("evidence-export"), kCase, QStringLiteral("--out"), outFile}),
            0);
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("evidence-export"), kCase, QStringLiteral("--out"),
                            outServer, QStringLiteral("--passphrase-file"), m_pass}),
            0);
        const auto fromFile = hashesIn(outFile);
        QCOMPARE(fromFile.size(), 2);
        QCOMPARE(hashesIn(outServer), fromFile);

        // The evidence listing and its custody say the same on both.
        const CliRun listed = runCliOn(m_uri, {QStringLiteral("evidence"), kCase});
        EXPECT_EXIT(listed, 0);
        QVERIFY2(
            listed.out.contains(QLatin1String("faces-redacted.jpg")), qPrintable(describe(listed)));
    }

    void redactNeedsTheOfficeKey()
    {
        makeOfficeKey();
        const QString photo = writeFile(
            QStringLiteral("key.jpg"), syntheticJpeg({320, 240}, {QRect(100, 60, 80, 100)}));
        const auto ids = attachToBoth(photo);
        QVERIFY(!ids.second.isEmpty());
        const QString wrong = writeFile(QStringLiteral("wrong.pass"), "not it\n");
        const CliRun r = runCliOn(m_uri,
            {QStringLiteral("redact"), kCase, ids.second, QStringLiteral("--box"),
                QStringLiteral("1,1,10,10"), QStringLiteral("--passphrase-file"), wrong});
        EXPECT_EXIT(r, 4);
        QVERIFY(r.out.isEmpty());
    }

    void changePassphraseOnTheServer()
    {
        const QString next = writeFile(QStringLiteral("next.pass"), "a new long passphrase\n");
        const QString wrong = writeFile(QStringLiteral("wrong2.pass"), "not the passphrase\n");
        // No office key: nothing to change, and it says so.
        const CliRun none = runCliOn(m_uri,
            {QStringLiteral("change-passphrase"), QStringLiteral("--passphrase-file"), m_pass,
                QStringLiteral("--new-passphrase-file"), next});
        EXPECT_EXIT(none, 2);
        QVERIFY2(none.err.contains(QLatin1String("no office key")), qPrintable(describe(none)));

        makeOfficeKey();
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("change-passphrase"), QStringLiteral("--passphrase-file"),
                            wrong, QStringLiteral("--new-passphrase-file"), next}),
            4);
        const CliRun changed = runCliOn(m_uri,
            {QStringLiteral("change-passphrase"), QStringLiteral("--passphrase-file"), m_pass,
                QStringLiteral("--new-passphrase-file"), next});
        EXPECT_EXIT(changed, 0);
        QVERIFY2(changed.out.contains(QLatin1String("changed")), qPrintable(describe(changed)));
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), m_pass}),
            4);
        EXPECT_EXIT(
            runCliOn(m_uri, {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), next}),
            0);
    }

    void encryptIsRefusedWithAReason()
    {
        const CliRun r = runCliOn(m_uri, {QStringLiteral("encrypt")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("office key")), qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QLatin1String("does not work with an office server yet")));
    }
};

QTEST_MAIN(TestCliOfficeCommands)
#include "tst_cli_officecommands.moc"
