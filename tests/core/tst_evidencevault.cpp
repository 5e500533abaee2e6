// The evidence store of an encrypted database: sealed files under keyed names. Attach, open,
// verify, export, remove, backups' copy and the conversion of a plaintext store work; nothing of
// a file or its name is readable on disk; every kind of tampering is an Integrity error. Synthetic
// people only; the markers are random.

#include "crypto/securekey.h"
#include "evidence/evidenceexporter.h"
#include "evidence/evidencejob.h"
#include "evidence/evidencekeys.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencestoreconversion.h"
#include "evidence/evidencestorecopy.h"
#include "evidence/evidenceverifier.h"
#include "evidence/sealedfile.h"
#include "evidence/sha256.h"
#include "evidence/storelock.h"
#include "jobrunner.h"
#include "print/evidencethumbnails.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace td;

namespace {

const QString kActor = QStringLiteral("tester");

QString randomMarker()
{
    return QStringLiteral("Zq%1x").arg(QRandomGenerator::system()->generate64(), 0, 36);
}

QByteArray pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (auto &c : out)
        c = char(random.bounded(256));
    return out;
}

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

/// Files under `folder` whose name or bytes hold `marker` (UTF-8 or UTF-16), or the SHA-256.
QStringList filesHolding(const QString &folder, const QList<QByteArray> &needles)
{
    QStringList found;
    QDirIterator it(folder,
        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray name = QFile::encodeName(QDir(folder).relativeFilePath(path));
        QFile f(path);
        const QByteArray bytes
            = it.fileInfo().isFile() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        for (const auto &needle : needles) {
            if (name.contains(needle) || bytes.contains(needle))
                found.append(path);
        }
    }
    return found;
}

QStringList storeFiles(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (relative != StoreLock::fileName())
            out.append(relative);
    }
    out.sort();
    return out;
}

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Rewrites a stored (0400) file.
bool replaceStored(const QString &path, const QByteArray &bytes)
{
    ::chmod(QFile::encodeName(path).constData(), 0600);
    const bool ok = test::writeFile(path, bytes);
    ::chmod(QFile::encodeName(path).constData(), 0400);
    return ok;
}

} // namespace

class TestEvidenceVault : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    QString m_ref;
    QString m_otherRef;

    QString input(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("inputs/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!test::writeFile(path, bytes))
            qWarning("could not write test input");
        return path;
    }
    QString vaultFolder() const { return QDir(m_dir->path()).filePath(QStringLiteral("vault")); }
    EvidenceStore store() { return EvidenceStore(*m_db, kActor); }
    QString root() const { return EvidenceStore::rootFor(m_db->path()); }
    QString storedPath(const QString &sha)
    {
        return root() + QLatin1Char('/') + store().storedName(sha);
    }

    StoredEvidence attach(const QString &reference, const QString &name, const QByteArray &bytes)
    {
        auto attached = store().attach(reference, input(name, bytes), {});
        if (!attached) {
            qWarning("%s", qPrintable(attached.error().message));
            return {};
        }
        return attached->evidence;
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(vaultFolder()));
        auto db = Database::open(QDir(vaultFolder()).filePath(QStringLiteral("cases.sqlite")),
            Database::OpenMode::CreateIfMissing, SecureKey::random());
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
        QVERIFY(m_db->isEncrypted());
        CaseRepository repo(*m_db, kActor);
        auto saved = repo.save(test::minimalCase(QStringLiteral("Test Person One")));
        QVERIFY(saved.ok());
        m_ref = saved->reference;
        auto other = repo.save(test::minimalCase(QStringLiteral("Test Person Two")));
        QVERIFY(other.ok());
        m_otherRef = other->reference;
    }

    void cleanup()
    {
        m_db.reset();
        delete m_dir;
        m_dir = nullptr;
    }

    void attachOpenVerifyExportRemove()
    {
        const QString marker = randomMarker();
        const QByteArray bytes = pseudoRandom(3 * SealedFile::kChunkSize + 77, 1) + marker.toUtf8()
            + utf16(marker) + pseudoRandom(1000, 2);
        const QString name = QStringLiteral("statement-%1.txt").arg(marker);
        const StoredEvidence e = attach(m_ref, name, bytes);
        QVERIFY(e.item.id > 0);
        const QString sha = Sha256::hex(bytes);
        QCOMPARE(e.item.sha256, sha); // rows and custody keep the plaintext's SHA-256
        QCOMPARE(e.item.originalName, name);
        auto custody = store().custody(e.item.id);
        QVERIFY(custody.ok());
        QCOMPARE(custody->first().sha256, sha);

        // Named by a keyed hash: neither the SHA-256 nor the plaintext store's name.
        const QString stored = store().storedName(sha);
        QCOMPARE(storeFiles(root()), QStringList {stored});
        QVERIFY(stored != EvidenceStore::relativePath(sha));
        QVERIFY(!QString(stored).remove(QLatin1Char('/')).contains(sha.left(16)));
        QCOMPARE(QFileInfo(storedPath(sha)).size(), SealedFile::sealedSize(bytes.size()));
        QVERIFY(SealedFile::looksSealed(test::readFile(storedPath(sha))));

        // Nothing of the file, its name or its hash anywhere in the vault's folder.
        QCOMPARE(filesHolding(vaultFolder(),
                     {marker.toUtf8(), utf16(marker), sha.toLatin1(),
                         QByteArray::fromHex(sha.toLatin1())}),
            QStringList());

        // Open: checked, decrypted into memory, recorded; no path to hand out.
        auto opened = store().open(e.item.id, bytes.size());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->content, bytes);
        QVERIFY(opened->complete);
        QVERIFY(opened->path.isEmpty());
        custody = store().custody(e.item.id);
        QCOMPARE(custody->last().action, QStringLiteral("view"));
        QCOMPARE(custody->last().observedSha256, sha);

        // Verify: intact, nothing unexpected.
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->filesChecked, 1);

        // Export writes the plaintext.
        const QString out = QDir(m_dir->path()).filePath(QStringLiteral("export"));
        auto exported = EvidenceExporter(*m_db, kActor).exportCase(m_ref, out);
        QVERIFY(exported.ok());
        QVERIFY2(exported->ok(), qPrintable(exported->problems.join(QLatin1Char('\n'))));
        QCOMPARE(exported->filesWritten, 1);
        QDirIterator files(out, {m_ref + QStringLiteral("-item-001.*")}, QDir::Files);
        QVERIFY(files.hasNext());
        QCOMPARE(test::readFile(files.next()), bytes);

        // The same bytes on another case: stored once (dedup by keyed name).
        const StoredEvidence again = attach(m_otherRef, QStringLiteral("copy.txt"), bytes);
        QVERIFY(again.item.id > 0);
        QCOMPARE(storeFiles(root()), QStringList {stored});
        QVERIFY(store().remove(e.item.id, QStringLiteral("duplicate")).ok());
        QCOMPARE(storeFiles(root()), QStringList {stored});
        QVERIFY(store().remove(again.item.id, QStringLiteral("not needed")).ok());
        QCOMPARE(storeFiles(root()), QStringList());
        report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok() && report->ok());
    }

    void strayAndMissingFilesAreReported()
    {
        const QByteArray bytes = pseudoRandom(5000, 3);
        const StoredEvidence e = attach(m_ref, QStringLiteral("a.bin"), bytes);
        const QString sha = e.item.sha256;
        // A file in the plaintext layout (the raw hash) is not the item's: stray; the item's own
        // keyed file is what verify reads.
        const QString plainName = root() + QLatin1Char('/') + EvidenceStore::relativePath(sha);
        QDir().mkpath(QFileInfo(plainName).absolutePath());
        QVERIFY(test::writeFile(plainName, bytes));
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QCOMPARE(report->unexpected, 1);
        QCOMPARE(report->changed, 0);
        QVERIFY(QFile::remove(plainName));
        QVERIFY(QFile::remove(storedPath(sha)));
        report = EvidenceVerifier(*m_db, kActor).run();
        QCOMPARE(report->missing, 1);
        QVERIFY(!store().open(e.item.id).ok());
    }

    void tamperingIsAnIntegrityError_data()
    {
        QTest::addColumn<QString>("how");
        for (const char *how : {"flip-first-chunk", "flip-middle-chunk", "flip-last-chunk",
                 "flip-header", "truncate-at-chunk", "truncate-inside", "append-chunk",
                 "swap-files", "plaintext-in-place"})
            QTest::newRow(how) << QString::fromLatin1(how);
    }
    void tamperingIsAnIntegrityError()
    {
        QFETCH(QString, how);
        const QByteArray bytes = png(300, 200) + pseudoRandom(3 * SealedFile::kChunkSize, 4);
        const QByteArray otherBytes = pseudoRandom(3 * SealedFile::kChunkSize + 10, 5);
        const StoredEvidence e = attach(m_ref, QStringLiteral("photo.png"), bytes);
        const StoredEvidence other = attach(m_ref, QStringLiteral("other.bin"), otherBytes);
        QVERIFY(e.item.id > 0 && other.item.id > 0);
        QVERIFY(!EvidenceThumbnails(*m_db).thumbnail(e.item.sha256, QSize(48, 48)).isNull());

        const QString path = storedPath(e.item.sha256);
        const QString otherPath = storedPath(other.item.sha256);
        QByteArray sealed = test::readFile(path);
        const QByteArray otherSealed = test::readFile(otherPath);
        const qint64 header = SealedFile::kHeaderSize;
        const qint64 chunk = SealedFile::kSealedChunkSize;
        if (how == QLatin1String("flip-first-chunk"))
            sealed[header + 100] = char(sealed[header + 100] ^ 1);
        else if (how == QLatin1String("flip-middle-chunk"))
            sealed[header + 2 * chunk + 5] = char(sealed[header + 2 * chunk + 5] ^ 0x80);
        else if (how == QLatin1String("flip-last-chunk"))
            sealed[sealed.size() - 1] = char(sealed[sealed.size() - 1] ^ 4);
        else if (how == QLatin1String("flip-header"))
            sealed[10] = char(sealed[10] ^ 2);
        else if (how == QLatin1String("truncate-at-chunk"))
            sealed.truncate(header + 3 * chunk);
        else if (how == QLatin1String("truncate-inside"))
            sealed.chop(20);
        else if (how == QLatin1String("append-chunk"))
            sealed += otherSealed.mid(header + chunk, chunk);
        else if (how == QLatin1String("swap-files")) {
            QVERIFY(replaceStored(otherPath, sealed));
            sealed = otherSealed;
        } else if (how == QLatin1String("plaintext-in-place"))
            sealed = bytes;
        QVERIFY(replaceStored(path, sealed));

        // Open refuses (and records the failed view); nothing is handed out.
        auto opened = store().open(e.item.id, bytes.size());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Integrity);
        // Verify reports the damage.
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY(!report->ok());
        QCOMPARE(report->changed, how == QLatin1String("swap-files") ? 2 : 1);
        // Export does not hand it over.
        auto exported = EvidenceExporter(*m_db, kActor)
                            .exportCase(m_ref, QDir(m_dir->path()).filePath(QStringLiteral("out")));
        QVERIFY(exported.ok());
        QVERIFY(!exported->ok());
        QCOMPARE(exported->filesWritten, how == QLatin1String("swap-files") ? 0 : 1);
        // No thumbnail from damaged bytes.
        QVERIFY(EvidenceThumbnails(*m_db).thumbnail(e.item.sha256, QSize(48, 48)).isNull());
        // A backup's copy refuses it too.
        auto rows = EvidenceStoreCopy::storedRows(*m_db);
        QVERIFY(rows.ok());
        auto checked = EvidenceStoreCopy::copy(rows.value(), store().keys(), root(), QString());
        QVERIFY(checked.ok());
        QVERIFY(!checked->ok());
    }

    void thumbnailsAndBackupCopyWork()
    {
        const QByteArray image = png(640, 480);
        const StoredEvidence e = attach(m_ref, QStringLiteral("photo.png"), image);
        const QImage thumb = EvidenceThumbnails(*m_db).thumbnail(e.item.sha256, QSize(64, 64));
        QCOMPARE(thumb.size(), QSize(64, 48));
        // A plaintext reader (no keys) finds nothing under the raw hash.
        EvidenceThumbnails plain(root(), EvidenceKeys());
        QVERIFY(plain.thumbnail(e.item.sha256, QSize(64, 64)).isNull());

        // The backup's copy: the sealed file as it is, under the same name, checked on the way.
        auto rows = EvidenceStoreCopy::storedRows(*m_db);
        QVERIFY(rows.ok());
        const QString dest = QDir(m_dir->path()).filePath(QStringLiteral("copy.evidence"));
        QVERIFY(QDir().mkpath(dest));
        auto copied = EvidenceStoreCopy::copy(rows.value(), store().keys(), root(), dest);
        QVERIFY(copied.ok());
        QVERIFY2(copied->ok(), qPrintable(copied->problems.join(QLatin1Char('\n'))));
        const QString name = store().storedName(e.item.sha256);
        QCOMPARE(storeFiles(dest), QStringList {name});
        QCOMPARE(test::readFile(dest + QLatin1Char('/') + name),
            test::readFile(storedPath(e.item.sha256)));
    }

    void jobsOpenTheVaultWithItsKey()
    {
        const QByteArray bytes = pseudoRandom(2 * SealedFile::kChunkSize + 9, 7);
        auto *attachJob = EvidenceJob::attach(
            m_db->path(), m_ref, {input(QStringLiteral("j.bin"), bytes)}, {}, kActor);
        attachJob->setDataKey(m_db->dataKey());
        const auto attached = test::runJob(attachJob, &EvidenceJob::finished);
        delete attachJob;
        QVERIFY2(!attached.isEmpty() && attached.at(0).toBool(),
            attached.isEmpty() ? "" : qPrintable(attached.at(1).toStringList().join('\n')));
        auto items = store().items(m_ref);
        QVERIFY(items.ok() && items->size() == 1);
        const qint64 id = items->first().item.id;

        auto *openJob = EvidenceJob::open(m_db->path(), id, kActor, bytes.size());
        openJob->setDataKey(m_db->dataKey());
        OpenedEvidence shown;
        QObject receiver;
        connect(openJob, &EvidenceJob::opened, &receiver,
            [&shown](qint64, const OpenedEvidence &opened) { shown = opened; });
        const auto opened = test::runJob(openJob, &EvidenceJob::finished);
        delete openJob;
        QVERIFY(!opened.isEmpty() && opened.at(0).toBool());
        QTRY_COMPARE(shown.content, bytes);
        QVERIFY(shown.path.isEmpty());

        // Without the key the job cannot even open the database.
        auto *locked = EvidenceJob::verify(m_db->path(), kActor);
        const auto refused = test::runJob(locked, &EvidenceJob::finished);
        delete locked;
        QVERIFY(!refused.isEmpty() && !refused.at(0).toBool());
    }

    void importedDetailsGetTheirFileSealed()
    {
        // An interchange import brings the details without the file; attaching the bytes
        // completes the item, sealed.
        const QByteArray bytes = pseudoRandom(4000, 8);
        CaseFile c = test::minimalCase(QStringLiteral("Test Person Four"));
        EvidenceItem item;
        item.originalName = QStringLiteral("imported.bin");
        item.mediaType = QStringLiteral("application/octet-stream");
        item.sizeBytes = bytes.size();
        item.sha256 = Sha256::hex(bytes);
        c.evidence.append(item);
        auto saved = CaseRepository(*m_db, kActor).save(c);
        QVERIFY(saved.ok());
        auto attached = store().attach(saved->reference, input(QStringLiteral("i.bin"), bytes), {});
        QVERIFY(attached.ok());
        QCOMPARE(attached->outcome, AttachResult::Outcome::FileAdded);
        QCOMPARE(storeFiles(root()), QStringList {store().storedName(item.sha256)});
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok() && report->ok());
    }

    void plaintextStoreIsConverted()
    {
        // A plaintext database with evidence, as it is today.
        const QString plainFolder = QDir(m_dir->path()).filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(plainFolder));
        auto plainDb = Database::open(QDir(plainFolder).filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(plainDb.ok());
        CaseRepository plainRepo(**plainDb, kActor);
        auto saved = plainRepo.save(test::minimalCase(QStringLiteral("Test Person Three")));
        QVERIFY(saved.ok());
        const QString marker = randomMarker();
        const QByteArray photo = png(200, 100);
        const QByteArray letter = pseudoRandom(2 * SealedFile::kChunkSize + 3, 6) + marker.toUtf8();
        EvidenceStore plainStore(**plainDb, kActor);
        QVERIFY(
            plainStore.attach(saved->reference, input(QStringLiteral("p.png"), photo), {}).ok());
        QVERIFY(
            plainStore.attach(saved->reference, input(QStringLiteral("l.txt"), letter), {}).ok());
        const QString plainRoot = plainStore.root();
        const QStringList plainFiles = storeFiles(plainRoot);
        QCOMPARE(plainFiles.size(), 2);
        QVERIFY(plainFiles.contains(EvidenceStore::relativePath(Sha256::hex(letter))));

        // The vault holds the same rows (the conversion of the database copies them).
        auto loaded = plainRepo.loadByReference(saved->reference);
        QVERIFY(loaded.ok());
        CaseRepository vaultRepo(*m_db, kActor);
        CaseFile copy = test::withoutIds(loaded.value());
        copy.reference.clear(); // the vault has cases of its own
        auto copiedCase = vaultRepo.save(copy);
        QVERIFY(copiedCase.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE evidence SET in_store = 1")));
        QVERIFY(!QFileInfo::exists(root()));

        // A damaged plaintext file stops the conversion; nothing is placed.
        const QString letterPlain
            = plainRoot + QLatin1Char('/') + EvidenceStore::relativePath(Sha256::hex(letter));
        QVERIFY(replaceStored(letterPlain, letter + "x"));
        auto refused = EvidenceStoreConversion::encryptStore(*m_db, plainRoot);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Integrity);
        QVERIFY(!QFileInfo::exists(root()));
        QVERIFY(replaceStored(letterPlain, letter));

        qint64 lastDone = -1;
        auto converted = EvidenceStoreConversion::encryptStore(
            *m_db, plainRoot, [&lastDone](qint64 done, qint64) {
                lastDone = done;
                return true;
            });
        QVERIFY2(converted.ok(), converted.ok() ? "" : qPrintable(converted.error().message));
        QVERIFY(lastDone > 0);
        QCOMPARE(storeFiles(root()).size(), 2);
        QVERIFY(!storeFiles(root()).contains(EvidenceStore::relativePath(Sha256::hex(letter))));
        QCOMPARE(
            filesHolding(root(), {marker.toUtf8(), Sha256::hex(letter).toLatin1()}), QStringList());
        // No staging folder left beside it.
        QCOMPARE(QDir(vaultFolder()).entryList({QStringLiteral("*.sealing-*")}, QDir::AllEntries),
            QStringList());
        auto report = EvidenceVerifier(*m_db, kActor).run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1Char('\n'))));
        QCOMPARE(report->filesChecked, 2);
        auto items = store().items(copiedCase->reference);
        QVERIFY(items.ok());
        for (const auto &item : items.value()) {
            auto opened = store().open(item.item.id, item.item.sizeBytes);
            QVERIFY(opened.ok());
            QCOMPARE(Sha256::hex(opened->content), item.item.sha256);
        }
        // The plaintext store is untouched until the caller removes it.
        QCOMPARE(storeFiles(plainRoot), plainFiles);
        // Running again (after a crash once it was placed) is done, not an error.
        QVERIFY(EvidenceStoreConversion::encryptStore(*m_db, plainRoot).ok());
        QVERIFY(EvidenceStoreConversion::removePlainStore(plainRoot).ok());
        QVERIFY(!QFileInfo::exists(plainRoot));
    }
};

QTEST_MAIN(TestEvidenceVault)
#include "tst_evidencevault.moc"
