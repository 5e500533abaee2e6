// trustdesk-cli stats on an office server: the same figures as from a file database holding the
// same cases, as text, JSON and PDF. Runs only under scripts/pg-test-cluster.sh (CTest label
// `postgres`).
#include "clirun.h"
#include "testdatabase.h"

#include <QFile>
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

} // namespace

class TestCliOfficeStats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_server;
    QString m_file;

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        m_server = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        m_file = m_dir.filePath(QStringLiteral("cases.sqlite"));
        EXPECT_EXIT(runCliOn(m_server->target(), {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_server->target(), {QStringLiteral("import"), fixture()}), 0);
        EXPECT_EXIT(runCliOn(m_file, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
        EXPECT_EXIT(runCliOn(m_file, {QStringLiteral("import"), fixture()}), 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    void sameFiguresAsAFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("text") << QStringList {QStringLiteral("--min-count"), QStringLiteral("1")};
        QTest::newRow("json by category and month") << QStringList {QStringLiteral("--json"),
            QStringLiteral("--min-count"), QStringLiteral("1"), QStringLiteral("--by"),
            QStringLiteral("category"), QStringLiteral("--by"), QStringLiteral("month")};
        QTest::newRow("suppressed") << QStringList {QStringLiteral("--json")};
    }

    void sameFiguresAsAFile()
    {
        QFETCH(QStringList, args);
        const CliRun server
            = runCliOn(m_server->target(), QStringList {QStringLiteral("stats")} + args);
        const CliRun file = runCliOn(m_file, QStringList {QStringLiteral("stats")} + args);
        EXPECT_EXIT(server, 0);
        EXPECT_EXIT(file, 0);
        QVERIFY(!server.out.trimmed().isEmpty());
        QCOMPARE(server.out, file.out);
    }

    void pdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("stats.pdf"));
        const CliRun r = runCliOn(m_server->target(),
            {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("category"),
                QStringLiteral("--pdf"), pdf});
        EXPECT_EXIT(r, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeStats)
#include "tst_cli_officestats.moc"
