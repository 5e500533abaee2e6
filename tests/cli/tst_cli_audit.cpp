// trustdesk-cli audit, audit verify and profile, run as the real executable: who is recorded
// (the caseworker profile, never $USER), the hash chain against changes made behind the app's
// back, the listing's filters and JSON, and a restore that keeps the entries made since the
// backup. The format is in docs/audit-log.md.
#include "clirun.h"
#include "storage/auditchain.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::test;

// Runs the command once (EXPECT_EXIT evaluates its argument again for the message).
#define EXPECT_CLI(code, ...)                                                                      \
    do {                                                                                           \
        const CliRun run_ = cli(__VA_ARGS__);                                                      \
        EXPECT_EXIT(run_, code);                                                                   \
    } while (false)

class TestCliAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<TestDatabase> m_location;
    QString m_db; ///< the file, or the URI of a database on the test cluster
    QString m_ref;
    QString m_otherRef;

    QString path(const QString &name) const { return QDir(m_folder).filePath(name); }

    // trustdesk-cli with its own settings folder (XDG_CONFIG_HOME) and a chosen $USER.
    CliRun cli(const QStringList &args, const QString &user = QStringLiteral("alice"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("USER"), user);
        env.insert(QStringLiteral("LOGNAME"), user);
        process.setProcessEnvironment(env);
        process.setProgram(qEnvironmentVariable("TRUSTDESK_CLI"));
        process.setArguments(QStringList {QStringLiteral("--db"), m_db} + args);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        CliRun run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.stdoutBytes = process.readAllStandardOutput();
        run.out = QString::fromUtf8(run.stdoutBytes);
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The attacker's tool: a plain SQLite connection to the file, outside TrustDesk (on a server,
    // a connection of the database's owner).
    bool tamper(const QStringList &statements)
    {
        if (TestDatabase::onPostgres()) {
            for (const auto &sql : statements) {
                if (const QString error = m_location->execOnServer(sql); !error.isEmpty()) {
                    qWarning() << sql << error;
                    return false;
                }
            }
            return true;
        }
        bool ok = true;
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            raw.setDatabaseName(m_db);
            ok = raw.open();
            QSqlQuery q(raw);
            for (const auto &sql : statements) {
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        return ok;
    }

    QJsonArray auditJson(const QStringList &filters = {})
    {
        const CliRun r
            = cli(QStringList {QStringLiteral("audit"), QStringLiteral("--json")} + filters);
        if (r.exitCode != 0)
            qWarning() << describe(r);
        return QJsonDocument::fromJson(r.stdoutBytes).array();
    }

    QStringList actions(const QJsonArray &entries)
    {
        QStringList out;
        for (const auto &e : entries)
            out.append(e.toObject().value(QStringLiteral("action")).toString());
        return out;
    }

    const QStringList kDropTriggers = TestDatabase::onPostgres()
        ? QStringList {QStringLiteral("DROP TRIGGER audit_events_no_update ON audit_events"),
            QStringLiteral("DROP TRIGGER audit_events_no_delete ON audit_events")}
        : QStringList {QStringLiteral("DROP TRIGGER audit_events_no_update"),
            QStringLiteral("DROP TRIGGER audit_events_no_delete")};

private slots:
    void initTestCase() { TestDatabase::requireClusterIfOnPostgres(); }

    void init()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("TRUSTDESK_CLI"));
        static int n = 0;
        m_folder = QDir(m_dir.path()).filePath(QStringLiteral("t%1").arg(++n));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/config")));
        m_location.reset(); // the previous function's database goes first
        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_db = TestDatabase::onPostgres() ? m_location->target()
                                          : path(QStringLiteral("cases.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("Test Setup (tester)"));
        auto first = repo.save(test::minimalCase(QStringLiteral("Test Person")));
        auto second = repo.save(test::minimalCase(QStringLiteral("Other Person")));
        QVERIFY(first.ok() && second.ok());
        m_ref = first->reference;
        m_otherRef = second->reference;
    }

    // $USER decides nothing: the profile is the actor, and without one the entry says so.
    void actorIsTheProfileNotUser()
    {
        CliRun r = cli({QStringLiteral("show"), m_ref, QStringLiteral("--include-sensitive")});
        EXPECT_EXIT(r, 0);
        QJsonArray entries = auditJson({QStringLiteral("--case"), m_ref});
        QVERIFY(!entries.isEmpty());
        QString actor = entries.last().toObject().value(QStringLiteral("actor")).toString();
        QVERIFY2(!actor.contains(QLatin1String("alice")), qPrintable(actor));
        QVERIFY2(actor.startsWith(QLatin1String("unnamed (")), qPrintable(actor));

        r = cli({QStringLiteral("profile")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("trustdesk-cli profile --name")), qPrintable(r.out));
        r = cli({QStringLiteral("profile"), QStringLiteral("--name"), QStringLiteral("  ")});
        EXPECT_EXIT(r, 2);
        r = cli(
            {QStringLiteral("profile"), QStringLiteral("--name"), QStringLiteral("Rosa Example"),
                QStringLiteral("--role"), QStringLiteral("caseworker")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("Rosa Example (caseworker)")), qPrintable(r.out));

        r = cli({QStringLiteral("show"), m_ref, QStringLiteral("--include-sensitive")},
            QStringLiteral("alice"));
        EXPECT_EXIT(r, 0);
        entries = auditJson({QStringLiteral("--case"), m_ref});
        actor = entries.last().toObject().value(QStringLiteral("actor")).toString();
        QCOMPARE(actor, QStringLiteral("Rosa Example (caseworker)"));
        QCOMPARE(entries.last().toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("case.view_sensitive"));
    }

    // The evidence chain of custody names the same profile.
    void custodyActorIsTheProfile()
    {
        EXPECT_CLI(0,
            {QStringLiteral("profile"), QStringLiteral("--name"), QStringLiteral("Rosa Example"),
                QStringLiteral("--role"), QStringLiteral("caseworker")});
        const QString file = path(QStringLiteral("note.txt"));
        QVERIFY(test::writeFile(file, "a synthetic note"));
        if (TestDatabase::onPostgres()) {
            // Evidence in the server is sealed with the office key, made once per database.
            const QString passphrase = path(QStringLiteral("passphrase"));
            QVERIFY(test::writeFile(passphrase, "correct horse battery staple synthetic"));
            EXPECT_CLI(0,
                {QStringLiteral("office-key"), QStringLiteral("init"),
                    QStringLiteral("--passphrase-file"), passphrase});
            EXPECT_CLI(0,
                {QStringLiteral("attach"), m_ref, file, QStringLiteral("--passphrase-file"),
                    passphrase});
        } else {
            EXPECT_CLI(0, {QStringLiteral("attach"), m_ref, file});
        }
        const CliRun r = cli({QStringLiteral("evidence"), m_ref, QStringLiteral("--json")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("\"Rosa Example (caseworker)\"")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("alice")), qPrintable(r.out));
    }

    void verifyPassesOnAFreshLog()
    {
        EXPECT_CLI(0, {QStringLiteral("show"), m_ref, QStringLiteral("--include-sensitive")});
        const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("3 entries")), qPrintable(r.out));
    }

    // The triggers refuse changes through TrustDesk's own schema; an attacker drops them first.
    void triggersRefuseUpdateAndDelete()
    {
        QVERIFY(!tamper({QStringLiteral("UPDATE audit_events SET actor = 'x'")}));
        QVERIFY(!tamper({QStringLiteral("DELETE FROM audit_events")}));
        EXPECT_CLI(0, {QStringLiteral("audit"), QStringLiteral("verify")});
    }

    void verifyFailsAfterAnUpdate()
    {
        QVERIFY(tamper(kDropTriggers
            + QStringList {QStringLiteral("UPDATE audit_events SET detail = 'nothing to see'"
                                          " WHERE id = (SELECT min(id) FROM audit_events)")}));
        const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("changed")), qPrintable(r.err));
    }

    void verifyFailsAfterADelete()
    {
        EXPECT_CLI(0, {QStringLiteral("show"), m_ref, QStringLiteral("--include-sensitive")});
        QVERIFY(tamper(kDropTriggers
            + QStringList {
                QStringLiteral("DELETE FROM audit_events WHERE action = 'case.view_sensitive'"
                               " OR id = (SELECT min(id) FROM audit_events)")}));
        EXPECT_CLI(3, {QStringLiteral("audit"), QStringLiteral("verify")});
    }

    void verifyFailsAfterAnInsert()
    {
        QVERIFY(tamper(kDropTriggers
            + QStringList {QStringLiteral("DROP INDEX audit_events_prev"),
                QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor, action,"
                               " case_reference, detail, prev_hash, entry_hash)"
                               " SELECT id + 1, '2026-01-01T00:00:00.000Z', 'Someone Else',"
                               " 'case.update', '', '', entry_hash, entry_hash FROM audit_events"
                               " ORDER BY id DESC LIMIT 1")}));
        EXPECT_CLI(3, {QStringLiteral("audit"), QStringLiteral("verify")});
    }

    // Cutting off the tail leaves a valid chain; a head kept from earlier shows the cut.
    void truncatedTailFailsAgainstAKeptHead()
    {
        EXPECT_CLI(0, {QStringLiteral("show"), m_ref, QStringLiteral("--include-sensitive")});
        const QJsonArray entries = auditJson();
        const QString head = entries.last().toObject().value(QStringLiteral("hash")).toString();
        QCOMPARE(head.size(), 64);
        EXPECT_CLI(
            0, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), head});
        QVERIFY(tamper(kDropTriggers
            + QStringList {QStringLiteral(
                "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")}));
        if (TestDatabase::onPostgres()) {
            // No head file beside a server's database: only a head kept elsewhere shows the cut.
            EXPECT_CLI(0, {QStringLiteral("audit"), QStringLiteral("verify")});
            EXPECT_CLI(3,
                {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                    head});
            return;
        }
        // The head recorded beside the database after each append shows the cut…
        const QString headFile = m_db + QStringLiteral(".audit-head");
        QVERIFY(QFile::exists(headFile));
        CliRun cut = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(cut, 3);
        QVERIFY2(cut.err.contains(QLatin1String(".audit-head")), qPrintable(cut.err));
        // …unless it is removed too; then only a head kept elsewhere does.
        QVERIFY(QFile::remove(headFile));
        EXPECT_CLI(0, {QStringLiteral("audit"), QStringLiteral("verify")});
        const CliRun r = cli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), head});
        EXPECT_EXIT(r, 3);
    }

    void listingFiltersAndJson()
    {
        EXPECT_CLI(0, {QStringLiteral("show"), m_ref, QStringLiteral("--include-sensitive")});
        const QJsonArray all = auditJson();
        QCOMPARE(actions(all),
            (QStringList {QStringLiteral("case.create"), QStringLiteral("case.create"),
                QStringLiteral("case.view_sensitive")}));
        const QJsonObject first = all.first().toObject();
        for (const char *key : {"id", "time", "actor", "action", "case", "details", "carried_from",
                 "prev_hash", "hash"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(
            first.value(QStringLiteral("prev_hash")).toString(), QString(64, QLatin1Char('0')));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("prev_hash")),
            first.value(QStringLiteral("hash")));

        QCOMPARE(auditJson({QStringLiteral("--case"), m_otherRef}).size(), 1);
        QCOMPARE(auditJson({QStringLiteral("--case"), m_ref}).size(), 2);
        QCOMPARE(auditJson({QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size(), 3);
        QCOMPARE(auditJson({QStringLiteral("--since"), QStringLiteral("2999-01-01")}).size(), 0);
        const QString lastTime = all.last().toObject().value(QStringLiteral("time")).toString();
        QCOMPARE(auditJson({QStringLiteral("--since"), lastTime}).size(), 1);
        QCOMPARE(auditJson({QStringLiteral("--since"), QStringLiteral("2000-01-01T10:00"),
                               QStringLiteral("--case"), m_ref})
                     .size(),
            2);

        CliRun r = cli({QStringLiteral("audit"), QStringLiteral("--case"), m_ref});
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList columns = lines.last().split(QLatin1Char('\t'));
        QCOMPARE(columns.size(), 5);
        QCOMPARE(columns.at(2), QStringLiteral("case.view_sensitive"));
        QCOMPARE(columns.at(3), m_ref);

        for (const auto &bad : {QStringLiteral("yesterday"), QStringLiteral("2026-13-01"),
                 QStringLiteral("2026-02-30T10:00")})
            EXPECT_CLI(2, {QStringLiteral("audit"), QStringLiteral("--since"), bad});
        EXPECT_CLI(2, {QStringLiteral("audit"), QStringLiteral("--case"), QString()});
        EXPECT_CLI(1, {QStringLiteral("audit"), QStringLiteral("everything")});
    }

    // What was done after the backup (a sensitive export here) outlives a restore of it.
    void restoreKeepsLaterEntries()
    {
        if (TestDatabase::onPostgres())
            QSKIP("backup and restore of an office database are pgbackup's lane");
        EXPECT_CLI(0,
            {QStringLiteral("profile"), QStringLiteral("--name"), QStringLiteral("Rosa Example"),
                QStringLiteral("--role"), QStringLiteral("supervisor")});
        const QString backup = path(QStringLiteral("before.sqlite"));
        EXPECT_CLI(0, {QStringLiteral("backup"), backup});
        CliRun r = cli({QStringLiteral("export"), QStringLiteral("--include-sensitive"), m_ref});
        EXPECT_EXIT(r, 0);
        const QJsonArray before = auditJson();
        QCOMPARE(actions(before).last(), QStringLiteral("case.export"));
        const QJsonObject exported = before.last().toObject();

        EXPECT_CLI(0, {QStringLiteral("restore"), backup});
        // The head kept from before the restore is still found: carried over, not cut off.
        EXPECT_CLI(0,
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                before.last().toObject().value(QStringLiteral("hash")).toString()});
        QJsonArray after = auditJson();
        QStringList names = actions(after);
        QCOMPARE(names.count(QStringLiteral("case.export")), 1);
        QCOMPARE(names.last(), QStringLiteral("database.restore"));
        QJsonObject carried;
        for (const auto &e : after) {
            if (e.toObject().value(QStringLiteral("action")) == QLatin1String("case.export"))
                carried = e.toObject();
        }
        QCOMPARE(
            carried.value(QStringLiteral("carried_from")), exported.value(QStringLiteral("hash")));
        for (const char *key : {"time", "actor", "details", "case"})
            QCOMPARE(carried.value(QLatin1String(key)), exported.value(QLatin1String(key)));
        QCOMPARE(carried.value(QStringLiteral("actor")).toString(),
            QStringLiteral("Rosa Example (supervisor)"));
        r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(r, 0);

        // A second restore of the same backup carries each entry over once, the first restore's
        // record included.
        EXPECT_CLI(0, {QStringLiteral("restore"), backup});
        after = auditJson();
        names = actions(after);
        QCOMPARE(names.count(QStringLiteral("case.export")), 1);
        QCOMPARE(names.count(QStringLiteral("database.restore")), 2);
        r = cli({QStringLiteral("audit")});
        QVERIFY2(r.out.contains(QLatin1String("carried over")), qPrintable(r.out));
        EXPECT_CLI(0, {QStringLiteral("audit"), QStringLiteral("verify")});
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
