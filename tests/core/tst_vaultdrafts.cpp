// Drafts beside a vault are sealed: nothing typed is readable on disk, a changed draft is kept
// aside instead of being loaded, and a plaintext database keeps its JSON drafts.
#include "crypto/vaultkeyfile.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "testcases.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

QString randomMarker()
{
    QString m = QStringLiteral("Qz");
    for (int i = 0; i < 14; ++i)
        m.append(QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26))));
    return m;
}

Draft markedDraft(const QString &marker)
{
    Draft d;
    d.id = DraftStore::newId();
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.caseFile = test::sampleCase(QStringLiteral("Amina %1").arg(marker));
    d.caseFile.client.aNumber = QStringLiteral("A%1").arg(marker);
    d.caseFile.incidents[0].narrative = QStringLiteral("Asked about %1.").arg(marker);
    return d;
}

} // namespace

class TestVaultDrafts : public QObject
{
    Q_OBJECT

private slots:
    void draftsOfAVaultAreSealedAndComeBack()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        auto created = VaultKeyFile::create(
            VaultKeyFile::pathFor(path), QStringLiteral("vault pass 1"), VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, created->dataKey);
        QVERIFY(db.ok());
        DraftStore store(**db);
        QVERIFY(store.isEncrypted());
        const QString marker = randomMarker();
        const Draft draft = markedDraft(marker);
        QVERIFY(store.save(draft).ok());

        QVERIFY2(test::filesWithMarker(store.folder(), marker).isEmpty(), "a draft is readable");
        QVERIFY(
            !QFileInfo::exists(QDir(store.folder()).filePath(draft.id + QStringLiteral(".json"))));
        const QString sealed = QDir(store.folder()).filePath(draft.id + QStringLiteral(".tddraft"));
        QCOMPARE(
            QFile::permissions(sealed) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(test::readFile(sealed).left(5), QByteArray("TDDR\x01"));

        // The same vault opened again (its key unwrapped anew) reads it back.
        db.value().reset();
        auto key
            = VaultKeyFile::unlock(VaultKeyFile::pathFor(path), QStringLiteral("vault pass 1"));
        QVERIFY(key.ok());
        auto reopened = Database::open(path, Database::OpenMode::ExistingOnly, *key);
        QVERIFY(reopened.ok());
        const QList<Draft> drafts = DraftStore(**reopened).list(DraftStore::Live::Include);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts[0].caseFile.client.aNumber, draft.caseFile.client.aNumber);
        QCOMPARE(drafts[0].caseFile.incidents[0].narrative, draft.caseFile.incidents[0].narrative);

        // Without the key (a plaintext store on the same folder), nothing is read.
        QVERIFY(DraftStore(path).list(DraftStore::Live::Include).isEmpty());
    }

    void aChangedDraftIsKeptAsideNotLoaded()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        DraftStore store(path, SecureKey::random());
        const Draft draft = markedDraft(randomMarker());
        QVERIFY(store.save(draft).ok());
        const QString file = QDir(store.folder()).filePath(draft.id + QStringLiteral(".tddraft"));
        QByteArray bytes = test::readFile(file);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(test::writeFile(file, bytes));

        QStringList aside;
        QVERIFY(store.list(DraftStore::Live::Include, &aside).isEmpty());
        QCOMPARE(aside, QStringList {file + QStringLiteral(".damaged")});
        QVERIFY(QFileInfo::exists(file + QStringLiteral(".damaged")));
        QVERIFY(!QFileInfo::exists(file));
    }

    void aDraftUnderAnotherNameDoesNotOpen()
    {
        // The id is bound in: one draft copied over another's name is not taken for it.
        QTemporaryDir dir;
        DraftStore store(test::databasePath(dir), SecureKey::random());
        const Draft draft = markedDraft(randomMarker());
        QVERIFY(store.save(draft).ok());
        const QString other = DraftStore::newId();
        QVERIFY(QFile::rename(QDir(store.folder()).filePath(draft.id + QStringLiteral(".tddraft")),
            QDir(store.folder()).filePath(other + QStringLiteral(".tddraft"))));
        QStringList aside;
        QVERIFY(store.list(DraftStore::Live::Include, &aside).isEmpty());
        QCOMPARE(aside.size(), 1);
    }

    void anotherKeyOpensNothing()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        QVERIFY(DraftStore(path, SecureKey::random()).save(markedDraft(randomMarker())).ok());
        QStringList aside;
        QVERIFY(DraftStore(path, SecureKey::random())
                    .list(DraftStore::Live::Include, &aside)
                    .isEmpty());
        QCOMPARE(aside.size(), 1);
    }

    void plaintextLeftoversAreSealed()
    {
        // Drafts from before the database was encrypted: sealed, and the plaintext file gone.
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        const QString marker = randomMarker();
        const Draft draft = markedDraft(marker);
        QVERIFY(DraftStore(path).save(draft).ok());
        DraftStore sealed(path, SecureKey::random());
        QVERIFY(sealed.list(DraftStore::Live::Include).isEmpty()); // never read as plaintext
        QCOMPARE(sealed.sealPlaintextLeftovers(), 1);
        QVERIFY(test::filesWithMarker(sealed.folder(), marker).isEmpty());
        const QList<Draft> drafts = sealed.list(DraftStore::Live::Include);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts[0].caseFile.client.aNumber, draft.caseFile.client.aNumber);
        QCOMPARE(DraftStore(path).sealPlaintextLeftovers(), 0); // a plaintext store: nothing
    }

    void plaintextDatabasesKeepJsonDrafts()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        DraftStore store(**db);
        QVERIFY(!store.isEncrypted());
        const Draft draft = markedDraft(randomMarker());
        QVERIFY(store.save(draft).ok());
        QVERIFY(
            QFileInfo::exists(QDir(store.folder()).filePath(draft.id + QStringLiteral(".json"))));
        QCOMPARE(DraftStore(path).list(DraftStore::Live::Include).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultDrafts)
#include "tst_vaultdrafts.moc"
