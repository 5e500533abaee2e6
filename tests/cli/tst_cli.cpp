// trustdesk-cli: init, usage errors and help: what every command shares.

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

class TestCli : public CliSourceTest
{
    Q_OBJECT

private slots:
    void initCreatesOwnerOnlyFileAndFolder();
    void usageErrors_data();
    void usageErrors();
    void commandHelp();
};

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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
