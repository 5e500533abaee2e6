// Encrypting an open plaintext database from the window (the banner's Encrypt…): a passphrase
// twice, the conversion off the UI thread with the database closed, the recovery key before the
// switch, and the vault opened after; a cancel at the recovery key changes nothing; the cases and
// the evidence are sealed on disk (docs/encryption.md, "The window").
#include "cases/caseworkspace.h"
#include "common/settings.h"
#include "crypto/vaultkeyfile.h"
#include "evidence/evidencestore.h"
#include "mainwindow.h"
#include "security/encryptdatabasedialog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/vaultconversion.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("a fictional office passphrase");
const QString kMarker = QStringLiteral("Zq7Wx-fictional-marker-Rt4p");

int caseRows(MainWindow &window)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
    return table && table->model() ? table->model()->rowCount() : -1;
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestEncryptDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    qint64 m_evidenceId = 0;

    // What the driver saw while the dialog ran.
    struct Seen
    {
        bool databaseClosed = false;
        int progress = -1;
        QString key;
    };

    // Clicks the banner's Encrypt… and drives the modal dialog: the passphrase twice, then at the
    // recovery key either Continue (after ticking the box) or Cancel.
    Seen encryptFromTheBanner(MainWindow &window, bool keepKey)
    {
        Seen seen;
        int stage = 0;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<EncryptDatabaseDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            if (stage == 0) {
                QTest::keyClicks(
                    dialog->findChild<QLineEdit *>(QStringLiteral("encryptPassphraseLineEdit")),
                    kPassphrase);
                QTest::keyClicks(
                    dialog->findChild<QLineEdit *>(QStringLiteral("encryptConfirmLineEdit")),
                    kPassphrase);
                QTest::mouseClick(
                    dialog->findChild<QPushButton *>(QStringLiteral("startEncryptionPushButton")),
                    Qt::LeftButton);
                stage = 1;
                return;
            }
            auto *key = dialog->findChild<QLabel *>(QStringLiteral("recoveryKeyLabel"));
            if (stage == 1 && key->isVisible()) {
                seen.databaseClosed = window.database() == nullptr;
                seen.progress
                    = dialog->findChild<QProgressBar *>(QStringLiteral("encryptProgressBar"))
                          ->value();
                seen.key = key->text();
                stage = 2;
                if (keepKey) {
                    dialog->findChild<QCheckBox *>(QStringLiteral("recoveryWrittenCheckBox"))
                        ->setChecked(true);
                    QTest::mouseClick(dialog->findChild<QPushButton *>(
                                          QStringLiteral("finishEncryptionPushButton")),
                        Qt::LeftButton);
                } else {
                    QTest::mouseClick(dialog->findChild<QPushButton *>(
                                          QStringLiteral("recoveryCancelPushButton")),
                        Qt::LeftButton);
                }
            }
        });
        driver.start(10);
        auto *banner = window.findChild<QWidget *>(QStringLiteral("plaintextBanner"));
        QTest::mouseClick(
            banner->findChild<QPushButton *>(QStringLiteral("encryptPushButton")), Qt::LeftButton);
        driver.stop();
        return seen;
    }

private slots:
    void initTestCase() { EncryptDatabaseDialog::setCostForTests(VaultKeyFile::Cost::Fast); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::databasePath(*m_dir, QStringLiteral("office.sqlite"));
        auto opened = Database::open(m_db);
        QVERIFY(opened);
        CaseRepository repository(**opened, QStringLiteral("tester"));
        QVERIFY(repository.save(test::sampleCase(QStringLiteral("Client %1").arg(kMarker))).ok());
        const QString file = m_dir->filePath(QStringLiteral("statement.txt"));
        QVERIFY(test::writeFile(file, "a fictional statement " + kMarker.toUtf8()));
        const auto reference = repository.referencesOf(QList<qint64> {1});
        QVERIFY(reference.ok() && !reference->isEmpty());
        const auto attached = EvidenceStore(**opened, QStringLiteral("tester"))
                                  .attach(reference->constFirst(), file, {});
        QVERIFY(attached.ok());
        m_evidenceId = attached->evidence.item.id;
        QVERIFY(QFile::remove(file));
        QVERIFY(!test::filesWithMarker(m_dir->path(), kMarker).isEmpty());
    }

    void convertsFromTheBannerAndOpensTheVault()
    {
        Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(caseRows(window), 1);

        const Seen seen = encryptFromTheBanner(window, true);
        QVERIFY(seen.databaseClosed); // the window let go of the file during the conversion
        QVERIFY(seen.progress >= 75); // the cases, the check and the evidence were done by then
        QCOMPARE(seen.key.count(QLatin1Char('-')), 12);

        QVERIFY(window.database() && window.database()->isEncrypted());
        QVERIFY(window.session().isEncrypted());
        QVERIFY(!window.isLocked());
        QTRY_COMPARE(caseRows(window), 1);
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("plaintextBanner"))->isVisible());
        QVERIFY(!VaultConversion::interrupted(m_db));
        // Nothing of the client or the evidence is readable on disk any more.
        QCOMPARE(test::filesWithMarker(m_dir->path(), kMarker), QStringList());
        QVERIFY(!Database::open(m_db, Database::OpenMode::ExistingOnly).ok());
        // The evidence reads back through the vault.
        EvidenceStore store(*window.database(), QStringLiteral("tester"));
        const auto opened = store.open(m_evidenceId, 1 << 20);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(opened->content.endsWith(kMarker.toUtf8()));
        // The recovery key shown opens it too.
        QVERIFY(VaultKeyFile::unlockWithRecoveryKey(VaultKeyFile::pathFor(m_db), seen.key).ok());
    }

    // The editor closes when Encrypt… is pressed; its evidence panel's connection must be gone
    // before the conversion, which runs inside the dialog's own event loop, looks for other users
    // of the file (a deferred delete would wait for the outer loop, and the conversion refused).
    void anOpenEditorDoesNotKeepTheFileBusy()
    {
        Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(caseRows(window), 1);
        auto *workspace = window.findChild<CaseWorkspace *>();
        QVERIFY(workspace);
        workspace->editCase(1);
        QVERIFY(workspace->editor());

        // Pressed from the event loop, as a person does (a test function runs outside any loop,
        // where Qt would run the deferred delete inside the dialog's loop after all).
        QEventLoop loop;
        QTimer::singleShot(0, &loop, [&] {
            encryptFromTheBanner(window, true);
            loop.quit();
        });
        loop.exec();
        QVERIFY(window.database() && window.database()->isEncrypted());
        QCOMPARE(test::filesWithMarker(m_dir->path(), kMarker), QStringList());
    }

    void aCancelAtTheRecoveryKeyChangesNothing()
    {
        const QByteArray store = test::sha256Hex(m_db);
        Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList before = namesIn(m_dir->path());

        const Seen seen = encryptFromTheBanner(window, false);
        QVERIFY(!seen.key.isEmpty());
        QVERIFY(window.database() && !window.database()->isEncrypted());
        QTRY_COMPARE(caseRows(window), 1);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("plaintextBanner"))->isVisible());
        QVERIFY(!QFileInfo::exists(VaultKeyFile::pathFor(m_db)));
        QVERIFY(!VaultConversion::interrupted(m_db));
        QCOMPARE(namesIn(m_dir->path()), before);
        Q_UNUSED(store)
    }

    void aPassphraseIsAskedTwiceAndLongEnough()
    {
        EncryptDatabaseDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("encryptPassphraseLineEdit"));
        auto *second = dialog.findChild<QLineEdit *>(QStringLiteral("encryptConfirmLineEdit"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("encryptMessageLabel"));
        QTest::keyClicks(first, QStringLiteral("short"));
        QTest::keyClicks(second, QStringLiteral("short"));
        QTest::keyClick(second, Qt::Key_Return);
        QVERIFY(message->text().contains(QLatin1String("at least")));
        first->clear();
        second->clear();
        QTest::keyClicks(first, kPassphrase);
        QTest::keyClicks(second, kPassphrase + QLatin1Char('x'));
        QTest::keyClick(second, Qt::Key_Return);
        QVERIFY(message->text().contains(QLatin1String("differ")));
        QVERIFY(!QFileInfo::exists(VaultConversion::stagingPath(m_db)));
        QVERIFY(!QFileInfo::exists(VaultKeyFile::pathFor(m_db)));
    }

    // Return in the second field starts it (and does not cancel it at once); a conversion that
    // cannot start (the files of an interrupted one are in the way) is said in plain words on
    // the same page, and nothing is changed.
    void aRefusalIsSaidPlainly()
    {
        const QString staging = VaultConversion::stagingPath(m_db);
        QVERIFY(test::writeFile(staging, QByteArray(4096, 'x')));
        const QByteArray before = test::readFile(m_db);
        EncryptDatabaseDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *second = dialog.findChild<QLineEdit *>(QStringLiteral("encryptConfirmLineEdit"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("encryptPassphraseLineEdit")),
            kPassphrase);
        QTest::keyClicks(second, kPassphrase);
        QTest::keyClick(second, Qt::Key_Return);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("encryptMessageLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 60000);
        QVERIFY2(
            message->text().contains(QLatin1String("did not finish")), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFileInfo::exists(VaultKeyFile::pathFor(m_db)));
        QCOMPARE(test::readFile(m_db), before);
    }
};

QTEST_MAIN(TestEncryptDatabase)
#include "tst_encryptdatabase.moc"
