// Cancelling a backup, a check or a restore at each of its steps, and the background job that
// runs them on its own thread with its own database connection.
#include "evidence/evidencestore.h"
#include "evidence/evidenceverifier.h"
#include "jobrunner.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/backupjob.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace td;

Q_DECLARE_METATYPE(td::BackupStep)

namespace {

// Three of the 4 MB chunks the copy reads, so a cancel can land half-way.
const QByteArray kEvidence = "synthetic witness statement: " + QByteArray(9 * 1024 * 1024, 'w');

QString storedPath(const QString &databasePath, const QByteArray &bytes)
{
    return EvidenceStore::rootFor(databasePath) + QLatin1Char('/')
        + EvidenceStore::relativePath(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

// Every name in `folder` that a backup or restore could leave behind.
QStringList leftovers(const QString &folder)
{
    QStringList found;
    const QStringList names = QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const auto &name : names) {
        if (name.startsWith(QLatin1String("backup")) || name.contains(QLatin1String(".partial"))
            || name.contains(QLatin1String(".restoring")))
            found.append(name);
    }
    return found;
}

} // namespace

class TestBackupJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_livePath;
    QString m_reference;

    QString backupPath() const { return m_dir.filePath(QStringLiteral("backup.trustdesk")); }

    qint64 caseCount()
    {
        auto db = Database::open(m_livePath, Database::OpenMode::ReadOnly);
        return db ? CaseRepository(**db, QStringLiteral("tester")).count({}).value() : -1;
    }

    // Runs `job` on its thread; the finished() arguments, empty on a time-out.
    QList<QVariant> runJob(BackupJob *job) { return test::runJob(job, &BackupJob::finished); }

private slots:
    void initTestCase()
    {
        m_livePath = test::databasePath(m_dir);
        auto db = Database::open(m_livePath);
        QVERIFY(db.ok());
        auto saved = CaseRepository(**db, QStringLiteral("tester")).save(test::sampleCase());
        QVERIFY(saved.ok());
        m_reference = saved->reference;
        QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("statement.txt")), kEvidence));
        QVERIFY(EvidenceStore(**db, QStringLiteral("tester"))
                    .attach(m_reference, m_dir.filePath(QStringLiteral("statement.txt")), {})
                    .ok());
    }

    void cancelledBackupLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::addColumn<bool>("inTheBytes");
        QTest::newRow("copying the database") << int(BackupStep::CopyingDatabase) << false;
        QTest::newRow("checking the database") << int(BackupStep::CheckingDatabase) << false;
        QTest::newRow("copying evidence") << int(BackupStep::CopyingEvidence) << false;
        QTest::newRow("half-way through the evidence") << int(BackupStep::CopyingEvidence) << true;
        QTest::newRow("moving into place") << int(BackupStep::Finishing) << false;
    }

    void cancelledBackupLeavesNothing()
    {
        QFETCH(int, cancelAt);
        QFETCH(bool, inTheBytes);
        auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QList<BackupStep> seen;
        qint64 bytesSeen = 0;
        const BackupProgress progress {
            .step =
                [&](BackupStep step) {
                    seen.append(step);
                    return inTheBytes || int(step) != cancelAt;
                },
            .bytes =
                [&](qint64 done, qint64 total) {
                    bytesSeen = done;
                    return !inTheBytes || done < total / 2;
                },
        };
        const auto made = Backup::create(**db, backupPath(), progress);
        QVERIFY(!made.ok());
        QVERIFY2(made.error().message.contains(QLatin1String("canceled")),
            qPrintable(made.error().message));
        QCOMPARE(int(seen.last()), cancelAt);
        if (inTheBytes)
            QVERIFY(bytesSeen > 0 && bytesSeen < kEvidence.size());
        QCOMPARE(leftovers(m_dir.path()), QStringList());
        auto events = AuditLog(**db, QStringLiteral("tester")).events();
        QVERIFY(events.ok());
        for (const auto &event : events.value())
            QVERIFY(event.action != QLatin1String("database.backup"));
    }

    void stepsOfAWholeBackupCheckAndRestore()
    {
        auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QList<BackupStep> seen;
        const BackupProgress progress {.step = [&](BackupStep step) {
            seen.append(step);
            return true;
        }};
        QVERIFY(Backup::create(**db, backupPath(), progress).ok());
        QCOMPARE(seen,
            (QList<BackupStep> {BackupStep::CopyingDatabase, BackupStep::CheckingDatabase,
                BackupStep::CopyingEvidence, BackupStep::Finishing}));
        seen.clear();
        QVERIFY(Backup::verifyFile(backupPath(), progress).ok());
        QCOMPARE(
            seen, (QList<BackupStep> {BackupStep::CheckingDatabase, BackupStep::CheckingEvidence}));
        seen.clear();
        QVERIFY(Backup::restore(**db, backupPath(), progress).ok());
        QCOMPARE(seen,
            (QList<BackupStep> {
                BackupStep::CheckingDatabase, BackupStep::CopyingEvidence, BackupStep::Replacing}));
        db->reset();
        QVERIFY(QDir(Backup::evidenceFolder(backupPath())).removeRecursively());
        QVERIFY(QFile::remove(backupPath()));
    }

    void cancelledRestoreChangesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("checking the database") << int(BackupStep::CheckingDatabase);
        QTest::newRow("copying evidence") << int(BackupStep::CopyingEvidence);
        QTest::newRow("at the last moment") << int(BackupStep::Replacing);
    }

    void cancelledRestoreChangesNothing()
    {
        QFETCH(int, cancelAt);
        const QString source = m_dir.filePath(QStringLiteral("other.trustdesk"));
        {
            auto other = Database::open(source);
            QVERIFY(other.ok());
            QVERIFY(CaseRepository(**other, QStringLiteral("tester"))
                        .save(test::minimalCase(QStringLiteral("Other Example")))
                        .ok());
        }
        auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        const auto restored = Backup::restore(
            **db, source, {.step = [&](BackupStep step) { return int(step) != cancelAt; }});
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.contains(QLatin1String("nothing was changed")),
            qPrintable(restored.error().message));
        QVERIFY(CaseRepository(**db, QStringLiteral("tester")).loadByReference(m_reference).ok());
        QCOMPARE(CaseRepository(**db, QStringLiteral("tester")).count({}).value(), 1);
        QVERIFY(QFile::exists(storedPath(m_livePath, kEvidence)));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
        QVERIFY(QFile::remove(source));
    }

    void jobBacksUpChecksAndRestoresInTheBackground()
    {
        // Back up: the files appear, the live database records who made it.
        std::unique_ptr<BackupJob> create(BackupJob::create(m_livePath, backupPath()));
        QSignalSpy steps(create.get(), &BackupJob::stepStarted);
        QSignalSpy bytes(create.get(), &BackupJob::progress);
        auto args = runJob(create.get());
        QVERIFY2(!args.isEmpty(), "the job did not finish");
        QCOMPARE(args.size(), 2);
        QVERIFY2(args.at(0).toBool(), qPrintable(args.at(1).toString()));
        QCOMPARE(steps.size(), 4);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(bytes.last().at(0).toLongLong(), qint64(kEvidence.size()));
        QVERIFY(QFile::exists(backupPath()));
        QVERIFY(QFile::exists(storedPath(backupPath(), kEvidence)));
        {
            auto db = Database::open(m_livePath, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            auto events = AuditLog(**db, QStringLiteral("tester")).events();
            QVERIFY(events.ok());
            QCOMPARE(events->first().action, QStringLiteral("database.backup"));
            QCOMPARE(events->first().detail, QStringLiteral("backup.trustdesk"));
        }

        // Check: the summary tells how many cases the backup holds and when it last changed.
        std::unique_ptr<BackupJob> verify(BackupJob::verify(backupPath()));
        args = runJob(verify.get());
        QVERIFY2(!args.isEmpty(), "the job did not finish");
        QVERIFY2(args.value(0).toBool(), qPrintable(args.value(1).toString()));
        QCOMPARE(verify->summary().cases, 1);
        QVERIFY(verify->summary().lastChange.isValid());
        QVERIFY(verify->summary().lastChange.secsTo(QDateTime::currentDateTimeUtc()) < 600);

        // Restore over a changed database; a cancel once it replaces comes too late and is refused.
        {
            auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            QVERIFY(CaseRepository(**db, QStringLiteral("tester"))
                        .save(test::minimalCase(QStringLiteral("Later Example")))
                        .ok());
        }
        QCOMPARE(caseCount(), 2);
        std::unique_ptr<BackupJob> restore(BackupJob::restore(m_livePath, backupPath()));
        bool lateCancel = true;
        connect(
            restore.get(), &BackupJob::stepStarted, restore.get(),
            [&](BackupStep step) {
                if (step == BackupStep::Replacing)
                    lateCancel = restore->cancel();
            },
            Qt::DirectConnection);
        args = runJob(restore.get());
        QVERIFY2(!args.isEmpty(), "the job did not finish");
        QVERIFY2(args.value(0).toBool(), qPrintable(args.value(1).toString()));
        QVERIFY(!lateCancel);
        QVERIFY(restore->isReplacing());
        QCOMPARE(restore->summary().cases, 1);
        QCOMPARE(caseCount(), 1);
        auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        auto report = EvidenceVerifier(**db, QStringLiteral("tester")).run();
        QVERIFY(report.ok() && report->ok());
    }

    void jobCancelledBeforeItStarts()
    {
        std::unique_ptr<BackupJob> verify(BackupJob::verify(backupPath()));
        QVERIFY(verify->cancel());
        QSignalSpy steps(verify.get(), &BackupJob::stepStarted);
        const auto args = runJob(verify.get());
        QVERIFY2(!args.isEmpty(), "the job did not finish");
        QCOMPARE(args.value(0).toBool(), false);
        QVERIFY(verify->isCancelled());
        QCOMPARE(steps.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupJob)
#include "tst_backupjob.moc"
