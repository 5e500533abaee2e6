// A window's backup job reaches a vault with its key; until backups copy the vault encrypted,
// backing up or restoring one is refused and writes nothing (never a plaintext copy).
#include "crypto/vaultkeyfile.h"
#include "jobrunner.h"
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
        QCOMPARE(args.value(0).toBool(), false);
        QVERIFY(args.value(1).toString().contains(QLatin1String("encrypted")));
        QVERIFY(!QFileInfo::exists(destination));
        QVERIFY(test::filesHolding(dir.path(), marker).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "tst_vaultbackup.moc"
