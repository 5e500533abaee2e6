// VaultConversion: encrypting a plaintext database in place, cancelling it, and recovering from a
// crash at each point of the switch (docs/encryption.md, "Encrypting an existing database").
#include "crypto/vaultkeyfile.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/vaultconversion.h"
#include "testcases.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

constexpr auto kPassphrase = "fictional test passphrase";

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestVaultConversion : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::databasePath(*m_dir);
        auto opened = Database::open(m_db);
        QVERIFY(opened);
        CaseRepository repository(**opened, QStringLiteral("tester"));
        QVERIFY(repository.save(test::sampleCase(QStringLiteral("Farida Example"))).ok());
        QVERIFY(repository.save(test::minimalCase(QStringLiteral("Second Example"))).ok());
    }

    void encryptsAndHandsOverTheRecoveryKeyOnce()
    {
        int recoveryKeys = 0;
        QList<VaultConversion::Step> steps;
        VaultConversion::Callbacks callbacks;
        callbacks.progress = [&steps](VaultConversion::Step step, int) {
            if (steps.isEmpty() || steps.last() != step)
                steps.append(step);
            return true;
        };
        callbacks.keepRecoveryKey = [&recoveryKeys](const QString &key) -> Status {
            ++recoveryKeys;
            return key.count(QLatin1Char('-')) == 12 ? Status() : Error {ErrorKind::BadInput, {}};
        };
        const Status s = VaultConversion::encrypt(
            m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(recoveryKeys, 1);
        QVERIFY(steps.contains(VaultConversion::Step::Verifying));
        QCOMPARE(steps.last(), VaultConversion::Step::Switching);
        QVERIFY(!VaultConversion::interrupted(m_db));

        QVERIFY(!Database::open(m_db).ok()); // no longer plaintext
        auto key = VaultKeyFile::unlock(VaultKeyFile::pathFor(m_db), QLatin1String(kPassphrase));
        QVERIFY(key);
        auto vault = Database::open(m_db, Database::OpenMode::ExistingOnly, *key);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QCOMPARE(test::countCases(**vault), 2);
        CaseRepository repository(**vault, QStringLiteral("tester"));
        QCOMPARE(repository.search(QStringLiteral("Farida"), 10)->size(), 1);
    }

    // Nothing but the journal mode in the header: the original is checkpointed out of WAL mode
    // first, and the next open switches it back.
    void aCancelOrAFailureChangesNothing()
    {
        const QStringList namesBefore = namesIn(m_dir->path());
        for (const auto stopAt : {VaultConversion::Step::Copying, VaultConversion::Step::Verifying,
                 VaultConversion::Step::Switching}) {
            VaultConversion::Callbacks callbacks;
            callbacks.progress
                = [stopAt](VaultConversion::Step step, int) { return step != stopAt; };
            QVERIFY(!VaultConversion::encrypt(
                m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks));
            QCOMPARE(namesIn(m_dir->path()), namesBefore);
        }
        VaultConversion::Callbacks refuse;
        refuse.keepRecoveryKey = [](const QString &) -> Status {
            return Error {ErrorKind::Io, QStringLiteral("no room")};
        };
        QVERIFY(!VaultConversion::encrypt(
            m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, refuse));
        QCOMPARE(namesIn(m_dir->path()), namesBefore);
        auto opened = Database::open(m_db);
        QVERIFY(opened);
        QCOMPARE(test::countCases(**opened), 2);
    }

    void anInterruptedCopyIsUndone()
    {
        // The state of a crash while the copy was written: staging file and key file only.
        const QString staging = VaultConversion::stagingPath(m_db);
        QVERIFY(test::writeFile(staging, QByteArray(8192, 'x')));
        QVERIFY(VaultKeyFile::create(
            VaultKeyFile::pathFor(staging), QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast));
        const QByteArray before = test::sha256Hex(m_db);
        QVERIFY(VaultConversion::interrupted(m_db));
        auto recovered = VaultConversion::recover(m_db);
        QVERIFY(recovered);
        QCOMPARE(recovered.value(), VaultConversion::Recovered::Undone);
        QVERIFY(!VaultConversion::interrupted(m_db));
        QVERIFY(!QFileInfo::exists(VaultKeyFile::pathFor(m_db)));
        QCOMPARE(test::sha256Hex(m_db), before);
        auto opened = Database::open(m_db);
        QVERIFY(opened);
        QCOMPARE(test::countCases(**opened), 2);
    }

    void aCrashBetweenTheRenamesIsFinished()
    {
        // The state of a crash after the key file was put in place and before the vault was:
        // a verified copy at the staging name, the key file at the database's.
        const QString staging = VaultConversion::stagingPath(m_db);
        auto created = VaultKeyFile::create(
            VaultKeyFile::pathFor(m_db), QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast);
        QVERIFY(created);
        const Status copied = VaultConversion::copyFileToVault(m_db, staging, created->dataKey);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        QVERIFY(VaultConversion::interrupted(m_db));
        auto recovered = VaultConversion::recover(m_db);
        QVERIFY(recovered);
        QCOMPARE(recovered.value(), VaultConversion::Recovered::Finished);
        QVERIFY(!VaultConversion::interrupted(m_db));
        auto vault = Database::open(m_db, Database::OpenMode::ExistingOnly, created->dataKey);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QCOMPARE(test::countCases(**vault), 2);
    }

    void refusedWhileAnotherConnectionHasItOpen()
    {
        auto other = Database::open(m_db);
        QVERIFY(other);
        QCOMPARE(test::countCases(**other), 2); // a read: it holds the file as the app does
        const QStringList namesBefore = namesIn(m_dir->path());
        const Status s
            = VaultConversion::encrypt(m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("open in TrustDesk")),
            qPrintable(s.error().message));
        QCOMPARE(namesIn(m_dir->path()), namesBefore);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestVaultConversion)
#include "tst_vaultconversion.moc"
