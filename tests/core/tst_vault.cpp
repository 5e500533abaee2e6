// The encrypted database (vault VFS): everything works through it as on a plaintext file, and
// nothing on disk gives a client away or can be changed without it being noticed. Fictional
// people only; the markers are random.
#include "crypto/securekey.h"
#include "crypto/vaultkeyfile.h"
#include "crypto/vaultvfs.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

QString randomMarker()
{
    static const char letters[] = "bcdfghjkmnpqrstvwxz";
    QString m = QStringLiteral("Zq");
    for (int i = 0; i < 14; ++i)
        m.append(QLatin1Char(letters[QRandomGenerator::global()->bounded(19)]));
    return m;
}

CaseFile markedCase(const QString &marker)
{
    CaseFile c = test::sampleCase(QStringLiteral("Amina %1").arg(marker));
    c.client.aNumber = QStringLiteral("A%1").arg(marker);
    c.client.address = QStringLiteral("%1 Street").arg(marker);
    c.client.immigrationStatus = marker;
    c.client.notes = marker;
    c.incidents[0].narrative = QStringLiteral("The officer asked about %1.").arg(marker);
    return c;
}

void flipBit(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(static_cast<char>(c ^ 0x10)));
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("v%1/cases.sqlite").arg(++m_n)); }

    static QByteArray bytesOf(const SecureKey &k)
    {
        return k.isNull() ? QByteArray()
                          : QByteArray(reinterpret_cast<const char *>(k.data()), SecureKey::kSize);
    }

private slots:
    void theKeyFileUnlocksWithThePassphraseOrTheRecoveryKeyOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("k1.vault"));
        const QString passphrase = QStringLiteral("correct horse battery");
        auto created = VaultKeyFile::create(path, passphrase, VaultKeyFile::Cost::Fast);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const QByteArray key = bytesOf(created->dataKey);
        QCOMPARE(created->recoveryKey.size(), 13 * 4 + 12);

        auto unlocked = VaultKeyFile::unlock(path, passphrase);
        QVERIFY(unlocked.ok());
        QCOMPARE(bytesOf(*unlocked), key);
        auto wrong = VaultKeyFile::unlock(path, QStringLiteral("correct horse battery."));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::BadInput);

        // The recovery key, as someone would type it back from paper.
        QString typed = created->recoveryKey.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        typed.replace(QLatin1Char('o'), QLatin1Char('0'));
        auto recovered = VaultKeyFile::unlockWithRecoveryKey(path, typed);
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().message));
        QCOMPARE(bytesOf(*recovered), key);
        QString other = created->recoveryKey;
        other[0] = other[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!VaultKeyFile::unlockWithRecoveryKey(path, other).ok());
        QVERIFY(!VaultKeyFile::unlockWithRecoveryKey(path, QStringLiteral("ABCD-EFGH")).ok());

        // Never replaced by a new vault's file.
        QVERIFY(!VaultKeyFile::create(path, passphrase, VaultKeyFile::Cost::Fast).ok());
        QVERIFY(!VaultKeyFile::create(m_dir.filePath(QStringLiteral("short.vault")),
            QStringLiteral("short"), VaultKeyFile::Cost::Fast)
                     .ok());
    }

    void changingThePassphraseKeepsTheKeyAndTheRecoveryKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("k2.vault"));
        auto created = VaultKeyFile::create(
            path, QStringLiteral("first passphrase"), VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        const QByteArray key = bytesOf(created->dataKey);
        QVERIFY(VaultKeyFile::changePassphrase(
            path, created->dataKey, QStringLiteral("second passphrase"), VaultKeyFile::Cost::Fast)
                    .ok());
        QVERIFY(!VaultKeyFile::unlock(path, QStringLiteral("first passphrase")).ok());
        QCOMPARE(bytesOf(*VaultKeyFile::unlock(path, QStringLiteral("second passphrase"))), key);
        QCOMPARE(bytesOf(*VaultKeyFile::unlockWithRecoveryKey(path, created->recoveryKey)), key);
        // Another vault's key is never wrapped into this file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(!VaultKeyFile::changePassphrase(
            path, SecureKey::random(), QStringLiteral("third passphrase"), VaultKeyFile::Cost::Fast)
                     .ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // No leftover of the atomic write beside it.
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("k2.vault*")}, QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("k2.vault")});
    }

    void everyFlippedBitOfTheKeyFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("k3.vault"));
        const QString passphrase = QStringLiteral("flip every bit");
        auto created = VaultKeyFile::create(path, passphrase, VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        int integrity = 0;
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray changed = original;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(changed);
            out.close();
            auto unlocked = VaultKeyFile::unlock(path, passphrase);
            QVERIFY2(!unlocked.ok(),
                qPrintable(QStringLiteral("byte %1 flipped, still unlocked").arg(i)));
            integrity += unlocked.error().kind == ErrorKind::Integrity ? 1 : 0;
        }
        // Nearly all read as damage, not as a wrong passphrase (the checksum catches them).
        QVERIFY(integrity > original.size() * 9 / 10);
    }

    void aVaultWorksAndShowsNothingOnDisk()
    {
        const SecureKey key = SecureKey::random();
        const QString path = newPath();
        const QString marker = randomMarker();
        qint64 id = 0;
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing, key);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QVERIFY((*db)->isEncrypted());
            CaseRepository repo(**db, QStringLiteral("tester"));
            auto saved = repo.save(markedCase(marker));
            QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
            id = saved->id;
            for (int i = 0; i < 50; ++i)
                QVERIFY(repo.save(test::minimalCase(QStringLiteral("Filler %1").arg(i))).ok());
            // Search (FTS5), sorting, a second connection: all as on a plaintext file.
            auto found = repo.search(marker, 10);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            auto second = Database::open(path, Database::OpenMode::ExistingOnly, key);
            QVERIFY(second.ok());
            QCOMPARE(test::countCases(**second), 51);
            // While open, with a WAL and its index on disk: nothing readable there either.
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            const QStringList leaks = test::filesWithMarker(QFileInfo(path).absolutePath(), marker);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        }
        const QStringList leaks = test::filesWithMarker(QFileInfo(path).absolutePath(), marker);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.read(16).startsWith("SQLite format 3"));
        raw.close();
        // The sqlite3 shell (another program, without the key) sees no database.
        QProcess shell;
        shell.start(
            QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM cases")});
        if (shell.waitForStarted()) {
            QVERIFY(shell.waitForFinished());
            QVERIFY(shell.exitCode() != 0);
        }

        auto reopened = Database::open(path, Database::OpenMode::ExistingOnly, key);
        QVERIFY(reopened.ok());
        CaseRepository repo(**reopened, QStringLiteral("tester"));
        auto loaded = repo.load(id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->client.aNumber, QStringLiteral("A%1").arg(marker));
    }

    void aTransactionLargerThanTheCacheSpillsThroughTheVault()
    {
        // A small cache makes SQLite write pages to the WAL before the commit and rewrite the
        // checksums of frames it overwrites: every WAL path of the VFS.
        const SecureKey key = SecureKey::random();
        const QString path = newPath();
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, key);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA cache_size = 20"), QString()).ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QList<CaseFile> cases;
        for (int i = 0; i < 600; ++i)
            cases.append(test::sampleCase(QStringLiteral("Spill Example %1").arg(i)));
        auto inserted = repo.insertAll(cases, QStringLiteral("case.create"));
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().message));
        for (int i = 0; i < 30; ++i) {
            auto c = repo.load(i + 1);
            QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
            c->client.notes = QStringLiteral("Edited %1").arg(i);
            QVERIFY(repo.save(c.value()).ok());
        }
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        db->reset();
        auto reopened = Database::open(path, Database::OpenMode::ExistingOnly, key);
        QVERIFY(reopened.ok());
        QCOMPARE(test::countCases(**reopened), 600);
    }

    void aFlippedBitInACommittedWalFrameIsDamage()
    {
        const SecureKey key = SecureKey::random();
        const QString path = newPath();
        auto keeper = Database::open(path, Database::OpenMode::CreateIfMissing, key);
        QVERIFY(keeper.ok()); // keeps the WAL from being checkpointed away
        {
            auto writer = Database::open(path, Database::OpenMode::ExistingOnly, key);
            QVERIFY(writer.ok());
            QVERIFY(
                (*writer)->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), QString()).ok());
            CaseRepository repo(**writer, QStringLiteral("tester"));
            for (int i = 0; i < 20; ++i)
                QVERIFY(repo.save(test::sampleCase(QStringLiteral("Wal Example %1").arg(i))).ok());
        }
        const QString wal = path + QStringLiteral("-wal");
        const qint64 frames = (QFileInfo(wal).size() - 32) / (24 + VaultVfs::kPageSize);
        QVERIFY(frames > 10);
        // A page of the last commit, so the newest version of its page (the -wal file carries
        // no lock of SQLite's).
        flipBit(wal, 32 + (frames - 1) * (24 + VaultVfs::kPageSize) + 24 + 100);
        auto reader = Database::open(path, Database::OpenMode::ExistingOnly, key);
        QVERIFY(reader.ok());
        QSqlQuery q((*reader)->connection());
        bool damaged = !q.exec(QStringLiteral("PRAGMA integrity_check"));
        while (!damaged && q.next())
            damaged = q.value(0).toString() != QLatin1String("ok");
        QVERIFY(damaged);
    }

    void theWrongKeyOrNoKeyOpensNothing()
    {
        const SecureKey key = SecureKey::random();
        const QString path = newPath();
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing, key);
            QVERIFY(db.ok());
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto wrong = Database::open(path, Database::OpenMode::ExistingOnly, SecureKey::random());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Integrity);
        auto plain = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(!plain.ok());
        // With its key file beside it, the refusal says what the file is.
        QVERIFY(VaultKeyFile::create(VaultKeyFile::pathFor(path), QStringLiteral("some passphrase"),
            VaultKeyFile::Cost::Fast)
                    .ok());
        auto named = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(!named.ok());
        QVERIFY2(named.error().message.contains(QLatin1String("encrypted")),
            qPrintable(named.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // refused untouched
    }

    void eachPurposeHasItsOwnSubkeyAndPlaintextHasNone()
    {
        const SecureKey key = SecureKey::random();
        auto db = Database::open(newPath(), Database::OpenMode::CreateIfMissing, key);
        QVERIFY(db.ok());
        QVERIFY(db.value()->dataKey());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(db.value()->dataKey()->data()),
                     SecureKey::kSize),
            QByteArray(reinterpret_cast<const char *>(key.data()), SecureKey::kSize));
        QSet<QByteArray> seen {
            QByteArray(reinterpret_cast<const char *>(key.data()), SecureKey::kSize)};
        for (const KeyPurpose purpose :
            {KeyPurpose::Pages, KeyPurpose::EvidenceContent, KeyPurpose::EvidenceNames,
                KeyPurpose::Drafts, KeyPurpose::Thumbnails, KeyPurpose::Backups}) {
            const SecureKey sub = db.value()->subKey(purpose);
            QVERIFY(!sub.isNull());
            QCOMPARE(QByteArray(keyContext(purpose)).size(), 8);
            const QByteArray bytes(reinterpret_cast<const char *>(sub.data()), SecureKey::kSize);
            QVERIFY2(!seen.contains(bytes), keyContext(purpose));
            seen.insert(bytes);
        }

        auto plain = Database::open(newPath(), Database::OpenMode::CreateIfMissing);
        QVERIFY(plain.ok());
        QVERIFY(!plain.value()->dataKey());
        QVERIFY(plain.value()->subKey(KeyPurpose::Drafts).isNull());
    }

    void aFlippedBitOrMovedPageIsDamageNeverOtherData()
    {
        const SecureKey key = SecureKey::random();
        const QString path = newPath();
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing, key);
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            for (int i = 0; i < 200; ++i)
                QVERIFY(repo.save(test::sampleCase(QStringLiteral("Page Filler %1").arg(i))).ok());
        }
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size >= 8 * VaultVfs::kPageSize);
        const QString copy = path + QStringLiteral(".orig");
        QVERIFY(QFile::copy(path, copy));

        const auto integrityFails = [&](const QString &file) {
            auto db = Database::open(file, Database::OpenMode::ExistingOnly, key);
            if (!db.ok())
                return db.error().kind == ErrorKind::Integrity;
            QSqlQuery q((*db)->connection());
            // Reading every page: a check that touches all of them.
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                return true;
            while (q.next()) {
                if (q.value(0).toString() != QLatin1String("ok"))
                    return true;
            }
            return false;
        };
        QVERIFY(!integrityFails(path));

        for (const qint64 page : {qint64(0), qint64(1), size / VaultVfs::kPageSize - 1}) {
            for (const qint64 within : {qint64(10), qint64(VaultVfs::kPageSize - 30),
                     qint64(VaultVfs::kPageSize - 5)}) { // data, nonce, tag
                QFile::remove(path);
                QVERIFY(QFile::copy(copy, path));
                flipBit(path, page * VaultVfs::kPageSize + within);
                QVERIFY2(integrityFails(path),
                    qPrintable(QStringLiteral("page %1 byte %2").arg(page).arg(within)));
            }
        }
        // Two pages swapped: each is bound to its own number.
        QFile::remove(path);
        QVERIFY(QFile::copy(copy, path));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(2 * VaultVfs::kPageSize));
            const QByteArray a = f.read(VaultVfs::kPageSize);
            const QByteArray b = f.read(VaultVfs::kPageSize);
            QVERIFY(f.seek(2 * VaultVfs::kPageSize));
            f.write(b);
            f.write(a);
        }
        QVERIFY(integrityFails(path));
    }
};

QTEST_MAIN(TestVault)
#include "tst_vault.moc"
