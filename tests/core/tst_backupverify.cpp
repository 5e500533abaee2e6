#include "evidence/evidencestore.h"
#include "evidence/evidenceverifier.h"
#include "storage/backup.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/verifier.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;

namespace {

QString storedPath(const QString &databasePath, const QByteArray &bytes)
{
    return EvidenceStore::rootFor(databasePath) + QLatin1Char('/')
        + EvidenceStore::relativePath(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

} // namespace

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
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO clients (full_name, created_at, updated_at) VALUES ('x', 'now', 'now')")));
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
        struct stat st
        {
        };
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

    void backupCarriesEvidenceAndRestoreSwapsTheStore()
    {
        QTemporaryDir dir;
        const QString livePath = test::databasePath(dir);
        const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
        auto db = Database::open(livePath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::sampleCase());
        QVERIFY(saved.ok());
        const QByteArray kept = "evidence present at the backup";
        const QByteArray later = "evidence attached after the backup";
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("kept.txt")), kept));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("later.txt")), later));
        EvidenceStore store(**db, QStringLiteral("tester"));
        QVERIFY(store.attach(saved->reference, dir.filePath(QStringLiteral("kept.txt")), {}).ok());

        QVERIFY(Backup::create(**db, backupPath).ok());
        QCOMPARE(Backup::evidenceFolder(backupPath), backupPath + QStringLiteral(".evidence"));
        QVERIFY(QFile::exists(storedPath(backupPath, kept)));
        QVERIFY(Backup::verifyFile(backupPath).ok());

        QVERIFY(store.attach(saved->reference, dir.filePath(QStringLiteral("later.txt")), {}).ok());
        QVERIFY(Backup::restore(**db, backupPath).ok());
        QVERIFY(QFile::exists(storedPath(livePath, kept)));
        QVERIFY(!QFile::exists(storedPath(livePath, later)));
        auto report = EvidenceVerifier(**db, QStringLiteral("tester")).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->filesChecked, 1);
        // Nothing is left beside the database or the backup: no temporary files, and the previous
        // store went once the new one was in place.
        const QStringList beside
            = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const auto &name : beside)
            QVERIFY2(!name.contains(QLatin1String(".restoring"))
                    && !name.contains(QLatin1String(".partial")),
                qPrintable(name));
    }

    void restoreRefusesChangedOrAbsentEvidenceAndKeepsData()
    {
        QTemporaryDir dir;
        const QString livePath = test::databasePath(dir);
        const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
        auto db = Database::open(livePath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::sampleCase());
        QVERIFY(saved.ok());
        const QByteArray bytes = "evidence to tamper with in the backup";
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("statement.txt")), bytes));
        EvidenceStore store(**db, QStringLiteral("tester"));
        QVERIFY(
            store.attach(saved->reference, dir.filePath(QStringLiteral("statement.txt")), {}).ok());
        QVERIFY(Backup::create(**db, backupPath).ok());
        QVERIFY(repo.save(test::minimalCase(QStringLiteral("Later Example"))).ok());

        const QString copy = storedPath(backupPath, bytes);
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(test::writeFile(copy, "forged"));
        auto verified = Backup::verifyFile(backupPath);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().kind, ErrorKind::Integrity);
        auto restored = Backup::restore(**db, backupPath);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, ErrorKind::Integrity);
        QCOMPARE(repo.count({}).value(), 2);
        QVERIFY(QFile::exists(storedPath(livePath, bytes)));

        // A database-only backup (as older versions wrote) of a database with evidence is refused
        // too.
        QVERIFY(QDir(Backup::evidenceFolder(backupPath)).removeRecursively());
        restored = Backup::restore(**db, backupPath);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, ErrorKind::Integrity);
        QCOMPARE(repo.count({}).value(), 2);
        QVERIFY(EvidenceVerifier(**db, QStringLiteral("tester")).run()->ok());
    }

    void backupStartsAgainWhenEvidenceIsRemovedMeanwhile()
    {
        QTemporaryDir dir;
        const QString livePath = test::databasePath(dir);
        const QString backupPath = dir.filePath(QStringLiteral("backup.sqlite"));
        auto db = Database::open(livePath);
        QVERIFY(db.ok());
        auto saved = CaseRepository(**db, QStringLiteral("tester")).save(test::sampleCase());
        QVERIFY(saved.ok());
        const QByteArray first = "evidence that stays";
        const QByteArray second = "evidence removed while the backup copies the first file";
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("first.txt")), first));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("second.txt")), second));
        EvidenceStore store(**db, QStringLiteral("tester"));
        QVERIFY(store.attach(saved->reference, dir.filePath(QStringLiteral("first.txt")), {}).ok());
        auto removedLater
            = store.attach(saved->reference, dir.filePath(QStringLiteral("second.txt")), {});
        QVERIFY(removedLater.ok());

        // Another connection (as the app would be) removes the second item once the first file is
        // being copied: the snapshot holds a file the store no longer has, so the backup starts
        // again.
        auto other = Database::open(livePath, Database::OpenMode::ExistingOnly);
        QVERIFY(other.ok());
        bool removed = false;
        const auto removeOnce = [&](qint64, qint64) {
            if (!removed)
                removed = EvidenceStore(**other, QStringLiteral("tester"))
                              .remove(removedLater->evidence.item.id, QStringLiteral("test"))
                              .ok();
            return true;
        };
        auto made = Backup::create(**db, backupPath, {.bytes = removeOnce});
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QVERIFY(removed);
        QVERIFY(QFile::exists(storedPath(backupPath, first)));
        QVERIFY(!QFile::exists(storedPath(backupPath, second)));
        QVERIFY(Backup::verifyFile(backupPath).ok());
    }
};

QTEST_GUILESS_MAIN(TestBackupVerify)
#include "tst_backupverify.moc"
