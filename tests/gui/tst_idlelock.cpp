#include "common/passphrase.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/questions.h"
#include "mainwindow.h"
#include "security/auditlogdialog.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "testcases.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace td;
using namespace td::ui;

class TestIdleLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void initTestCase()
    {
        m_db = test::databasePath(m_dir);
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        QVERIFY(CaseRepository(**db, QStringLiteral("tester")).save(test::sampleCase()).ok());
    }

    void idleWindowHidesCaseDataUntilThePassphrase()
    {
        Settings settings(m_dir.filePath(QStringLiteral("lock.ini")));
        settings.setPassphrase(
            Passphrase::hash(QStringLiteral("s3cret pass")), Passphrase::newKeySalt());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
        QVERIFY(table);
        // A fresh start with a passphrase set shows nothing until it is entered.
        QVERIFY(window.isLocked());
        QVERIFY(!table->isVisible());
        auto *startPassphrase
            = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(startPassphrase && startPassphrase->isVisible());
        QTest::keyClicks(startPassphrase, QStringLiteral("s3cret pass"));
        QTest::keyClick(startPassphrase, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(table->isVisible());

        // Windows that show case data do not outlive the lock; the dock menu is not offered.
        auto *auditAction = window.findChild<QAction *>(QStringLiteral("auditLogAction"));
        QVERIFY(auditAction);
        bool auditShownThenClosed = false;
        QTimer::singleShot(0, &window, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w != &window && w->isVisible() && qobject_cast<QDialog *>(w)) {
                    window.lock();
                    auditShownThenClosed = !w->isVisible();
                }
            }
        });
        auditAction->trigger(); // modal: returns when the lock closes it
        QVERIFY(auditShownThenClosed);
        QVERIFY(window.isLocked());
        QCOMPARE(window.createPopupMenu(), nullptr);
        QTest::keyClicks(startPassphrase, QStringLiteral("s3cret pass"));
        QTest::keyClick(startPassphrase, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QMenu *menu = window.createPopupMenu();
        QVERIFY(menu);
        delete menu;

        window.setIdleLockInterval(100);
        QTRY_VERIFY(window.isLocked());
        QVERIFY(!table->isVisible());
        QVERIFY(!window.menuBar()->isEnabled());
        for (auto *browser : window.findChildren<QTextBrowser *>())
            QVERIFY(!browser->isVisible());
        auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(passphrase && passphrase->isVisible());

        QTest::keyClicks(passphrase, QStringLiteral("wrong"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lockMessageLabel"))->text().isEmpty());
        QVERIFY(passphrase->text().isEmpty());

        QTest::keyClicks(passphrase, QStringLiteral("s3cret pass"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(table->isVisible());
        QVERIFY(window.menuBar()->isEnabled());
    }

    void aCrashDraftIsOfferedOnlyAfterTheUnlock()
    {
        // The restore question names the client: never over the lock screen.
        Settings settings(m_dir.filePath(QStringLiteral("draftlock.ini")));
        settings.setPassphrase(
            Passphrase::hash(QStringLiteral("s3cret pass")), Passphrase::newKeySalt());
        Draft d;
        d.id = DraftStore::newId();
        d.savedAt = QDateTime::currentDateTimeUtc();
        d.caseFile = test::minimalCase(QStringLiteral("Locked Draft Example"));
        QVERIFY(DraftStore(m_db).save(d).ok());
        Questions::setNextAnswer(1); // discard, when it is finally asked
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isLocked());
        QTest::qWait(200);
        QVERIFY(!Questions::lastQuestion().contains(QLatin1String("Locked Draft Example")));
        auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QTest::keyClicks(passphrase, QStringLiteral("s3cret pass"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(Questions::lastQuestion().contains(QLatin1String("Locked Draft Example")));
    }

    void auditLogShowsAndFilters()
    {
        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        AuditLog log(**db, QStringLiteral("tester"));
        QVERIFY(log.record(QStringLiteral("case.view_sensitive"), QStringLiteral("TD-2026-09999"),
                       QStringLiteral("included: a_number"))
                    .ok());
        AuditLogDialog dialog(log);
        const int all = dialog.visibleRowCount();
        QVERIFY(all >= 2); // the case.create from initTestCase and the view above
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("auditFilterLineEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("view_sensitive"));
        QCOMPARE(dialog.visibleRowCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("TD-2026-0999"));
        QCOMPARE(dialog.visibleRowCount(), 1);
        filter->clear();
        QCOMPARE(dialog.visibleRowCount(), all);
    }

    // With no passphrase the lock is not one click on Unlock: tst_locknopassphrase.
    void lockNowShortcutWithAPassphrase()
    {
        Settings settings(m_dir.filePath(QStringLiteral("lockNow.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        settings.setPassphrase(
            Passphrase::hash(QStringLiteral("s3cret pass")), Passphrase::newKeySalt());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(passphrase && passphrase->isVisible());
        QTest::keyClick(window.focusWidget(), Qt::Key_Return); // nothing typed: stays locked
        QVERIFY(window.isLocked());
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
