// trustdesk-cli: damaged and foreign database files, verify, backup and restore.

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

class TestCliDatabase : public CliSourceTest
{
    Q_OBJECT

private slots:
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
    QString makeBadFile(const QString &kind);
};

QString TestCliDatabase::makeBadFile(const QString &kind)
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
        if (!test::writeFile(file, {}))
            return {};
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(4096, '\0');
        QRandomGenerator generator(20260302);
        for (auto &b : bytes)
            b = static_cast<char>(generator.bounded(256));
        if (!test::writeFile(file, bytes))
            return {};
    } else if (kind == QLatin1String("truncated")) {
        // Cut inside the second page, as an interrupted copy would.
        if (!test::writeFile(file, test::readFile(m_source).left(1024)))
            return {};
    } else if (kind == QLatin1String("truncated-at-page")) {
        // Cut on a page boundary: only the header's page count shows the loss.
        const QByteArray whole = test::readFile(m_source);
        const int pageSize = (static_cast<unsigned char>(whole.at(16)) << 8)
            | static_cast<unsigned char>(whole.at(17));
        if (pageSize <= 0 || whole.size() < 4 * pageSize
            || !test::writeFile(file, whole.left(2 * pageSize)))
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

void TestCliDatabase::badDatabaseFiles_data()
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

void TestCliDatabase::badDatabaseFiles()
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

void TestCliDatabase::damagedPages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList {QStringLiteral("list")};
    QTest::newRow("search") << QStringList {QStringLiteral("search"), QStringLiteral("Omar")};
    QTest::newRow("export") << QStringList {QStringLiteral("export")};
    QTest::newRow("show") << QStringList {QStringLiteral("show"), m_refSample};
    QTest::newRow("verify") << QStringList {QStringLiteral("verify")};
}

void TestCliDatabase::damagedPages()
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
    QVERIFY(test::writeFile(db, bytes));
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

void TestCliDatabase::verifyHealthy()
{
    const Run r = runCliOn(m_source, {QStringLiteral("verify")});
    EXPECT_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("passed")), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    // A database that holds nothing yet is not made by verify: no file, no schema.
    const QString none = newDatabase(QStringLiteral("no-such.sqlite"));
    const Run missing = runCliOn(none, {QStringLiteral("verify")});
    EXPECT_EXIT(missing, 2);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such.sqlite"))));
    if (TestDatabase::onPostgres())
        EXPECT_EXIT(runCliOn(none, {QStringLiteral("list")}), 2); // still empty
}

void TestCliDatabase::verifyDetectsBrokenInvariant_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("problem");

    if (TestDatabase::onPostgres()) {
        // The server keeps foreign keys and its own pages; the rest is checked as on SQLite.
        QTest::newRow("case missing from search index")
            << QStringList {QStringLiteral(
                   "DELETE FROM case_search WHERE case_id = (SELECT min(id) FROM cases)")}
            << QStringLiteral("missing from the search index");
        QTest::newRow("numbering behind")
            << QStringList {QStringLiteral("UPDATE reference_counters SET last_sequence = 0")}
            << QStringLiteral("numbering");
        QTest::newRow("closed before opened") << QStringList {QStringLiteral(
            "UPDATE cases SET closed_on = '2000-01-01' WHERE id = (SELECT min(id) FROM cases)")}
                                              << QStringLiteral("closed before it was opened");
        return;
    }
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

void TestCliDatabase::verifyDetectsBrokenInvariant()
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
    const bool onFile = !TestDatabase::onPostgres();
    const QByteArray before = onFile ? test::sha256Hex(db) : QByteArray();
    const Run r = runCliOn(db, {QStringLiteral("verify")});
    EXPECT_EXIT(r, 3);
    QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("FAILED")), qPrintable(r.err));
    if (onFile)
        QCOMPARE(test::sha256Hex(db), before);
}

void TestCliDatabase::backupAndRestore()
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

void TestCliDatabase::restoreRefusesForeignFile()
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

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
