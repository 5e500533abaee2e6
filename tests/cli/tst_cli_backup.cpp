// trustdesk-cli backup and restore with an evidence store, run as the real executable
// (TRUSTDESK_CLI) against databases prepared in-process.
#include "clirun.h"
#include "evidence/evidencestore.h"
#include "storage/backup.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;
using namespace td::test;
using Run = CliRun;

namespace {

// Everything in a store but its working folder tmp/ and its .lock: "ab/cdef…" → bytes for files,
// "ab/" → "" for folders, with each mode checked on the way (folders 0700, files 0400).
QMap<QString, QByteArray> storeContents(const QString &root, QStringList *wrongModes = nullptr)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative == QLatin1String("tmp") || relative.startsWith(QLatin1String("tmp/"))
            || relative == QLatin1String(".lock"))
            continue; // the store's working folder and lock file: never part of its contents
        const bool folder = it.fileInfo().isDir();
        if (wrongModes && modeOf(path) != (folder ? 0700 : 0400))
            wrongModes->append(relative);
        if (folder) {
            out.insert(relative + QLatin1Char('/'), QByteArray());
            continue;
        }
        QFile f(path);
        out.insert(
            relative, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)"));
    }
    return out;
}

// Names left beside a database or backup by an interrupted or refused run.
QStringList leftovers(const QString &folder)
{
    QStringList out;
    for (const auto &name :
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name.contains(QLatin1String(".partial")) || name.contains(QLatin1String(".restoring")))
            out.append(name);
    }
    return out;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder; // one per test function
    QString m_db;
    QString m_ref;
    QString m_otherRef;
    const QByteArray m_photo
        = QByteArray("synthetic photo bytes held by two cases ").repeated(3000);
    const QByteArray m_note = "a synthetic note only the first case holds";

    QString path(const QString &name) const { return QDir(m_folder).filePath(name); }
    QString liveStore() const { return EvidenceStore::rootFor(m_db); }
    QString backupFile() const { return path(QStringLiteral("backups/cases-backup.sqlite")); }

    QString listing()
    {
        return runCliOn(m_db, {QStringLiteral("evidence"), m_ref}).out
            + runCliOn(m_db, {QStringLiteral("evidence"), m_otherRef}).out;
    }

private slots:
    void init()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("TRUSTDESK_CLI"));
        static int n = 0;
        m_folder = QDir(m_dir.path()).filePath(QStringLiteral("t%1").arg(++n));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/backups")));
        m_db = path(QStringLiteral("cases.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto first = repo.save(test::minimalCase(QStringLiteral("Test Person")));
        auto second = repo.save(test::minimalCase(QStringLiteral("Other Person")));
        QVERIFY(first.ok() && second.ok());
        m_ref = first->reference;
        m_otherRef = second->reference;
        QVERIFY(test::writeFile(path(QStringLiteral("photo.jpg")), m_photo));
        QVERIFY(test::writeFile(path(QStringLiteral("note.txt")), m_note));
        EvidenceStore store(**db, QStringLiteral("tester"));
        QVERIFY(store.attach(m_ref, path(QStringLiteral("photo.jpg")), {}).ok());
        QVERIFY(store.attach(m_ref, path(QStringLiteral("note.txt")), {}).ok());
        QVERIFY(store.attach(m_otherRef, path(QStringLiteral("photo.jpg")), {}).ok());
    }

    void roundTripWithEvidence()
    {
        const QMap<QString, QByteArray> original = storeContents(liveStore());
        QCOMPARE(original.size(), 4); // two folders, two files (the photo is stored once)
        const QString before = listing();

        Run r = runCliOn(m_db, {QStringLiteral("backup"), backupFile()});
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.out.contains(Backup::evidenceFolder(backupFile())), qPrintable(describe(r)));
        QCOMPARE(modeOf(backupFile()), 0600);
        QCOMPARE(modeOf(Backup::evidenceFolder(backupFile())), 0700);
        QStringList wrongModes;
        QCOMPARE(storeContents(Backup::evidenceFolder(backupFile()), &wrongModes), original);
        QVERIFY2(wrongModes.isEmpty(), qPrintable(wrongModes.join(QLatin1Char(' '))));
        QVERIFY2(leftovers(path(QStringLiteral("backups"))).isEmpty(),
            qPrintable(leftovers(path(QStringLiteral("backups"))).join(QLatin1Char(' '))));
        QVERIFY(Backup::verifyFile(backupFile()).ok());

        // Wipe the database and its store, then restore.
        for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_db + suffix);
        QVERIFY(QDir(liveStore()).removeRecursively());
        r = runCliOn(
            m_db, {QStringLiteral("restore"), QStringLiteral("--unencrypted"), backupFile()});
        EXPECT_EXIT(r, 0);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("verify")}), 0);
        QCOMPARE(storeContents(liveStore(), &wrongModes), original);
        QVERIFY2(wrongModes.isEmpty(), qPrintable(wrongModes.join(QLatin1Char(' '))));
        QCOMPARE(listing(), before);

        // Over a database whose store holds other files: the store is replaced as a whole.
        QVERIFY(test::writeFile(path(QStringLiteral("later.txt")), "attached after the backup"));
        EXPECT_EXIT(
            runCliOn(m_db, {QStringLiteral("attach"), m_ref, path(QStringLiteral("later.txt"))}),
            0);
        QCOMPARE(storeContents(liveStore()).size(), 6);
        r = runCliOn(m_db, {QStringLiteral("restore"), backupFile()});
        EXPECT_EXIT(r, 0);
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("verify")}), 0);
        QCOMPARE(storeContents(liveStore()), original);
        QCOMPARE(listing(), before);
        QVERIFY2(
            leftovers(m_folder).isEmpty(), qPrintable(leftovers(m_folder).join(QLatin1Char(' '))));
    }

    void tamperedBackupIsRefused()
    {
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("backup"), backupFile()}), 0);
        const QString backedUpNote = Backup::evidenceFolder(backupFile()) + QLatin1Char('/')
            + EvidenceStore::relativePath(QString::fromLatin1(
                QCryptographicHash::hash(m_note, QCryptographicHash::Sha256).toHex()));
        QVERIFY(
            QFile::setPermissions(backedUpNote, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QByteArray forged = m_note;
        forged[0] = 'A';
        QVERIFY(test::writeFile(backedUpNote, forged));

        const QString before = listing();
        const QMap<QString, QByteArray> store = storeContents(liveStore());
        Run r = runCliOn(m_db, {QStringLiteral("restore"), backupFile()});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("has CHANGED")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("nothing changed")), qPrintable(describe(r)));
        QCOMPARE(listing(), before);
        QCOMPARE(storeContents(liveStore()), store);
        QVERIFY2(
            leftovers(m_folder).isEmpty(), qPrintable(leftovers(m_folder).join(QLatin1Char(' '))));

        // A missing file is refused the same way, and a refused restore creates no database.
        QVERIFY(QFile::remove(backedUpNote));
        const QString fresh = path(QStringLiteral("fresh.sqlite"));
        r = runCliOn(
            fresh, {QStringLiteral("restore"), QStringLiteral("--unencrypted"), backupFile()});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("is missing")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(!QFileInfo::exists(EvidenceStore::rootFor(fresh)));
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("restore"), backupFile()}), 3);
        QCOMPARE(listing(), before);
        QCOMPARE(storeContents(liveStore()), store);
    }

    void missingOrChangedEvidenceStopsTheBackup()
    {
        const QString stored = liveStore() + QLatin1Char('/')
            + EvidenceStore::relativePath(QString::fromLatin1(
                QCryptographicHash::hash(m_note, QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFile::remove(stored));
        Run r = runCliOn(m_db, {QStringLiteral("backup"), backupFile()});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("\"note.txt\" is missing")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(backupFile()));
        QVERIFY(!QFileInfo::exists(Backup::evidenceFolder(backupFile())));
        QVERIFY2(leftovers(path(QStringLiteral("backups"))).isEmpty(),
            qPrintable(leftovers(path(QStringLiteral("backups"))).join(QLatin1Char(' '))));

        QVERIFY(test::writeFile(stored, "not the note any more"));
        r = runCliOn(m_db, {QStringLiteral("backup"), backupFile()});
        EXPECT_EXIT(r, 3);
        QVERIFY2(
            r.err.contains(QLatin1String("\"note.txt\" has CHANGED")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(backupFile()));
        QVERIFY(!QFileInfo::exists(Backup::evidenceFolder(backupFile())));
        QVERIFY2(leftovers(path(QStringLiteral("backups"))).isEmpty(),
            qPrintable(leftovers(path(QStringLiteral("backups"))).join(QLatin1Char(' '))));
    }

    void neverOverwrites()
    {
        // An evidence folder already where the backup's would go.
        const QString evidence = Backup::evidenceFolder(backupFile());
        QVERIFY(QDir().mkpath(evidence));
        QVERIFY(test::writeFile(evidence + QStringLiteral("/keep.txt"), "someone else's"));
        Run r = runCliOn(m_db, {QStringLiteral("backup"), backupFile()});
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(backupFile()));
        QCOMPARE(QDir(evidence).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {QStringLiteral("keep.txt")});

        // A file already where the backup would go: neither it nor a new evidence folder.
        const QString taken = path(QStringLiteral("backups/taken.sqlite"));
        QVERIFY(test::writeFile(taken, "not ours"));
        r = runCliOn(m_db, {QStringLiteral("backup"), taken});
        EXPECT_EXIT(r, 2);
        QVERIFY(!QFileInfo::exists(Backup::evidenceFolder(taken)));
        QFile f(taken);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not ours"));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
