// trustdesk-cli backup and restore of an office database killed half-way (kill -9): no file at
// FILE, and a target left empty. Runs only under scripts/pg-test-cluster.sh (CTest label
// `postgres`).
#include "officebackupbench.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace td;
using namespace td::test;

class TestCliOfficeBackupCrash : public QObject
{
    Q_OBJECT

    OfficeBackupBench b;

private slots:
    void initTestCase() { b.initTestCase(); }
    void init() { b.init(); }
    void cleanup() { b.cleanup(); }

    void killedBackupLeavesNoFile()
    {
        b.makeSource(24 * 1024 * 1024);
        const QString file = b.path(QStringLiteral("killed.tdob"));
        QProcess process;
        process.setProgram(qEnvironmentVariable("TRUSTDESK_CLI"));
        process.setArguments(
            QStringList {QStringLiteral("--db"), b.src(), QStringLiteral("backup"), file}
            + b.pass());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        QVERIFY(process.waitForStarted());
        // Kill it once the temporary file is being written.
        QElapsedTimer timer;
        timer.start();
        bool writing = false;
        while (!writing && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            for (const QFileInfo &f :
                QDir(b.m_dir.path()).entryInfoList({QStringLiteral("*.partial")}, QDir::Files))
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
        b.makeSource(24 * 1024 * 1024);
        const QString file = b.backUp(QStringLiteral("office.tdob"));
        QVERIFY(!file.isEmpty());
        QProcess process;
        process.setProgram(qEnvironmentVariable("TRUSTDESK_CLI"));
        process.setArguments(
            QStringList {QStringLiteral("--db"), b.dst(), QStringLiteral("restore"), file}
            + b.pass());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        QVERIFY(process.waitForStarted());
        // Kill it while it inserts rows inside its transaction (prepared INSERTs run as EXECUTE).
        const QString inserting = QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = '%1'"
            " AND xact_start IS NOT NULL AND (query LIKE 'EXECUTE %%' OR query LIKE 'INSERT %%')) "
            "THEN"
            " RAISE EXCEPTION 'not yet'; END IF; END $$")
                                      .arg(databaseName(b.dst()));
        QElapsedTimer timer;
        timer.start();
        bool midway = false;
        while (!midway && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            midway = b.m_source->execOnServer(inserting).isEmpty();
            if (!midway)
                QThread::msleep(5);
        }
        QVERIFY2(midway, "the restore finished before it could be killed");
        process.kill();
        QVERIFY(process.waitForFinished());
        b.expectTargetEmpty();
        EXPECT_EXIT(runCliOn(b.dst(), QStringList {QStringLiteral("restore"), file} + b.pass()), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOfficeBackupCrash)
#include "tst_cli_officebackupcrash.moc"
