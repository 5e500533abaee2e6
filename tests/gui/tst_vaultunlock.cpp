// The window with an encrypted database: it starts locked and reads nothing before the
// passphrase (or the recovery key); wrong passphrases are refused, slowed down and audited; the
// first-start dialog makes a vault; drafts stay sealed on disk; a plaintext database says so.
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "common/settings.h"
#include "crypto/vaultkeyfile.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "evidence/evidencedialogs.h"
#include "evidence/evidencepanel.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/evidencelistmodel.h"
#include "security/lockscreen.h"
#include "security/vaultsetupdialog.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "testcases.h"
#include "testfiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

} // namespace

class TestVaultUnlock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_recoveryKey;
    int m_settingsCount = 0;

    QString settingsPath()
    {
        return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount));
    }

    static QLineEdit *passphraseField(MainWindow &window)
    {
        return window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
    }

    static int caseRows(MainWindow &window)
    {
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
        return table && table->model() ? table->model()->rowCount() : -1;
    }

    static void enter(MainWindow &window, const QString &secret)
    {
        QLineEdit *field = passphraseField(window);
        QTRY_VERIFY(field->isEnabled());
        field->setFocus();
        QTest::keyClicks(field, secret);
        QTest::keyClick(field, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        m_vault = test::databasePath(m_dir, QStringLiteral("vault.sqlite"));
        auto created = VaultKeyFile::create(
            VaultKeyFile::pathFor(m_vault), kPassphrase, VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        m_recoveryKey = created->recoveryKey;
        auto db = Database::open(m_vault, Database::OpenMode::CreateIfMissing, created->dataKey);
        QVERIFY(db.ok());
        QVERIFY(CaseRepository(**db, QStringLiteral("tester"))
                    .save(test::minimalCase(QStringLiteral("Vaulted Example Person")))
                    .ok());
        LockScreen::setRetryDelayUnitForTests(300);
    }

    void cleanup() { DialogSeam::reset(); }

    void startsLockedAndReadsNothingUntilThePassphrase()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_vault));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isLocked());
        QVERIFY(!window.database()); // not even opened: nothing of it is read
        QCOMPARE(caseRows(window), 0);
        QVERIFY(passphraseField(window)->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("useRecoveryKeyPushButton"))
                    ->isVisible());

        enter(window, kPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database() && window.database()->isEncrypted());
        QVERIFY(window.session().isEncrypted());
        QTRY_COMPARE(caseRows(window), 1);
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("plaintextBanner"))->isVisible());
        // The follow-ups dock, hidden while locked before the window was even shown, is back.
        QVERIFY(window.followUpsDock()->isVisible());

        // Idle lock of the open vault asks for its passphrase again, not an app passphrase.
        window.lock();
        QVERIFY(window.isLocked());
        enter(window, kPassphrase);
        QTRY_VERIFY(!window.isLocked());
    }

    void wrongPassphraseIsRefusedSlowedAndAudited()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_vault));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *unlock = window.findChild<QPushButton *>(QStringLiteral("unlockPushButton"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("lockMessageLabel"));

        enter(window, QStringLiteral("not the passphrase"));
        QTRY_VERIFY(message->text().contains(QLatin1String("not right")));
        QVERIFY(window.isLocked());
        QVERIFY(!window.database());
        // Slowed down: the first wait is one unit (300 ms here), the second two.
        QVERIFY(!unlock->isEnabled());
        QTRY_VERIFY(unlock->isEnabled());
        enter(window, QStringLiteral("still not it"));
        QTRY_VERIFY(!unlock->isEnabled() && message->text().contains(QLatin1String("not right")));
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY(unlock->isEnabled());
        QVERIFY2(waited.elapsed() >= 400, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(settings.pendingFailedUnlocks(m_vault), 2);

        // Quitting does not reset the wait: a new window goes on at the third step (4 units).
        {
            MainWindow again(settings);
            QVERIFY(again.openDatabase(m_vault));
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            enter(again, QStringLiteral("third wrong one"));
            auto *againUnlock = again.findChild<QPushButton *>(QStringLiteral("unlockPushButton"));
            auto *againMessage = again.findChild<QLabel *>(QStringLiteral("lockMessageLabel"));
            QTRY_VERIFY(!againUnlock->isEnabled()
                && againMessage->text().contains(QLatin1String("not right")));
            QElapsedTimer third;
            third.start();
            QTRY_VERIFY_WITH_TIMEOUT(againUnlock->isEnabled(), 10000);
            QVERIFY2(third.elapsed() >= 1000, qPrintable(QString::number(third.elapsed())));
        }
        QCOMPARE(settings.pendingFailedUnlocks(m_vault), 3);

        enter(window, kPassphrase);
        QTRY_VERIFY(!window.isLocked());
        // Counted once the database could be written, then cleared.
        QCOMPARE(settings.pendingFailedUnlocks(m_vault), 0);
        auto events = AuditLog(*window.database(), QStringLiteral("tester")).events();
        QVERIFY(events.ok());
        bool found = false;
        for (const AuditEvent &e : events.value())
            found |= e.action == QLatin1String("vault.unlock_failed")
                && e.detail == QLatin1String("attempts=3");
        QVERIFY(found);
    }

    void retryDelayGrows()
    {
        LockScreen::setRetryDelayUnitForTests(1000);
        QCOMPARE(LockScreen::retryDelay(0), 0);
        QCOMPARE(LockScreen::retryDelay(1), 1000);
        QCOMPARE(LockScreen::retryDelay(2), 2000);
        QCOMPARE(LockScreen::retryDelay(4), 8000);
        QCOMPARE(LockScreen::retryDelay(20), 30000);
        LockScreen::setRetryDelayUnitForTests(300);
    }

    void recoveryKeyUnlocks()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_vault));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Keyboard only: Alt+R is the labelled alternative.
        QTest::keyClick(passphraseField(window), Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(passphraseField(window)->echoMode(), QLineEdit::Normal); // an animated click
        QVERIFY(passphraseField(window)->text().isEmpty());
        // Typed the way people copy it from paper: lower case, spaces for dashes.
        enter(window, m_recoveryKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QTRY_VERIFY(!window.isLocked());
        QTRY_COMPARE(caseRows(window), 1);
    }

    void firstStartDialogMakesAVaultThatOpensWithThePassphrase()
    {
        VaultSetupDialog::setCostForTests(VaultKeyFile::Cost::Fast);
        const QString path = m_dir.filePath(QStringLiteral("first/new.sqlite"));
        VaultSetupDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("vaultPassphraseLineEdit"));
        auto *second = dialog.findChild<QLineEdit *>(QStringLiteral("vaultConfirmLineEdit"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("vaultMessageLabel"));
        // Too short, then two that differ: refused with a reason, nothing made.
        QTest::keyClicks(first, QStringLiteral("short"));
        QTest::keyClicks(second, QStringLiteral("short"));
        QTest::keyClick(second, Qt::Key_Return);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!QFileInfo::exists(VaultKeyFile::pathFor(path)));
        first->clear();
        second->clear();
        QTest::keyClicks(first, QStringLiteral("a new office passphrase"));
        QTest::keyClicks(second, QStringLiteral("a new office passphrasx"));
        QTest::keyClick(second, Qt::Key_Return);
        QVERIFY(message->text().contains(QLatin1String("differ")));
        QVERIFY(!QFileInfo::exists(path));
        // Keyboard only: type it twice, Return.
        second->setFocus();
        QTest::keyClicks(second, QStringLiteral("a new office passphrase"));
        QTest::keyClick(second, Qt::Key_Return);
        auto *key = dialog.findChild<QLabel *>(QStringLiteral("recoveryKeyLabel"));
        QTRY_VERIFY(key->isVisible());
        QCOMPARE(key->text(), dialog.recoveryKey());
        QCOMPARE(dialog.recoveryKey().count(QLatin1Char('-')), 12);

        // Not past this page without confirming; Escape does not skip it.
        auto *next = dialog.findChild<QPushButton *>(QStringLiteral("vaultContinuePushButton"));
        QVERIFY(!next->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());

        // Saved as a file: owner-only whatever the umask.
        const mode_t old = ::umask(022);
        const QString saved = m_dir.filePath(QStringLiteral("recovery.txt"));
        FileDialog::setNextFileName(saved);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("saveRecoveryKeyPushButton")),
            Qt::LeftButton);
        ::umask(old);
        QVERIFY(test::readFile(saved).contains(dialog.recoveryKey().toUtf8()));
        QCOMPARE(
            QFile::permissions(saved) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);

        dialog.findChild<QCheckBox *>(QStringLiteral("recoveryWrittenCheckBox"))->setChecked(true);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session().isEncrypted());

        auto unlocked = VaultKeyFile::unlock(
            VaultKeyFile::pathFor(path), QStringLiteral("a new office passphrase"));
        QVERIFY(unlocked.ok());
        QVERIFY(Database::open(path, Database::OpenMode::ExistingOnly, *unlocked).ok());
        QVERIFY(!Database::open(path, Database::OpenMode::ExistingOnly).ok());
        VaultSetupDialog::setCostForTests(VaultKeyFile::Cost::Standard);
    }

    void typedDraftIsSealedOnDiskAndComesBackAfterUnlock()
    {
        const QString marker
            = QStringLiteral("Zqmarker%1").arg(QDateTime::currentMSecsSinceEpoch());
        QString draftFile;
        QByteArray sealed;
        {
            Settings settings(settingsPath());
            MainWindow window(settings);
            QVERIFY(window.openDatabase(m_vault));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            enter(window, kPassphrase);
            QTRY_VERIFY(!window.isLocked());
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            CaseEditor *editor = window.workspace()->editor();
            QVERIFY(editor);
            auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
            name->setFocus();
            QTest::keyClicks(name, marker);
            window.lock(); // keeps what is typed in the draft
            const QString folder = DraftStore(m_vault).folder();
            QVERIFY(QDir(folder).exists());
            // The lock deleted the editor (it held the drafts key): the draft is the folder's one.
            const QStringList drafts
                = QDir(folder).entryList({QStringLiteral("*.tddraft")}, QDir::Files);
            QCOMPARE(drafts.size(), 1);
            QVERIFY2(
                test::filesWithMarker(folder, marker).isEmpty(), "the draft is readable on disk");
            QVERIFY2(
                test::filesWithMarker(m_dir.path(), marker).isEmpty(), "the marker is on disk");
            // A crash now: only the draft file is left (closing the window gently may remove
            // it, so it is put back as a kill would leave it).
            draftFile = QDir(folder).filePath(drafts.constFirst());
            sealed = test::readFile(draftFile);
            QVERIFY(!sealed.isEmpty());
        }
        if (!QFile::exists(draftFile))
            QVERIFY(test::writeFile(draftFile, sealed));
        Settings settings(settingsPath());
        MainWindow window(settings);
        Questions::setNextAnswer(0); // restore, once asked after the unlock
        QVERIFY(window.openDatabase(m_vault));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        QVERIFY(!Questions::lastQuestion().contains(marker));
        enter(window, kPassphrase);
        QTRY_VERIFY(window.workspace()->editor());
        QCOMPARE(window.workspace()
                     ->editor()
                     ->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"))
                     ->text(),
            marker);
    }

    void aChangedDraftIsReportedAndKeptAside()
    {
        const QString folder = DraftStore(m_vault).folder();
        QDir(folder).removeRecursively(); // what earlier tests left
        QDir().mkpath(folder);
        const QString bad = QDir(folder).filePath(DraftStore::newId() + QStringLiteral(".tddraft"));
        QByteArray forged("TDDR\x01\0\0\0", 8);
        forged.append(QByteArray(24 + 64, 'x'));
        QVERIFY(test::writeFile(bad, forged));
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_vault));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::acknowledgeNextWarning();
        enter(window, kPassphrase);
        QTRY_VERIFY(MessageBox::lastMessage().contains(QLatin1String("could not be opened")));
        QVERIFY(!window.workspace()->editor()); // nothing was loaded from it
        QVERIFY(!QFileInfo::exists(bad));
        QVERIFY(QFileInfo::exists(bad + QStringLiteral(".damaged")));
    }

    void evidencePanelReachesTheVaultWithTheSessionKey()
    {
        // The panel opens its own connection and the attach job another: both with the key.
        auto key = VaultKeyFile::unlock(VaultKeyFile::pathFor(m_vault), kPassphrase);
        QVERIFY(key.ok());
        const DatabaseSession session(
            m_vault, std::make_shared<const SecureKey>(std::move(key).value()));
        QString reference;
        {
            auto db = session.open(Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            auto saved = CaseRepository(**db, QStringLiteral("tester"))
                             .save(test::minimalCase(QStringLiteral("Evidence Example Person")));
            QVERIFY(saved.ok());
            reference = saved->reference;
        }
        const QString marker
            = QStringLiteral("Zqevidence%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString statement = m_dir.filePath(QStringLiteral("statement.txt"));
        QVERIFY(test::writeFile(statement, marker.toUtf8()));
        EvidencePanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setCase(session, reference);
        QSignalSpy finished(&panel, &EvidencePanel::jobFinished);
        EvidenceDialogs::setNextFiles({statement});
        QTest::mouseClick(
            panel.findChild<QPushButton *>(QStringLiteral("attachPushButton")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(panel.statusText()));
        QCOMPARE(panel.model()->rowCount(), 1);
        QFile::remove(statement);
        QVERIFY2(
            test::filesWithMarker(m_dir.path(), marker).isEmpty(), "evidence readable on disk");
    }

    void plaintextDatabaseSaysSo()
    {
        const QString path = test::databasePath(m_dir, QStringLiteral("plain.sqlite"));
        QVERIFY(Database::open(path).ok());
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("plaintextBanner"));
        QVERIFY(banner && banner->isVisible());
        // Encrypt… offers the conversion (tests/gui/tst_encryptdatabase.cpp runs it); closed
        // without starting, the plaintext database stays open as it was.
        QString offered;
        QTimer::singleShot(0, &window, [&offered] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                offered = dialog->objectName();
                dialog->close();
            }
        });
        QTest::mouseClick(
            banner->findChild<QPushButton *>(QStringLiteral("encryptPushButton")), Qt::LeftButton);
        QCOMPARE(offered, QStringLiteral("encryptDatabaseDialog"));
        QVERIFY(window.database() && !window.database()->isEncrypted());
        QVERIFY(banner->isVisible());
    }
};

QTEST_MAIN(TestVaultUnlock)
#include "tst_vaultunlock.moc"
