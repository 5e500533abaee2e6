// A lock that anyone can undo is no lock. With no app passphrase and no vault, Lock Now first
// asks for a passphrase and does not pretend to lock without one; the idle or desktop lock still
// closes the database, and its screen offers to set a passphrase instead of a one-click Unlock.
#include "common/settings.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "mainwindow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace td::ui;

namespace {

const QString kNewPassphrase = QStringLiteral("brand new pass");

// Fills the Security dialog that is about to open with a new passphrase and accepts it
// (or rejects it when `accept` is false).
void answerSecurityDialog(QObject *context, bool accept, bool *seen)
{
    QTimer::singleShot(0, context, [accept, seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("securityDialog")) {
            if (dialog)
                dialog->reject();
            return;
        }
        *seen = true;
        if (!accept) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            return;
        }
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("newPassphraseLineEdit"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassphraseLineEdit"));
        if (!field || !confirm) {
            dialog->reject();
            return;
        }
        field->setText(kNewPassphrase);
        confirm->setText(kNewPassphrase);
        dialog->accept();
    });
}

} // namespace

class TestLockNoPassphrase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_settingsCount = 0;

    QString settingsPath()
    {
        return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount));
    }

    void openWindow(MainWindow &window)
    {
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.isLocked());
        QVERIFY(window.database());
    }

private slots:
    void initTestCase()
    {
        m_db = test::databasePath(m_dir, QStringLiteral("plain.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        QVERIFY(CaseRepository(**db, QStringLiteral("tester"))
                    .save(test::minimalCase(QStringLiteral("Nopass Example")))
                    .ok());
    }

    void cleanup() { Questions::clearNextAnswer(); }

    void lockNowDeclinedSaysSoAndDoesNotPretend()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        openWindow(window);
        Questions::setNextAnswer(1); // not now
        MessageBox::acknowledgeNextWarning();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!Questions::lastQuestion().isEmpty());
        QVERIFY(!window.isLocked());
        QVERIFY(window.database());
        QVERIFY(MessageBox::lastMessage().contains(QLatin1String("not locked")));
    }

    void lockNowSetsAPassphraseAndThenLocks()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        openWindow(window);
        Questions::setNextAnswer(0); // set a passphrase
        bool seen = false;
        answerSecurityDialog(&window, true, &seen);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(seen);
        QVERIFY(!settings.passphraseHash().isEmpty());
        QVERIFY(window.isLocked());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(field && field->isVisible());
        QTest::keyClicks(field, kNewPassphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());
    }

    void lockNowWithTheSecurityDialogCancelledDoesNotLock()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        openWindow(window);
        Questions::setNextAnswer(0);
        MessageBox::acknowledgeNextWarning();
        bool seen = false;
        answerSecurityDialog(&window, false, &seen);
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(seen);
        QVERIFY(settings.passphraseHash().isEmpty());
        QVERIFY(!window.isLocked());
        QVERIFY(MessageBox::lastMessage().contains(QLatin1String("not locked")));
    }

    // The idle timer and the desktop's lock call lock() directly: nothing to ask, nobody there.
    void idleLockClosesTheDatabaseAndOffersAPassphraseNotAnUnlock()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        openWindow(window);
        window.lock();
        QVERIFY(window.isLocked());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(!window.database());
        auto *hint = window.findChild<QLabel *>(QStringLiteral("lockHintLabel"));
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(QLatin1String("No passphrase protects")),
            qPrintable(hint->text()));
        auto *unlock = window.findChild<QPushButton *>(QStringLiteral("unlockPushButton"));
        QVERIFY(unlock);
        QVERIFY(!unlock->isVisible()); // no one-click Unlock
        auto *set = window.findChild<QPushButton *>(QStringLiteral("setPassphrasePushButton"));
        QVERIFY(set);
        QVERIFY(set->isVisible());
        QCOMPARE(window.focusWidget(), set); // keyboard: Space or Enter sets one

        // Cancelled: still locked, still closed.
        bool seen = false;
        answerSecurityDialog(&window, false, &seen);
        QTest::keyClick(set, Qt::Key_Space);
        QVERIFY(seen);
        QVERIFY(window.isLocked());
        QVERIFY(!window.database());

        // Set: the window unlocks and the database comes back.
        seen = false;
        answerSecurityDialog(&window, true, &seen);
        QTest::keyClick(set, Qt::Key_Space);
        QVERIFY(seen);
        QVERIFY(!settings.passphraseHash().isEmpty());
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());
    }
};

QTEST_MAIN(TestLockNoPassphrase)
#include "tst_locknopassphrase.moc"
