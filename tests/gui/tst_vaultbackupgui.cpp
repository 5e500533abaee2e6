// File › Restore from Backup… with encrypted backups: a backup of the open vault is checked and
// restored with the key already unlocked; another vault's backup asks for its own passphrase (or
// recovery key) in the lock screen's field, and a cancel there changes nothing; an encrypted
// backup is never restored into a plaintext database.
#include "backup/backupkeydialog.h"
#include "common/settings.h"
#include "crypto/vaultkeyfile.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "mainwindow.h"
#include "security/lockscreen.h"
#include "storage/backup.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("the office vault passphrase");
const QString kOtherPassphrase = QStringLiteral("another office's passphrase");

int caseRows(MainWindow &window)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    return table && table->model() ? table->model()->rowCount() : -1;
}

// A vault at `path` holding `cases` fictional cases, backed up (encrypted) to `backup`.
bool makeVaultWithBackup(
    const QString &path, const QString &passphrase, int cases, const QString &backup)
{
    auto created
        = VaultKeyFile::create(VaultKeyFile::pathFor(path), passphrase, VaultKeyFile::Cost::Fast);
    if (!created)
        return false;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, created->dataKey);
    if (!db)
        return false;
    CaseRepository repository(**db, QStringLiteral("tester"));
    for (int i = 0; i < cases; ++i)
        if (!repository.save(test::minimalCase(QStringLiteral("Backup Person %1").arg(i))).ok())
            return false;
    return Backup::create(**db, backup).ok();
}

} // namespace

class TestVaultBackupGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_ownBackup;
    QString m_otherBackup;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // Drives the backup key dialog when it shows: each secret in turn, then Cancel if `cancel`.
    // Returns how many times it saw the dialog.
    int restoreWithKeyDialog(const QString &backup, const QStringList &secrets, bool cancel)
    {
        int shown = 0;
        int typed = 0;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = m_window->findChild<BackupKeyDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
            if (!field->isEnabled())
                return; // unwrapping, or waiting after a wrong try
            if (shown == 0)
                shown = 1;
            if (typed < secrets.size()) {
                if (!field->text().isEmpty())
                    return;
                QTest::keyClicks(field, secrets.at(typed++));
                // The first with the Unlock button, the next with Return in the field.
                if (typed == 1)
                    QTest::mouseClick(
                        dialog->findChild<QPushButton *>(QStringLiteral("unlockPushButton")),
                        Qt::LeftButton);
                else
                    QTest::keyClick(field, Qt::Key_Return);
            } else if (cancel) {
                QTest::mouseClick(
                    dialog->findChild<QPushButton *>(QStringLiteral("backupKeyCancelPushButton")),
                    Qt::LeftButton);
            }
        });
        driver.start(10);
        FileDialog::setNextFileName(backup);
        Questions::setNextAnswer(0); // Replace with Backup
        MessageBox::acknowledgeNextInformation();
        m_window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        driver.stop();
        Questions::clearNextAnswer();
        return shown;
    }

private slots:
    void initTestCase()
    {
        LockScreen::setRetryDelayUnitForTests(1);
        m_vault = test::databasePath(m_dir, QStringLiteral("vault.sqlite"));
        m_ownBackup = m_dir.filePath(QStringLiteral("own.trustdesk"));
        m_otherBackup = m_dir.filePath(QStringLiteral("other.trustdesk"));
        QVERIFY(makeVaultWithBackup(m_vault, kPassphrase, 2, m_ownBackup));
        QVERIFY(makeVaultWithBackup(
            m_dir.filePath(QStringLiteral("other.sqlite")), kOtherPassphrase, 1, m_otherBackup));
        QVERIFY(Backup::isEncrypted(m_ownBackup) && Backup::isEncrypted(m_otherBackup));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_vault));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QTRY_VERIFY(field && field->isEnabled());
        QTest::keyClicks(field, kPassphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!m_window->isLocked());
        QTRY_COMPARE(caseRows(*m_window), 2);
    }

    void cleanup() { Questions::clearNextAnswer(); }

    void aCancelAtTheBackupsPassphraseChangesNothing()
    {
        QCOMPARE(restoreWithKeyDialog(m_otherBackup, {}, true), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("canceled")));
        QCOMPARE(caseRows(*m_window), 2);
    }

    void anotherVaultsBackupOpensWithItsOwnPassphrase()
    {
        // A wrong passphrase is refused in the dialog; the right one checks and restores it.
        QCOMPARE(restoreWithKeyDialog(m_otherBackup, {kPassphrase, kOtherPassphrase}, false), 1);
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("1 case(s)")),
            qPrintable(MessageBox::lastMessage()));
        QTRY_COMPARE(caseRows(*m_window), 1);
        QVERIFY(m_window->database()->isEncrypted());
        // The vault keeps its own key file and passphrase.
        QVERIFY(VaultKeyFile::unlock(VaultKeyFile::pathFor(m_vault), kPassphrase).ok());
        QVERIFY(!VaultKeyFile::unlock(VaultKeyFile::pathFor(m_vault), kOtherPassphrase).ok());
    }

    void aBackupOfThisVaultNeedsNoSecondUnlock()
    {
        QCOMPARE(restoreWithKeyDialog(m_ownBackup, {}, true), 0);
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("2 case(s)")),
            qPrintable(MessageBox::lastMessage()));
        QTRY_COMPARE(caseRows(*m_window), 2);
    }

    void anEncryptedBackupIsNotRestoredIntoAPlaintextDatabase()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.sqlite"));
        QVERIFY(Database::open(plain).ok());
        Settings settings(m_dir.filePath(QStringLiteral("plain.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(plain));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FileDialog::setNextFileName(m_ownBackup);
        MessageBox::acknowledgeNextWarning();
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("encrypted backup")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(window.database() && !window.database()->isEncrypted());
        QCOMPARE(caseRows(window), 0);
    }
};

QTEST_MAIN(TestVaultBackupGui)
#include "tst_vaultbackupgui.moc"
