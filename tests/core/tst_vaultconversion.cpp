// VaultConversion: encrypting a plaintext database in place (with its evidence store), cancelling
// it, and recovering from a crash at each point, including a real SIGKILL of a forked child at
// every step (docs/encryption.md, "Encrypting an existing database").
#include "crypto/vaultkeyfile.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencestoreconversion.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/vaultconversion.h"
#include "testcases.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

using namespace td;

namespace {

constexpr auto kPassphrase = "fictional test passphrase";
constexpr auto kMarker = "QvZt8-fictional-marker-k3J9";

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

    void aDatabaseWithEvidenceFilesIsNotConvertedWithoutTheEvidenceStep()
    {
        attachEvidence();
        const QByteArray before = test::readFile(m_db);
        const QStringList namesBefore = namesIn(m_dir->path());
        const Status s
            = VaultConversion::encrypt(m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::BadInput);
        QVERIFY2(
            s.error().message.contains(QLatin1String("evidence")), qPrintable(s.error().message));
        QCOMPARE(namesIn(m_dir->path()), namesBefore);
        QCOMPARE(test::readFile(m_db), before);
    }

    void theEvidenceIsSealedAndThePlaintextStoreDeleted()
    {
        const QByteArray content = attachEvidence();
        VaultConversion::Callbacks callbacks;
        callbacks.evidence = EvidenceStoreConversion::sealForConversion;
        bool sawEvidence = false;
        callbacks.progress = [&sawEvidence](VaultConversion::Step step, int) {
            sawEvidence = sawEvidence || step == VaultConversion::Step::Evidence;
            return true;
        };
        const Status s = VaultConversion::encrypt(
            m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QVERIFY(sawEvidence);
        checkConverted(content);
    }

    void aCancelInTheEvidenceStepChangesNothing()
    {
        attachEvidence();
        const QStringList namesBefore = namesIn(m_dir->path());
        const QStringList storeBefore = filesUnder(EvidenceStore::rootFor(m_db));
        VaultConversion::Callbacks callbacks;
        callbacks.evidence = EvidenceStoreConversion::sealForConversion;
        callbacks.progress = [](VaultConversion::Step step, int percent) {
            return step != VaultConversion::Step::Evidence || percent < 50;
        };
        QVERIFY(!VaultConversion::encrypt(
            m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks));
        QCOMPARE(namesIn(m_dir->path()), namesBefore);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList {QFileInfo(EvidenceStore::rootFor(m_db)).fileName()});
        QCOMPARE(filesUnder(EvidenceStore::rootFor(m_db)), storeBefore);
    }

    // A real crash: a forked child runs the conversion and is killed with SIGKILL at one point of
    // it; recover() then undoes it (before the key file is in place) or finishes it (after).
    void aKillAtAnyPointIsRecovered_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("finished");
        using S = VaultConversion::Step;
        QTest::newRow("checking") << int(S::Checking) << 0 << false;
        QTest::newRow("copying") << int(S::Copying) << 0 << false;
        QTest::newRow("verifying") << int(S::Verifying) << 0 << false;
        QTest::newRow("evidence started") << int(S::Evidence) << 0 << false;
        QTest::newRow("evidence half sealed") << int(S::Evidence) << 40 << false;
        QTest::newRow("before the switch") << int(S::Switching) << 0 << false;
        QTest::newRow("key file in place") << int(S::Switching) << 25 << true;
        QTest::newRow("sealed store in place") << int(S::Switching) << 50 << true;
        QTest::newRow("vault in place") << int(S::Switching) << 75 << true;
    }

    void aKillAtAnyPointIsRecovered()
    {
        QFETCH(int, step);
        QFETCH(int, percent);
        QFETCH(bool, finished);
        const QByteArray content = attachEvidence();
        const QByteArray plainBefore = test::readFile(m_db);
        const QStringList storeBefore = filesUnder(EvidenceStore::rootFor(m_db));

        const pid_t child = ::fork();
        if (child == 0) {
            VaultConversion::Callbacks callbacks;
            callbacks.evidence = EvidenceStoreConversion::sealForConversion;
            callbacks.progress = [step, percent](VaultConversion::Step at, int p) {
                if (int(at) == step && p >= percent)
                    ::kill(::getpid(), SIGKILL);
                return true;
            };
            (void)VaultConversion::encrypt(
                m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks);
            ::_exit(0); // not reached when the kill point was
        }
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child was not killed");

        if (step != int(VaultConversion::Step::Checking))
            QVERIFY(VaultConversion::interrupted(m_db));
        auto recovered = VaultConversion::recover(m_db);
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
        QVERIFY(!VaultConversion::interrupted(m_db));
        QVERIFY(
            !QFileInfo::exists(VaultConversion::stagingPath(m_db) + QStringLiteral(".evidence")));
        if (finished) {
            QCOMPARE(recovered.value(), VaultConversion::Recovered::Finished);
            checkConverted(content);
            return;
        }
        QVERIFY(recovered.value() != VaultConversion::Recovered::Finished);
        QVERIFY(!QFileInfo::exists(VaultKeyFile::pathFor(m_db)));
        QCOMPARE(filesUnder(EvidenceStore::rootFor(m_db)), storeBefore);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList {QFileInfo(EvidenceStore::rootFor(m_db)).fileName()});
        {
            auto opened = Database::open(m_db);
            QVERIFY(opened);
            QCOMPARE(test::countCases(**opened), 2);
        }
        // And the conversion runs through afterwards.
        VaultConversion::Callbacks callbacks;
        callbacks.evidence = EvidenceStoreConversion::sealForConversion;
        const Status again = VaultConversion::encrypt(
            m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        checkConverted(content);
        Q_UNUSED(plainBefore)
    }

    // The one point of the switch no progress report reaches: killed after the plaintext store
    // was moved aside and before the sealed one took its name.
    void aCrashBetweenTheEvidenceRenamesIsFinished()
    {
        const QByteArray content = attachEvidence();
        const pid_t child = ::fork();
        if (child == 0) {
            VaultConversion::Callbacks callbacks;
            callbacks.evidence = EvidenceStoreConversion::sealForConversion;
            callbacks.progress = [](VaultConversion::Step at, int p) {
                if (at == VaultConversion::Step::Switching && p >= 25)
                    ::kill(::getpid(), SIGKILL);
                return true;
            };
            (void)VaultConversion::encrypt(
                m_db, QLatin1String(kPassphrase), VaultKeyFile::Cost::Fast, callbacks);
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        const QString store = EvidenceStore::rootFor(m_db);
        QVERIFY(QDir().rename(store, store + QStringLiteral(".unencrypted")));
        QVERIFY(VaultConversion::interrupted(m_db));
        auto recovered = VaultConversion::recover(m_db);
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
        QCOMPARE(recovered.value(), VaultConversion::Recovered::Finished);
        checkConverted(content);
    }

private:
    // A file with the marker attached to the first case; returns its content.
    QByteArray attachEvidence()
    {
        auto opened = Database::open(m_db);
        if (!opened)
            return {};
        const QString file = m_dir->filePath(QStringLiteral("statement-%1.txt").arg(kMarker));
        const QByteArray content = QByteArray("a fictional statement ") + kMarker;
        if (!test::writeFile(file, content))
            return {};
        const auto reference
            = CaseRepository(**opened, QStringLiteral("tester")).referencesOf(QList<qint64> {1});
        if (!reference.ok() || reference->isEmpty())
            return {};
        const auto attached = EvidenceStore(**opened, QStringLiteral("tester"))
                                  .attach(reference->constFirst(), file, {});
        if (!attached)
            return {};
        m_evidenceId = attached->evidence.item.id;
        QFile::remove(file);
        return content;
    }

    // The vault is in place with its evidence sealed: it opens with the passphrase, the file reads
    // back, nothing on disk holds the marker, and no plaintext or staging store is left.
    void checkConverted(const QByteArray &content)
    {
        QVERIFY(!content.isEmpty());
        QVERIFY(!VaultConversion::interrupted(m_db));
        auto key = VaultKeyFile::unlock(VaultKeyFile::pathFor(m_db), QLatin1String(kPassphrase));
        QVERIFY(key);
        auto vault = Database::open(m_db, Database::OpenMode::ExistingOnly, *key);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QCOMPARE(test::countCases(**vault), 2);
        EvidenceStore store(**vault, QStringLiteral("tester"));
        const auto opened = store.open(m_evidenceId, 1 << 20);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened->content, content);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList {QFileInfo(EvidenceStore::rootFor(m_db)).fileName()});
        QCOMPARE(test::filesWithMarker(m_dir->path(), QLatin1String(kMarker)), QStringList());
    }

    static QStringList filesUnder(const QString &folder)
    {
        QStringList out;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(
                it.next() + QLatin1Char(' ') + QString::fromLatin1(test::sha256Hex(it.filePath())));
        out.sort();
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    qint64 m_evidenceId = 0;
};

QTEST_GUILESS_MAIN(TestVaultConversion)
#include "tst_vaultconversion.moc"
