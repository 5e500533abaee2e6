// trustdesk-cli backup, restore and verify --backup of an office database (docs/office-mode.md,
// "Backing up an office database"): a round trip into a fresh database, nothing readable in the
// file, every kind of tampering refused. Runs only under scripts/pg-test-cluster.sh (CTest label
// `postgres`); the crash tests are tst_cli_officebackupcrash.
#include "officebackupbench.h"
#include "storage/database.h"
#include "storage/migrations.h"

using namespace td;
using namespace td::test;

class TestCliOfficeBackup : public QObject
{
    Q_OBJECT

    OfficeBackupBench b;

private slots:
    void initTestCase() { b.initTestCase(); }
    void init() { b.init(); }
    void cleanup() { b.cleanup(); }

    void roundTrip()
    {
        b.makeSource(3 * 65536 + 77); // rows 0 (the stream header) to 4
        // Without an office key nothing could be sealed: refused, nothing written.
        {
            TestDatabase bare(b.m_dir);
            EXPECT_EXIT(runCliOn(bare.target(), {QStringLiteral("init")}), 0);
            const CliRun r = runCliOn(
                bare.target(), {QStringLiteral("backup"), b.path(QStringLiteral("bare.tdob"))});
            EXPECT_EXIT(r, 2);
            QVERIFY2(r.err.contains(QLatin1String("office-key init")), qPrintable(describe(r)));
            QVERIFY(!QFileInfo::exists(b.path(QStringLiteral("bare.tdob"))));
        }
        const QString file = b.backUp(QStringLiteral("office.tdob"));
        QVERIFY(!file.isEmpty());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(QFileInfo(file).permissions() & others));
        QVERIFY(QFileInfo(file).permissions() & QFileDevice::ReadOwner);
        // Never over an existing file.
        EXPECT_EXIT(runCliOn(b.src(), QStringList {QStringLiteral("backup"), file} + b.pass()), 2);

        // Nothing of the case data or the evidence is readable in the file.
        const QByteArray raw = readAll(file);
        QVERIFY(raw.size() > b.m_photoBytes.size());
        QVERIFY(!raw.contains(kMarker.toUtf8()));
        QVERIFY(!raw.contains(
            QByteArray(reinterpret_cast<const char *>(kMarker.utf16()), kMarker.size() * 2)));
        QByteArray utf16be;
        for (const QChar c : kMarker) {
            utf16be.append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() & 0xff));
        }
        QVERIFY(!raw.contains(utf16be));
        QVERIFY(!raw.contains(QByteArrayLiteral("TD-2025-00018")));

        const CliRun checked = runCli(
            QStringList {QStringLiteral("verify"), QStringLiteral("--backup"), file} + b.pass());
        EXPECT_EXIT(checked, 0);
        QVERIFY2(checked.out.contains(QLatin1String("evidence_chunks\t5")),
            qPrintable(describe(checked)));

        const CliRun restored
            = runCliOn(b.dst(), QStringList {QStringLiteral("restore"), file} + b.pass());
        EXPECT_EXIT(restored, 0);

        for (const QStringList &args :
            {QStringList {QStringLiteral("export")}, QStringList {QStringLiteral("list")},
                QStringList {QStringLiteral("evidence"), kCase},
                QStringList {QStringLiteral("search"), kMarker}}) {
            const CliRun before = runCliOn(b.src(), args);
            const CliRun after = runCliOn(b.dst(), args);
            EXPECT_EXIT(before, 0);
            EXPECT_EXIT(after, 0);
            QCOMPARE(after.out, before.out);
        }
        EXPECT_EXIT(runCliOn(b.dst(), QStringList {QStringLiteral("verify")} + b.pass()), 0);
        const CliRun audit = runCliOn(b.dst(), {QStringLiteral("audit")});
        QVERIFY2(
            audit.out.contains(QLatin1String("database.restore")), qPrintable(describe(audit)));
        EXPECT_EXIT(runCliOn(b.dst(), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        const QString out = b.path(QStringLiteral("export"));
        EXPECT_EXIT(
            runCliOn(b.dst(),
                QStringList {QStringLiteral("evidence-export"), kCase, QStringLiteral("--out"), out}
                    + b.pass()),
            0);
        bool found = false;
        for (const QFileInfo &f : QDir(out).entryInfoList(QDir::Files))
            found = found || readAll(f.filePath()) == b.m_photoBytes;
        QVERIFY(found);
        QDir(out).removeRecursively();

        // The sequences moved past the restored ids: new rows go in after them.
        QVERIFY(writeAll(b.path(QStringLiteral("second.bin")), QByteArray(5000, 'x')));
        EXPECT_EXIT(
            runCliOn(b.dst(),
                QStringList {QStringLiteral("attach"), kCase, b.path(QStringLiteral("second.bin"))}
                    + b.pass()),
            0);

        // Only into an empty database; the one restored into is not any more.
        const CliRun again
            = runCliOn(b.dst(), QStringList {QStringLiteral("restore"), file} + b.pass());
        EXPECT_EXIT(again, 2);
        QVERIFY2(again.err.contains(QLatin1String("empty")), qPrintable(describe(again)));

        // Refused before anything is written: a database on an older schema stays on it (it
        // used to be migrated by the open that came before the check).
        {
            auto db = Database::open(b.dst(), Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->exec(QStringLiteral("UPDATE schema_version SET version = version - 1"),
                            QStringLiteral("test"))
                        .ok());
        }
        EXPECT_EXIT(runCliOn(b.dst(), QStringList {QStringLiteral("restore"), file} + b.pass()), 2);
        auto older = Database::open(b.dst(), Database::OpenMode::ReadOnly);
        QVERIFY(older.ok());
        QCOMPARE((*older)->schemaVersion(), Migrations::latestVersion() - 1);
    }

    void tampering()
    {
        b.makeSource(5 * 65536);
        const QString file = b.backUp(QStringLiteral("office.tdob"));
        QVERIFY(!file.isEmpty());
        const QByteArray good = readAll(file);
        const QList<qsizetype> messages = messageOffsets(good);
        QVERIFY2(messages.size() >= 4, qPrintable(QString::number(messages.size())));
        const QString bad = b.path(QStringLiteral("bad.tdob"));
        // Every damage is refused by verify; restore (which checks the same way first) is
        // tried on a few, each passphrase costing Argon2id's second.
        const auto expectRefused = [&](const QByteArray &bytes, int code, const char *what,
                                       bool restore = false) {
            QVERIFY(writeAll(bad, bytes));
            const CliRun v = runCli(
                QStringList {QStringLiteral("verify"), QStringLiteral("--backup"), bad} + b.pass());
            QVERIFY2(v.exitCode == code,
                qPrintable(QLatin1String(what) + QLatin1Char('\n') + describe(v)));
            if (!restore)
                return;
            const CliRun r
                = runCliOn(b.dst(), QStringList {QStringLiteral("restore"), bad} + b.pass());
            QVERIFY2(r.exitCode == code,
                qPrintable(QLatin1String(what) + QLatin1Char('\n') + describe(r)));
            b.expectTargetEmpty();
        };

        QByteArray flipped = good;
        flipped[messages.at(2) + 100] = char(flipped.at(messages.at(2) + 100) ^ 0x01);
        expectRefused(flipped, 3, "a flipped bit", true);
        QByteArray header = good;
        header[20] = char(header.at(20) ^ 0x01); // inside the clear header
        expectRefused(header, 3, "a changed clear header");
        expectRefused(good.left(messages.last()), 3, "cut before the final message", true);
        expectRefused(good.left(good.size() - 5), 3, "cut inside the final message");
        expectRefused(good + QByteArray(1, '\0'), 3, "a byte appended");
        // Messages 1 and 2 swapped (same lengths or not, the chained state refuses them).
        QByteArray swapped = good.left(messages.at(1));
        swapped += good.mid(messages.at(2), messages.at(3) - messages.at(2));
        swapped += good.mid(messages.at(1), messages.at(2) - messages.at(1));
        swapped += good.mid(messages.at(3));
        QCOMPARE(swapped.size(), good.size());
        expectRefused(swapped, 3, "two messages swapped", true);
        QByteArray dropped = good.left(messages.at(1)) + good.mid(messages.at(2));
        expectRefused(dropped, 3, "a message dropped");
        expectRefused(QByteArray("not a backup at all"), 2, "another file");

        // Another passphrase: exit 4; a login that held no copy: exit 2.
        const QString wrong = b.path(QStringLiteral("wrong.pass"));
        QVERIFY(writeAll(wrong, "not the passphrase\n"));
        EXPECT_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--backup"), file,
                        QStringLiteral("--passphrase-file"), wrong}),
            4);
        EXPECT_EXIT(
            runCliOn(b.dst(),
                {QStringLiteral("restore"), file, QStringLiteral("--passphrase-file"), wrong}),
            4);
        EXPECT_EXIT(runCli(QStringList {QStringLiteral("verify"), QStringLiteral("--backup"), file,
                               QStringLiteral("--login"), QStringLiteral("nobody")}
                        + b.pass()),
            2);
        b.expectTargetEmpty();
        // The good file still restores into the database all those attempts left empty.
        EXPECT_EXIT(runCliOn(b.dst(), QStringList {QStringLiteral("restore"), file} + b.pass()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeBackup)
#include "tst_cli_officebackup.moc"
