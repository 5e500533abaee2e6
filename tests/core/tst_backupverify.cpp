#include "storage/backup.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/verifier.h"
#include "testcases.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;

class TestBackupVerify : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseVerifies()
    {
        QTemporaryDir dir;
        auto db = Database::open(test::databasePath(dir));
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QVERIFY(repo.save(test::sampleCase()).ok());
        auto problems = Verifier(**db).run();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void verifyFindsBrokenInvariants()
    {
        QTemporaryDir dir;
        auto db = Database::open(test::databasePath(dir));
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::sampleCase());
        QVERIFY(saved.ok());
        QSqlQuery q((*db)->connection());
        // Simulate damage a buggy tool could do: index out of step, bad reference, counter behind.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM case_search")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET reference = 'CASE-1'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) VALUES ('x', 'now', 'now')")));
        auto problems = Verifier(**db).run();
        QVERIFY(problems.ok());
        const QString all = problems->join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("missing from the search index")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("CASE-1")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("belongs to no case")), qPrintable(all));
    }

    void backupIsConsistentOwnerOnlyAndRestorable()
    {
        QTemporaryDir dir;
        const QString livePath = test::databasePath(dir);
        const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
        auto db = Database::open(livePath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::sampleCase());
        QVERIFY(saved.ok());

        QVERIFY(Backup::create(**db, backupPath).ok());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(backupPath).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(!QFile::exists(backupPath + QStringLiteral(".partial")));
        QVERIFY(!QFile::exists(backupPath + QStringLiteral("-wal")));
        QVERIFY(Backup::verifyFile(backupPath).ok());
        // Never overwrite.
        QVERIFY(!Backup::create(**db, backupPath).ok());

        // Change the live database, then restore: the change is gone, the backup's case is back.
        QVERIFY(repo.remove(saved->id).ok());
        QVERIFY(repo.save(test::minimalCase(QStringLiteral("Later Example"))).ok());
        QVERIFY(Backup::restore(**db, backupPath).ok());
        CaseRepository after(**db, QStringLiteral("tester"));
        QCOMPARE(after.count({}).value(), 1);
        QVERIFY(after.loadByReference(saved->reference).ok());
        QCOMPARE(after.search(QStringLiteral("Later"), 10)->size(), 0);
        QVERIFY(Verifier(**db).run()->isEmpty());
    }

    void restoreRefusesBadFilesAndKeepsData()
    {
        QTemporaryDir dir;
        auto db = Database::open(test::databasePath(dir));
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QVERIFY(repo.save(test::sampleCase()).ok());

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        QVERIFY(!Backup::restore(**db, text).ok());

        // A backup damaged after it was written: truncated.
        const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(Backup::create(**db, backupPath).ok());
        QFile b(backupPath);
        QVERIFY(b.open(QIODevice::ReadWrite));
        QVERIFY(b.resize(b.size() - 4096));
        b.close();
        auto restored = Backup::restore(**db, backupPath);
        QVERIFY(!restored.ok());
        QVERIFY(!Backup::restore(**db, test::databasePath(dir)).ok());
        QCOMPARE(repo.count({}).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupVerify)
#include "tst_backupverify.moc"
