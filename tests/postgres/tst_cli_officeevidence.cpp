// trustdesk-cli on an office server with evidence: office-key init/add/list, attach, verify and
// evidence-export sealed with the office key, exit code 4 for a wrong passphrase. Runs only under
// scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "clirun.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace td;
using namespace td::test;

namespace {

QString fixture()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json");
}

const QString kCase = QStringLiteral("TD-2025-00018");

} // namespace

class TestCliOfficeEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QString as(const QString &login) const { return asLogin(m_uri, login); }

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
    }

    void init()
    {
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_uri = m_location->target();
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("import"), fixture()}), 0);
    }

    void cleanup() { m_location.reset(); }

    void attachVerifyExportForTwoPeople()
    {
        const QString ana = writeFile(QStringLiteral("ana.pass"), "ana's long passphrase\n");
        const QString bea = writeFile(QStringLiteral("bea.pass"), "bea's other passphrase\n");
        const QString wrong = writeFile(QStringLiteral("wrong.pass"), "not the passphrase\n");
        QByteArray bytes(3 * 65536 + 123, Qt::Uninitialized);
        for (auto &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString file = writeFile(QStringLiteral("photo.bin"), bytes);

        // No office key yet: attach says how to make one.
        const CliRun early = runCliOn(m_uri,
            {QStringLiteral("attach"), kCase, file, QStringLiteral("--passphrase-file"), ana});
        EXPECT_EXIT(early, 2);
        QVERIFY2(early.err.contains(QLatin1String("office-key init")), qPrintable(describe(early)));

        // No passphrase and no terminal to ask on: the sentence names the office key and the
        // option that gives its passphrase, not a new database's --unencrypted.
        const CliRun unasked
            = runCliOn(m_uri, {QStringLiteral("office-key"), QStringLiteral("init")});
        EXPECT_EXIT(unasked, 4);
        QVERIFY2(unasked.err.contains(QLatin1String("office key"))
                && unasked.err.contains(QLatin1String("--passphrase-file"))
                && !unasked.err.contains(QLatin1String("--unencrypted")),
            qPrintable(describe(unasked)));
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("office-key"), QStringLiteral("init"),
                            QStringLiteral("--passphrase-file"), ana}),
            0);
        // Never a second key: the evidence sealed with the first would be lost.
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("office-key"), QStringLiteral("init"),
                            QStringLiteral("--passphrase-file"), ana}),
            2);
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("attach"), kCase, file, QStringLiteral("--passphrase-file"),
                            wrong}),
            4);
        const CliRun attached = runCliOn(m_uri,
            {QStringLiteral("attach"), kCase, file, QStringLiteral("--passphrase-file"), ana});
        EXPECT_EXIT(attached, 0);
        QVERIFY2(attached.out.contains(QLatin1String("Attached")), qPrintable(describe(attached)));

        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bea')"
                     " THEN CREATE ROLE bea LOGIN SUPERUSER; END IF; END $$")),
            QString());
        // Bea has no copy yet; Ana adds one with Bea's passphrase.
        EXPECT_EXIT(runCliOn(as(QStringLiteral("bea")),
                        {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), bea}),
            2);
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("office-key"), QStringLiteral("add"), QStringLiteral("bea"),
                            QStringLiteral("--passphrase-file"), wrong,
                            QStringLiteral("--new-passphrase-file"), bea}),
            4);
        const CliRun noNew = runCliOn(m_uri,
            {QStringLiteral("office-key"), QStringLiteral("add"), QStringLiteral("bea"),
                QStringLiteral("--passphrase-file"), ana});
        EXPECT_EXIT(noNew, 4);
        QVERIFY2(noNew.err.contains(QLatin1String("--new-passphrase-file"))
                && !noNew.err.contains(QLatin1String("--unencrypted")),
            qPrintable(describe(noNew)));
        EXPECT_EXIT(runCliOn(m_uri,
                        {QStringLiteral("office-key"), QStringLiteral("add"), QStringLiteral("bea"),
                            QStringLiteral("--passphrase-file"), ana,
                            QStringLiteral("--new-passphrase-file"), bea}),
            0);
        const CliRun list = runCliOn(m_uri, {QStringLiteral("office-key"), QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        QVERIFY2(
            list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).contains(QLatin1String("bea")),
            qPrintable(describe(list)));

        const QString beaUri = as(QStringLiteral("bea"));
        EXPECT_EXIT(
            runCliOn(beaUri, {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), ana}),
            4);
        EXPECT_EXIT(
            runCliOn(beaUri, {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), bea}),
            0);
        const QString out = m_dir.filePath(QStringLiteral("export"));
        const CliRun exported = runCliOn(beaUri,
            {QStringLiteral("evidence-export"), kCase, QStringLiteral("--out"), out,
                QStringLiteral("--include-metadata"), QStringLiteral("--passphrase-file"), bea});
        EXPECT_EXIT(exported, 0);
        bool found = false;
        for (const QFileInfo &f : QDir(out).entryInfoList(QDir::Files)) {
            QFile copy(f.filePath());
            QVERIFY(copy.open(QIODevice::ReadOnly));
            found = found || copy.readAll() == bytes;
        }
        QVERIFY(found);

        // A flipped bit in the server is caught by verify (exit 3).
        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "UPDATE evidence_chunks SET data = set_byte(data, 50, get_byte(data, 50) # 1)"
                     " WHERE n = 2")),
            QString());
        const CliRun damaged
            = runCliOn(m_uri, {QStringLiteral("verify"), QStringLiteral("--passphrase-file"), ana});
        EXPECT_EXIT(damaged, 3);
        QVERIFY2(
            damaged.err.contains(QLatin1String("does not decrypt")), qPrintable(describe(damaged)));
    }

    void officeKeyNeedsAServer()
    {
        const CliRun r = runCliOn(m_dir.filePath(QStringLiteral("cases.db")),
            {QStringLiteral("office-key"), QStringLiteral("list")});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("office server")), qPrintable(describe(r)));
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("office-key"), QStringLiteral("rotate")}), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeEvidence)
#include "tst_cli_officeevidence.moc"
