// A window's backup job reaches a vault with the window's key, and what it writes is the vault
// still encrypted (never a plaintext copy of its pages).
#include "crypto/vaultkeyfile.h"
#include "jobrunner.h"
#include "storage/backup.h"
#include "storage/backupjob.h"
#include "storage/caserepository.h"
#include "storage/databasesession.h"
#include "testcases.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;

class TestVaultBackup : public QObject
{
    Q_OBJECT

private slots:
    void aVaultIsNeverBackedUpInTheClear()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        auto created = VaultKeyFile::create(
            VaultKeyFile::pathFor(path), QStringLiteral("backup pass 1"), VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        const QString marker
            = QStringLiteral("Zqbackup%1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing, created->dataKey);
            QVERIFY(db.ok());
            QVERIFY(CaseRepository(**db, QStringLiteral("tester"))
                        .save(test::minimalCase(QStringLiteral("Backup %1").arg(marker)))
                        .ok());
        }
        const DatabaseSession session(
            path, std::make_shared<const SecureKey>(std::move(created->dataKey)));
        const QString destination = dir.filePath(QStringLiteral("copy.trustdesk"));
        std::unique_ptr<BackupJob> job(BackupJob::create(session, destination));
        const QList<QVariant> args = test::runJob(job.get(), &BackupJob::finished);
        QVERIFY2(args.value(0).toBool(), qPrintable(args.value(1).toString()));
        QVERIFY(QFileInfo::exists(destination));
        QVERIFY(QFileInfo::exists(Backup::keyFileOf(destination)));
        QVERIFY2(test::filesWithMarker(dir.path(), marker).isEmpty(), "a readable copy");
    }
};

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "tst_vaultbackup.moc"
