#include "common/passphrase.h"
#include "common/settings.h"
#include "mainwindow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace td;
using namespace td::ui;

class TestIdleLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
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
        settings.setPassphrase(Passphrase::hash(QStringLiteral("s3cret pass")), Passphrase::newKeySalt());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTableView"));
        QVERIFY(table && table->isVisible());

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

    void lockNowShortcutAndNoPassphraseYet()
    {
        Settings settings(m_dir.filePath(QStringLiteral("nolock.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"))->isVisible());
        QTest::keyClick(window.focusWidget(), Qt::Key_Space); // the Unlock button has the focus
        QVERIFY(!window.isLocked());
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
