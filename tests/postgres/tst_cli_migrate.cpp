// trustdesk-cli migrate --to URI: a database file (plaintext or a vault) with its evidence copied
// into an empty office server, after which the server answers list, show, search, evidence,
// verify and evidence-export as the file does; a server holding data is refused untouched; a
// damaged evidence file fails the whole copy (exit 3) and leaves nothing behind. Runs only under
// scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "clirun.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

QString fixture()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json");
}

const QString kCase = QStringLiteral("TD-2025-00018");

QStringList sortedLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;
    QString m_file; ///< the source database file of the current test
    QString m_office; ///< the office passphrase file
    QByteArray m_bytes; ///< the attached binary file's content
    int m_n = 0;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QStringList migrateArgs(const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("migrate"), QStringLiteral("--to"), m_uri,
                   QStringLiteral("--office-passphrase-file"), m_office}
        + extra;
    }

    // The file's evidence items of a case, as `evidence REF --json` lists them.
    QJsonArray items(const QString &db, const QStringList &extra = {})
    {
        const CliRun r = runCliOn(
            db, QStringList {QStringLiteral("evidence"), kCase, QStringLiteral("--json")} + extra);
        const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutBytes);
        const QJsonArray all
            = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("items")).toArray();
        // Where a file lies in a store beside the database differs by design: not compared.
        QJsonArray out;
        for (const auto &item : all) {
            QJsonObject o = item.toObject();
            o.remove(QStringLiteral("store_path"));
            out.append(o);
        }
        return out;
    }

    // A source file at m_file with the fixture's cases, demo cases, a random file larger than
    // three chunks and a PNG with a redacted copy of it on kCase. `keyArgs` open a vault.
    void makeSource(bool vault, const QStringList &keyArgs)
    {
        m_file = m_dir.filePath(QStringLiteral("laptop%1.db").arg(++m_n));
        EXPECT_EXIT(runCliOn(m_file,
                        QStringList {QStringLiteral("init")}
                            + (vault ? keyArgs : QStringList {QStringLiteral("--unencrypted")})),
            0);
        EXPECT_EXIT(
            runCliOn(m_file, QStringList {QStringLiteral("import"), fixture()} + keyArgs), 0);
        if (!vault)
            EXPECT_EXIT(
                runCliOn(m_file,
                    {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("12")}),
                0);
        m_bytes = QByteArray(3 * 65536 + 321, Qt::Uninitialized);
        for (auto &c : m_bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString bin = writeFile(QStringLiteral("statement%1.bin").arg(m_n), m_bytes);
        EXPECT_EXIT(
            runCliOn(m_file, QStringList {QStringLiteral("attach"), kCase, bin} + keyArgs), 0);
        QImage image(80, 60, QImage::Format_RGB32);
        image.fill(QColor(200, 120, 40));
        const QString png = m_dir.filePath(QStringLiteral("scene%1.png").arg(m_n));
        QVERIFY(image.save(png, "PNG"));
        EXPECT_EXIT(
            runCliOn(m_file, QStringList {QStringLiteral("attach"), kCase, png} + keyArgs), 0);
        qint64 pngId = 0;
        for (const auto &item : items(m_file, keyArgs)) {
            const QJsonObject o = item.toObject();
            if (o.value(QStringLiteral("media_type")).toString() == QLatin1String("image/png"))
                pngId = o.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(pngId > 0);
        EXPECT_EXIT(runCliOn(m_file,
                        QStringList {QStringLiteral("redact"), kCase, QString::number(pngId),
                            QStringLiteral("--box"), QStringLiteral("10,10,20,20")}
                            + keyArgs),
            0);
    }

    // The server's answers equal the file's: cases, search, evidence with custody and redaction.
    void compareAnswers(const QStringList &fileKeys, const QStringList &serverKeys)
    {
        const CliRun fileList = runCliOn(m_file, QStringList {QStringLiteral("list")} + fileKeys);
        const CliRun serverList = runCliOn(m_uri, {QStringLiteral("list")});
        EXPECT_EXIT(serverList, 0);
        QVERIFY(!fileList.out.isEmpty());
        QCOMPARE(sortedLines(serverList.out), sortedLines(fileList.out));
        // Every case with every field, sensitive ones included: one export on each side.
        const CliRun fileExport = runCliOn(m_file,
            QStringList {QStringLiteral("export"), QStringLiteral("--include-sensitive")}
                + fileKeys);
        const CliRun serverExport
            = runCliOn(m_uri, {QStringLiteral("export"), QStringLiteral("--include-sensitive")});
        EXPECT_EXIT(serverExport, 0);
        const QJsonArray cases = QJsonDocument::fromJson(fileExport.stdoutBytes)
                                     .object()
                                     .value(QStringLiteral("cases"))
                                     .toArray();
        QCOMPARE(cases.size(), fileList.out.count(QLatin1Char('\n')));
        QCOMPARE(QJsonDocument::fromJson(serverExport.stdoutBytes)
                     .object()
                     .value(QStringLiteral("cases"))
                     .toArray(),
            cases);
        for (const auto &reference : {kCase, QStringLiteral("TD-2026-00003")}) {
            const CliRun a = runCliOn(m_file,
                QStringList {QStringLiteral("show"), reference, QStringLiteral("--json")}
                    + fileKeys);
            const CliRun b
                = runCliOn(m_uri, {QStringLiteral("show"), reference, QStringLiteral("--json")});
            EXPECT_EXIT(b, 0);
            QCOMPARE(b.out, a.out);
        }
        for (const auto &query :
            {QStringLiteral("chen"), QStringLiteral("陈美玲"), QStringLiteral("tran"),
                QStringLiteral("Trần Văn"), QStringLiteral("ليلى"), QStringLiteral("officer")}) {
            const CliRun a
                = runCliOn(m_file, QStringList {QStringLiteral("search"), query} + fileKeys);
            const CliRun b = runCliOn(m_uri, {QStringLiteral("search"), query});
            EXPECT_EXIT(b, 0);
            QCOMPARE(sortedLines(b.out), sortedLines(a.out));
        }
        QCOMPARE(items(m_uri), items(m_file, fileKeys));
        QCOMPARE(items(m_uri).size(), 1 + 3); // the fixture's item without a file, and ours

        EXPECT_EXIT(runCliOn(m_uri, QStringList {QStringLiteral("verify")} + serverKeys), 0);
        const QString outFile = m_dir.filePath(QStringLiteral("export-file%1").arg(m_n));
        const QString outServer = m_dir.filePath(QStringLiteral("export-server%1").arg(m_n));
        EXPECT_EXIT(runCliOn(m_file,
                        QStringList {QStringLiteral("evidence-export"), kCase,
                            QStringLiteral("--out"), outFile}
                            + fileKeys),
            0);
        EXPECT_EXIT(runCliOn(m_uri,
                        QStringList {QStringLiteral("evidence-export"), kCase,
                            QStringLiteral("--out"), outServer}
                            + serverKeys),
            0);
        const QByteArray sums = readAll(outFile + QStringLiteral("/SHA256SUMS"));
        QVERIFY(!sums.isEmpty());
        QCOMPARE(readAll(outServer + QStringLiteral("/SHA256SUMS")), sums);
        bool found = false;
        for (const QFileInfo &f : QDir(outServer).entryInfoList(QDir::Files)) {
            if (f.fileName().startsWith(QLatin1String("manifest.")))
                continue; // when and by whom it was exported
            QCOMPARE(readAll(f.filePath()), readAll(outFile + QLatin1Char('/') + f.fileName()));
            found = found || readAll(f.filePath()) == m_bytes;
        }
        QVERIFY(found);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        m_office = writeFile(QStringLiteral("office.pass"), "the office's long passphrase\n");
    }

    void init()
    {
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_uri = m_location->target();
    }

    void cleanup() { m_location.reset(); }

    void fileMovesWithEverything()
    {
        makeSource(false, {});
        const CliRun r = runCliOn(m_file, migrateArgs({QStringLiteral("--json")}));
        EXPECT_EXIT(r, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.stdoutBytes).object();
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
        const qint64 cases = sortedLines(runCliOn(m_file, {QStringLiteral("list")}).out).size();
        QVERIFY(cases > 12); // the fixture's and the demo's
        QCOMPARE(tables.value(QStringLiteral("cases")).toInteger(), cases);
        QCOMPARE(tables.value(QStringLiteral("evidence")).toInteger(), 4 + 3); // fixture's, ours
        QVERIFY(tables.value(QStringLiteral("audit_events")).toInteger() > 15);
        QCOMPARE(json.value(QStringLiteral("evidence_items")).toInteger(), 3);
        QVERIFY(json.value(QStringLiteral("evidence_bytes")).toInteger() > m_bytes.size());
        QCOMPARE(json.value(QStringLiteral("search_rows")).toInteger(), cases);

        const QStringList office {QStringLiteral("--passphrase-file"), m_office};
        // The server's log is the file's, entry for entry, and then who migrated it.
        const QJsonArray fileLog = QJsonDocument::fromJson(
            runCliOn(m_file, {QStringLiteral("audit"), QStringLiteral("--json")}).stdoutBytes)
                                       .array();
        const QJsonArray serverLog = QJsonDocument::fromJson(
            runCliOn(m_uri, {QStringLiteral("audit"), QStringLiteral("--json")}).stdoutBytes)
                                         .array();
        QVERIFY(!fileLog.isEmpty());
        QCOMPARE(serverLog.size(), fileLog.size() + 1);
        for (qsizetype i = 0; i < fileLog.size(); ++i)
            QCOMPARE(serverLog.at(i), fileLog.at(i));
        QCOMPARE(serverLog.last().toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("database.migrate"));
        compareAnswers({}, office);
        // The identity sequences moved past the copied ids: a new item, its custody event and
        // its audit entry get ids of their own.
        const QString more = writeFile(QStringLiteral("more.txt"), "one more statement\n");
        EXPECT_EXIT(
            runCliOn(m_uri,
                QStringList {QStringLiteral("attach"), QStringLiteral("TD-2026-00003"), more}
                    + office),
            0);
        EXPECT_EXIT(runCliOn(m_uri, QStringList {QStringLiteral("verify")} + office), 0);
        // The file was only read: it still verifies and holds what it held.
        EXPECT_EXIT(runCliOn(m_file, {QStringLiteral("verify")}), 0);
    }

    void vaultMovesWithItsEvidence()
    {
        const QString vaultPass = writeFile(QStringLiteral("vault.pass"), "the laptop's vault\n");
        const QStringList vault {QStringLiteral("--passphrase-file"), vaultPass};
        makeSource(true, vault);
        // The server has an office key already: migrate unlocks it rather than making one.
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("office-key"), QStringLiteral("init"),
                            QStringLiteral("--passphrase-file"), m_office}),
            0);
        const QString wrong = writeFile(QStringLiteral("wrong.pass"), "not it\n");
        EXPECT_EXIT(runCliOn(m_file,
                        QStringList {QStringLiteral("migrate"), QStringLiteral("--to"), m_uri,
                            QStringLiteral("--office-passphrase-file"), wrong}
                            + vault),
            4);
        EXPECT_EXIT(runCliOn(m_file, migrateArgs(vault)), 0);
        compareAnswers(vault, {QStringLiteral("--passphrase-file"), m_office});
    }

    void serverWithDataIsRefusedUntouched()
    {
        makeSource(false, {});
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("import"), fixture()}), 0);
        const CliRun before = runCliOn(m_uri, {QStringLiteral("list")});
        const CliRun r = runCliOn(m_file, migrateArgs());
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("already holds data")), qPrintable(describe(r)));
        QCOMPARE(runCliOn(m_uri, {QStringLiteral("list")}).out, before.out);
        // Nor was an office key made.
        const CliRun keys = runCliOn(m_uri, {QStringLiteral("office-key"), QStringLiteral("list")});
        QVERIFY2(keys.out.trimmed().isEmpty(), qPrintable(describe(keys)));
    }

    void damagedEvidenceLeavesTheServerEmpty()
    {
        makeSource(false, {});
        // Flip one byte of the stored binary file (plaintext store: named by its SHA-256).
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
        const QString stored
            = m_file + QStringLiteral(".evidence/") + sha.left(2) + QLatin1Char('/') + sha.mid(2);
        QVERIFY(QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner));
        QByteArray damaged = m_bytes;
        damaged[70000] = char(damaged[70000] ^ 0x20);
        {
            QFile f(stored);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(damaged), damaged.size());
        }
        const CliRun r = runCliOn(m_file, migrateArgs());
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("Nothing was kept")), qPrintable(describe(r)));
        const CliRun list = runCliOn(m_uri, {QStringLiteral("list")});
        QVERIFY2(list.out.trimmed().isEmpty(), qPrintable(describe(list)));

        // Mended, the same server takes the copy: nothing of the failed one was left in the way.
        {
            QFile f(stored);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(m_bytes), m_bytes.size());
        }
        EXPECT_EXIT(runCliOn(m_file, migrateArgs()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
