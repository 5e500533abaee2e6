// Edit › Security › Change Passphrase… on a vault: the current passphrase is required, the new
// one typed twice; the data key and the recovery key stay, the old passphrase stops working, and
// a refused attempt changes no byte of the key file.
#include "common/settings.h"
#include "crypto/vaultkeyfile.h"
#include "dialogs/messagebox.h"
#include "security/changepassphrasedialog.h"
#include "security/securitydialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

namespace {

const QString kOld = QStringLiteral("correct horse battery");
const QString kNew = QStringLiteral("purple otter lantern");

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestChangePassphrase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_recovery;

    void fill(ChangePassphraseDialog &dialog, const QString &current, const QString &next,
        const QString &confirm)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("currentPassphraseLineEdit"))
            ->setText(current);
        dialog.findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"))->setText(next);
        dialog.findChild<QLineEdit *>(QStringLiteral("confirmPassphraseLineEdit"))
            ->setText(confirm);
    }

    static QString message(ChangePassphraseDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("changePassphraseMessageLabel"))->text();
    }

private slots:
    void init()
    {
        m_keyFile = m_dir.filePath(QStringLiteral("cases.sqlite.vault"));
        QFile::remove(m_keyFile);
        auto created = VaultKeyFile::create(m_keyFile, kOld, VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        m_recovery = created->recoveryKey;
    }

    void refusedAttemptsChangeNothing_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong current") << "not the passphrase" << kNew << kNew << "not right";
        QTest::newRow("no current") << "" << kNew << kNew << "current passphrase";
        QTest::newRow("too short") << kOld << "short"
                                   << "short"
                                   << "at least";
        QTest::newRow("differ") << kOld << kNew << (kNew + QLatin1Char('x')) << "differ";
        QTest::newRow("same as now") << kOld << kOld << kOld << "current one";
    }

    void refusedAttemptsChangeNothing()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(QString, confirm);
        QFETCH(QString, said);
        const QByteArray before = bytesOf(m_keyFile);
        ChangePassphraseDialog dialog(m_keyFile);
        dialog.setCostForTests(VaultKeyFile::Cost::Fast);
        dialog.show();
        fill(dialog, current, next, confirm);
        dialog.findChild<QPushButton *>(QStringLiteral("changePassphrasePushButton"))->click();
        QTRY_VERIFY(!dialog.isWorking());
        QTRY_VERIFY2(
            message(dialog).contains(said, Qt::CaseInsensitive), qPrintable(message(dialog)));
        QVERIFY(dialog.isVisible());
        QCOMPARE(bytesOf(m_keyFile), before);
        QVERIFY(VaultKeyFile::unlock(m_keyFile, kOld).ok());
    }

    void changesTheWrapAndKeepsTheKeyAndTheRecoveryKey()
    {
        auto key = VaultKeyFile::unlock(m_keyFile, kOld);
        QVERIFY(key.ok());
        ChangePassphraseDialog dialog(m_keyFile);
        dialog.setCostForTests(VaultKeyFile::Cost::Fast);
        dialog.show();
        fill(dialog, kOld, kNew, kNew);
        dialog.findChild<QPushButton *>(QStringLiteral("changePassphrasePushButton"))->click();
        QVERIFY(dialog.isWorking()); // off the UI thread, with a busy bar
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("changePassphraseProgressBar"))
                    ->isVisible());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        const auto withNew = VaultKeyFile::unlock(m_keyFile, kNew);
        QVERIFY(withNew.ok());
        QVERIFY(VaultKeyFile::holdsKey(m_keyFile, *key)); // the same data key: nothing re-encrypted
        const auto withOld = VaultKeyFile::unlock(m_keyFile, kOld);
        QVERIFY(!withOld.ok());
        QCOMPARE(withOld.error().kind, ErrorKind::BadInput);
        QVERIFY(VaultKeyFile::unlockWithRecoveryKey(m_keyFile, m_recovery).ok());
    }

    void cancelWhileWorkingWaitsForTheOutcome()
    {
        ChangePassphraseDialog dialog(m_keyFile);
        dialog.setCostForTests(VaultKeyFile::Cost::Fast);
        dialog.show();
        fill(dialog, kOld, kNew, kNew);
        dialog.findChild<QPushButton *>(QStringLiteral("changePassphrasePushButton"))->click();
        dialog.reject();
        QVERIFY(!dialog.isWorking());
        QVERIFY(!dialog.isVisible());
        // Whichever way it ended, exactly one of the two passphrases opens the vault.
        QVERIFY(VaultKeyFile::unlock(m_keyFile, kOld).ok()
            != VaultKeyFile::unlock(m_keyFile, kNew).ok());
    }

    void securityDialogOffersItForAVaultOnly()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        SecurityDialog vault(settings, true);
        vault.setVaultKeyFile(m_keyFile);
        QVERIFY(vault.findChild<QPushButton *>(QStringLiteral("changeVaultPassphrasePushButton")));
        for (const QLabel *label : vault.findChildren<QLabel *>())
            QVERIFY2(
                !label->text().contains(QLatin1String("trustdesk-cli")), qPrintable(label->text()));
        SecurityDialog plain(settings, false);
        QVERIFY(!plain.findChild<QPushButton *>(QStringLiteral("changeVaultPassphrasePushButton")));
        for (const QLabel *label : plain.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QLatin1String("Argon2")), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestChangePassphrase)
#include "tst_changepassphrase.moc"
