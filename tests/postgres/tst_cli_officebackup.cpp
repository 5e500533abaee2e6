// trustdesk-cli backup, restore and verify --backup of an office database (docs/office-mode.md,
// "Backing up an office database"): a round trip into a fresh database, nothing readable in the
// file, every kind of tampering refused, and a backup or restore killed half-way leaving
// nothing behind. Runs only under scripts/pg-test-cluster.sh (CTest label `postgres`).
#include "clirun.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QtEndian>

using namespace td;
using namespace td::test;

namespace {

QString fixture()
{
    return qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json");
}

const QString kCase = QStringLiteral("TD-2025-00018");
const QString kMarker = QStringLiteral("Zebracorn-Quillfeather-4417");

QString databaseName(const QString &uri)
{
    return QUrl(uri).path().mid(1);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The offsets of the sealed messages' length words (docs/office-mode.md): after the 8-byte
// prefix, the clear header and the 24-byte stream header.
QList<qsizetype> messageOffsets(const QByteArray &file)
{
    QList<qsizetype> out;
    qsizetype at = 8 + 4 + qsizetype(qFromBigEndian<quint32>(file.constData() + 8)) + 24;
    while (at + 4 <= file.size()) {
        out.append(at);
        at += 4 + qsizetype(qFromBigEndian<quint32>(file.constData() + at));
    }
    return out;
}

} // namespace

class TestCliOfficeBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_source;
    std::unique_ptr<TestDatabase> m_target;
    QString m_pass;
    QString m_photo;
    QByteArray m_photoBytes;

    QString src() const { return m_source->target(); }
    QString dst() const { return m_target->target(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList pass() const { return {QStringLiteral("--passphrase-file"), m_pass}; }

    // A fresh source with the fixture, a marker in a client's notes, an office key and one
    // attached file that holds the marker too.
    void makeSource(qint64 photoSize)
    {
        EXPECT_EXIT(runCliOn(src(), {QStringLiteral("init")}), 0);
        EXPECT_EXIT(runCliOn(src(), {QStringLiteral("import"), fixture()}), 0);
        QCOMPARE(
            m_source->execOnServer(QStringLiteral("UPDATE clients SET notes = '%1'").arg(kMarker)),
            QString());
        EXPECT_EXIT(
            runCliOn(
                src(), QStringList {QStringLiteral("office-key"), QStringLiteral("init")} + pass()),
            0);
        m_photoBytes = QByteArray(photoSize, Qt::Uninitialized);
        for (auto &c : m_photoBytes)
            c = char(QRandomGenerator::global()->bounded(256));
        m_photoBytes.replace(1000, kMarker.size(), kMarker.toUtf8());
        m_photo = path(QStringLiteral("photo.bin"));
        QVERIFY(writeAll(m_photo, m_photoBytes));
        EXPECT_EXIT(
            runCliOn(src(), QStringList {QStringLiteral("attach"), kCase, m_photo} + pass()), 0);
    }

    QString backUp(const QString &name)
    {
        const QString file = path(name);
        const CliRun r = runCliOn(src(), QStringList {QStringLiteral("backup"), file} + pass());
        if (r.exitCode != 0)
            qWarning().noquote() << describe(r);
        return r.exitCode == 0 ? file : QString();
    }

    // The target holds no case: a failed restore left it as it was.
    void expectTargetEmpty()
    {
        const CliRun list = runCliOn(dst(), {QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0 || list.exitCode == 2, qPrintable(describe(list)));
        QVERIFY2(!list.out.contains(kCase), qPrintable(describe(list)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestDatabase::onPostgres());
        TestDatabase::requireClusterIfOnPostgres();
        m_pass = path(QStringLiteral("ana.pass"));
        QVERIFY(writeAll(m_pass, "ana's long passphrase\n"));
    }

    void init()
    {
        m_source = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_source->error().isEmpty(), qPrintable(m_source->error()));
        m_target = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_target->error().isEmpty(), qPrintable(m_target->error()));
    }

    void cleanup()
    {
        m_source.reset();
        m_target.reset();
        for (const auto &f : QDir(m_dir.path()).entryList(QDir::Files))
            if (f != QLatin1String("ana.pass"))
                QFile::remove(path(f));
    }

    void roundTrip()
    {
        makeSource(3 * 65536 + 77); // rows 0 (the stream header) to 4
        // Without an office key nothing could be sealed: refused, nothing written.
        {
            TestDatabase bare(m_dir);
            EXPECT_EXIT(runCliOn(bare.target(), {QStringLiteral("init")}), 0);
            const CliRun r = runCliOn(
                bare.target(), {QStringLiteral("backup"), path(QStringLiteral("bare.tdob"))});
            EXPECT_EXIT(r, 2);
            QVERIFY2(r.err.contains(QLatin1String("office-key init")), qPrintable(describe(r)));
            QVERIFY(!QFileInfo::exists(path(QStringLiteral("bare.tdob"))));
        }
        const QString file = backUp(QStringLiteral("office.tdob"));
        QVERIFY(!file.isEmpty());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(QFileInfo(file).permissions() & others));
        QVERIFY(QFileInfo(file).permissions() & QFileDevice::ReadOwner);
        // Never over an existing file.
        EXPECT_EXIT(runCliOn(src(), QStringList {QStringLiteral("backup"), file} + pass()), 2);

        // Nothing of the case data or the evidence is readable in the file.
        const QByteArray raw = readAll(file);
        QVERIFY(raw.size() > m_photoBytes.size());
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
            QStringList {QStringLiteral("verify"), QStringLiteral("--backup"), file} + pass());
        EXPECT_EXIT(checked, 0);
        QVERIFY2(checked.out.contains(QLatin1String("evidence_chunks\t5")),
            qPrintable(describe(checked)));

        const CliRun restored
            = runCliOn(dst(), QStringList {QStringLiteral("restore"), file} + pass());
        EXPECT_EXIT(restored, 0);

        for (const QStringList &args :
            {QStringList {QStringLiteral("export")}, QStringList {QStringLiteral("list")},
                QStringList {QStringLiteral("evidence"), kCase},
                QStringList {QStringLiteral("search"), kMarker}}) {
            const CliRun a = runCliOn(src(), args);
            const CliRun b = runCliOn(dst(), args);
            EXPECT_EXIT(a, 0);
            EXPECT_EXIT(b, 0);
            QCOMPARE(b.out, a.out);
        }
        EXPECT_EXIT(runCliOn(dst(), QStringList {QStringLiteral("verify")} + pass()), 0);
        const CliRun audit = runCliOn(dst(), {QStringLiteral("audit")});
        QVERIFY2(
            audit.out.contains(QLatin1String("database.restore")), qPrintable(describe(audit)));
        EXPECT_EXIT(runCliOn(dst(), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        const QString out = path(QStringLiteral("export"));
        EXPECT_EXIT(
            runCliOn(dst(),
                QStringList {QStringLiteral("evidence-export"), kCase, QStringLiteral("--out"), out}
                    + pass()),
            0);
        bool found = false;
        for (const QFileInfo &f : QDir(out).entryInfoList(QDir::Files))
            found = found || readAll(f.filePath()) == m_photoBytes;
        QVERIFY(found);
        QDir(out).removeRecursively();

        // The sequences moved past the restored ids: new rows go in after them.
        QVERIFY(writeAll(path(QStringLiteral("second.bin")), QByteArray(5000, 'x')));
        EXPECT_EXIT(
            runCliOn(dst(),
                QStringList {QStringLiteral("attach"), kCase, path(QStringLiteral("second.bin"))}
                    + pass()),
            0);

        // Only into an empty database; the one restored into is not any more.
        const CliRun again
            = runCliOn(dst(), QStringList {QStringLiteral("restore"), file} + pass());
        EXPECT_EXIT(again, 2);
        QVERIFY2(again.err.contains(QLatin1String("empty")), qPrintable(describe(again)));
    }

    void tampering()
    {
        makeSource(5 * 65536);
        const QString file = backUp(QStringLiteral("office.tdob"));
        QVERIFY(!file.isEmpty());
        const QByteArray good = readAll(file);
        const QList<qsizetype> messages = messageOffsets(good);
        QVERIFY2(messages.size() >= 4, qPrintable(QString::number(messages.size())));
        const QString bad = path(QStringLiteral("bad.tdob"));
        // Every damage is refused by verify; restore (which checks the same way first) is
        // tried on a few, each passphrase costing Argon2id's second.
        const auto expectRefused = [&](const QByteArray &bytes, int code, const char *what,
                                       bool restore = false) {
            QVERIFY(writeAll(bad, bytes));
            const CliRun v = runCli(
                QStringList {QStringLiteral("verify"), QStringLiteral("--backup"), bad} + pass());
            QVERIFY2(v.exitCode == code,
                qPrintable(QLatin1String(what) + QLatin1Char('\n') + describe(v)));
            if (!restore)
                return;
            const CliRun r = runCliOn(dst(), QStringList {QStringLiteral("restore"), bad} + pass());
            QVERIFY2(r.exitCode == code,
                qPrintable(QLatin1String(what) + QLatin1Char('\n') + describe(r)));
            expectTargetEmpty();
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
        const QString wrong = path(QStringLiteral("wrong.pass"));
        QVERIFY(writeAll(wrong, "not the passphrase\n"));
        EXPECT_EXIT(runCli({QStringLiteral("verify"), QStringLiteral("--backup"), file,
                        QStringLiteral("--passphrase-file"), wrong}),
            4);
        EXPECT_EXIT(
            runCliOn(dst(),
                {QStringLiteral("restore"), file, QStringLiteral("--passphrase-file"), wrong}),
            4);
        EXPECT_EXIT(runCli(QStringList {QStringLiteral("verify"), QStringLiteral("--backup"), file,
                               QStringLiteral("--login"), QStringLiteral("nobody")}
                        + pass()),
            2);
        expectTargetEmpty();
        // The good file still restores into the database all those attempts left empty.
        EXPECT_EXIT(runCliOn(dst(), QStringList {QStringLiteral("restore"), file} + pass()), 0);
    }

    void killedBackupLeavesNoFile()
    {
        makeSource(24 * 1024 * 1024);
        const QString file = path(QStringLiteral("killed.tdob"));
        QProcess process;
        process.setProgram(qEnvironmentVariable("TRUSTDESK_CLI"));
        process.setArguments(
            QStringList {QStringLiteral("--db"), src(), QStringLiteral("backup"), file} + pass());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        QVERIFY(process.waitForStarted());
        // Kill it once the temporary file is being written.
        QElapsedTimer timer;
        timer.start();
        bool writing = false;
        while (!writing && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            for (const QFileInfo &f :
                QDir(m_dir.path()).entryInfoList({QStringLiteral("*.partial")}, QDir::Files))
                writing = writing || f.size() > 1024 * 1024;
            if (!writing)
                QThread::msleep(5);
        }
        QVERIFY2(writing, "the backup finished before it could be killed");
        process.kill();
        QVERIFY(process.waitForFinished());
        QVERIFY(!QFileInfo::exists(file));
    }

    void killedRestoreLeavesTargetEmpty()
    {
        makeSource(24 * 1024 * 1024);
        const QString file = backUp(QStringLiteral("office.tdob"));
        QVERIFY(!file.isEmpty());
        QProcess process;
        process.setProgram(qEnvironmentVariable("TRUSTDESK_CLI"));
        process.setArguments(
            QStringList {QStringLiteral("--db"), dst(), QStringLiteral("restore"), file} + pass());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        QVERIFY(process.waitForStarted());
        // Kill it while it inserts rows inside its transaction (prepared INSERTs run as EXECUTE).
        const QString inserting = QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = '%1'"
            " AND xact_start IS NOT NULL AND (query LIKE 'EXECUTE %%' OR query LIKE 'INSERT %%')) "
            "THEN"
            " RAISE EXCEPTION 'not yet'; END IF; END $$")
                                      .arg(databaseName(dst()));
        QElapsedTimer timer;
        timer.start();
        bool midway = false;
        while (!midway && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            midway = m_source->execOnServer(inserting).isEmpty();
            if (!midway)
                QThread::msleep(5);
        }
        QVERIFY2(midway, "the restore finished before it could be killed");
        process.kill();
        QVERIFY(process.waitForFinished());
        expectTargetEmpty();
        EXPECT_EXIT(runCliOn(dst(), QStringList {QStringLiteral("restore"), file} + pass()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeBackup)
#include "tst_cli_officebackup.moc"
