// trustdesk-cli --db postgresql://…: init, import, list, show, search, verify and the audit
// chain on an office server, and the refusals a person sees. Runs only under
// scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "clirun.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString fixture()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json");
}

} // namespace

class TestCliPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_uri;

    // Another database on the same cluster, named like the test's own but for its last part.
    QString sibling(const QString &name) const
    {
        QUrl url(m_uri);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

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
    }

    void cleanup() { m_location.reset(); }

    void initCreatesTheCurrentSchemaOnce()
    {
        for (int i = 0; i < 2; ++i) {
            const CliRun r = runCliOn(m_uri, {QStringLiteral("init")});
            EXPECT_EXIT(r, 0);
            QVERIFY2(
                r.out.contains(QStringLiteral("(schema %1)").arg(Database::latestSchemaVersion())),
                qPrintable(r.out));
            // No vault was made, and no "not encrypted: anyone with the file" warning.
            QVERIFY2(!r.out.contains(QLatin1String("encrypt")), qPrintable(r.out));
        }
        QVERIFY(QDir(m_dir.path()).isEmpty());
    }

    void importListShowSearchVerify()
    {
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        const CliRun imported = runCliOn(m_uri, {QStringLiteral("import"), fixture()});
        EXPECT_EXIT(imported, 0);

        const CliRun list = runCliOn(m_uri, {QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        QCOMPARE(lines(list.out).size(), 3);
        const CliRun json = runCliOn(m_uri, {QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EXIT(json, 0);
        QCOMPARE(QJsonDocument::fromJson(json.stdoutBytes).array().size(), 3);

        const CliRun show
            = runCliOn(m_uri, {QStringLiteral("show"), QStringLiteral("TD-2026-00003")});
        EXPECT_EXIT(show, 0);
        QVERIFY2(show.out.contains(QStringLiteral("陈美玲")), qPrintable(show.out));
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("show"), QStringLiteral("TD-2099-00001")}), 2);

        // Accents, case and Chinese, as on SQLite (tests/cli/tst_cli_read.cpp).
        const QList<std::pair<QString, QString>> searches {
            {QStringLiteral("tran van minh"), QStringLiteral("TD-2025-00018")},
            {QStringLiteral("TRẦN VĂN"), QStringLiteral("TD-2025-00018")},
            {QStringLiteral("美玲"), QStringLiteral("TD-2026-00003")},
            {QStringLiteral("ليلى"), QStringLiteral("TD-2025-00017")},
        };
        for (const auto &[query, reference] : searches) {
            const CliRun r = runCliOn(m_uri, {QStringLiteral("search"), query});
            EXPECT_EXIT(r, 0);
            QVERIFY2(lines(r.out).size() == 1 && r.out.startsWith(reference + QLatin1Char('\t')),
                qPrintable(query + QLatin1String(": ") + r.out));
        }
        const CliRun none = runCliOn(m_uri, {QStringLiteral("search"), QStringLiteral("玲美")});
        EXPECT_EXIT(none, 0);
        QVERIFY2(none.out.isEmpty(), qPrintable(none.out));

        const CliRun verify = runCliOn(m_uri, {QStringLiteral("verify")});
        EXPECT_EXIT(verify, 0);
        const CliRun audit = runCliOn(m_uri, {QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(audit, 0);
    }

    void searchFindsWhatSqliteFinds()
    {
        // The same cases in a SQLite file and on the server: every query finds the same cases
        // (the order may differ: bm25 and ts_rank weigh differently).
        QTemporaryDir sqliteDir;
        const QString file = sqliteDir.filePath(QStringLiteral("cases.sqlite"));
        EXPECT_EXIT(runCliOn(file, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
        EXPECT_EXIT(runCliOn(file, {QStringLiteral("import"), fixture()}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("import"), fixture()}), 0);
        int found = 0;
        for (const auto *query : {"tran", "TRẦN", "van minh", "minh van", "陈", "美玲", "陈玲",
                 "ليلى", "حداد", "caseworker", "tr", "t", "2025", "td 2026", "TD-2025-00017",
                 "jean-baptiste", "o'brien", "\"unbalanced AND ( NEAR*", "zzzznothing"}) {
            const QString q = QString::fromUtf8(query);
            const CliRun onFile = runCliOn(file, {QStringLiteral("search"), q});
            const CliRun onServer = runCliOn(m_uri, {QStringLiteral("search"), q});
            EXPECT_EXIT(onFile, 0);
            EXPECT_EXIT(onServer, 0);
            QStringList fileLines = lines(onFile.out), serverLines = lines(onServer.out);
            fileLines.sort();
            serverLines.sort();
            QVERIFY2(serverLines == fileLines,
                qPrintable(q + QLatin1String("\nSQLite:\n") + onFile.out
                    + QLatin1String("PostgreSQL:\n") + onServer.out));
            found += lines(onServer.out).size();
        }
        QVERIFY(found >= 10); // the list above finds something, not only nothing twice
    }

    void verifyFindsABrokenInvariant()
    {
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("import"), fixture()}), 0);
        QCOMPARE(m_location->execOnServer(QStringLiteral(
                     "DELETE FROM case_search WHERE case_id = (SELECT min(id) FROM cases)")),
            QString());
        const CliRun r = runCliOn(m_uri, {QStringLiteral("verify")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.out.contains(QLatin1String("missing from the search index"))
                || r.err.contains(QLatin1String("missing from the search index")),
            qPrintable(describe(r)));
    }

    void backupsAndVaultsAreRefusedForNow()
    {
        // Vaults still live beside a database file: on a server they would land in a folder named
        // after the URI (in the working directory). Evidence goes into the server
        // (tst_cli_officeevidence), and without an office key attach stores nothing and backup
        // writes nothing (it would have no key to seal with; tst_cli_officebackup).
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(m_uri, {QStringLiteral("import"), fixture()}), 0);
        const QString file = m_dir.filePath(QStringLiteral("photo.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("synthetic evidence") > 0);
        f.close();
        const QStringList entriesBefore = QDir::current().entryList(QDir::AllEntries);
        for (const QStringList &args :
            {QStringList {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("b.td"))},
                QStringList {QStringLiteral("encrypt")}}) {
            const CliRun r = runCliOn(m_uri, args);
            EXPECT_EXIT(r, 2);
        }
        const CliRun attach
            = runCliOn(m_uri, {QStringLiteral("attach"), QStringLiteral("TD-2025-00018"), file});
        EXPECT_EXIT(attach, 2);
        QVERIFY2(
            attach.err.contains(QLatin1String("office-key init")), qPrintable(describe(attach)));
        QCOMPARE(QDir::current().entryList(QDir::AllEntries), entriesBefore);
        QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
    }

    void refusalsAreClear()
    {
        // An empty database is not set up behind a person's back by a read command.
        const CliRun empty = runCliOn(m_uri, {QStringLiteral("list")});
        EXPECT_EXIT(empty, 2);
        QVERIFY2(
            empty.err.contains(QLatin1String("holds no TrustDesk data")), qPrintable(empty.err));

        QCOMPARE(
            m_location->execOnServer(QStringLiteral("CREATE TABLE payroll (id int)")), QString());
        const CliRun foreign = runCliOn(m_uri, {QStringLiteral("init")});
        EXPECT_EXIT(foreign, 2);
        QVERIFY2(foreign.err.contains(QLatin1String("not a TrustDesk database")),
            qPrintable(foreign.err));

        // A database that is not there: the server answered, and refused it (not "unreachable");
        // a sentence, no password, no libpq text.
        QUrl url(sibling(QStringLiteral("td_no_such_database")));
        url.setPassword(QStringLiteral("hunter2"));
        const CliRun missing = runCliOn(url.toString(), {QStringLiteral("list")});
        EXPECT_EXIT(missing, 2);
        QVERIFY2(
            missing.err.contains(QLatin1String("did not let the login")), qPrintable(missing.err));
        QVERIFY2(
            missing.err.contains(QLatin1String("td_no_such_database")), qPrintable(missing.err));
        QVERIFY(!missing.err.contains(QLatin1String("hunter2")));
        QVERIFY(!missing.err.contains(QLatin1String("FATAL")));
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
