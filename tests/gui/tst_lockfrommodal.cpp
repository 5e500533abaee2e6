// Ctrl+L locks whatever window is in front: a modal dialog (the audit log, a report, the
// preferences) takes the keyboard from the main window, and the lock must not wait for it.
#include "common/passphrase.h"
#include "common/settings.h"
#include "mainwindow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPointer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace td::ui;

namespace {
const QString kAppPassphrase = QStringLiteral("s3cret pass");
} // namespace

class TestLockFromModal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plain;

private slots:
    void initTestCase()
    {
        m_plain = test::databasePath(m_dir, QStringLiteral("plain.sqlite"));
        auto db = Database::open(m_plain);
        QVERIFY(db.ok());
        QVERIFY(CaseRepository(**db, QStringLiteral("tester"))
                    .save(test::minimalCase(QStringLiteral("Modal Example")))
                    .ok());
    }

    void ctrlLLocksWhileAModalDialogIsInFront()
    {
        Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
        settings.setPassphrase(Passphrase::hash(kAppPassphrase), Passphrase::newKeySalt());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_plain));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.isLocked()); // a start with a passphrase: enter it first
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(field);
        QTest::keyClicks(field, kAppPassphrase);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());

        auto *auditLog = window.findChild<QAction *>(QStringLiteral("auditLogAction"));
        QVERIFY(auditLog);
        bool sawDialog = false;
        bool lockedInside = false;
        QPointer<QDialog> dialog;
        QTimer::singleShot(0, &window, [&] {
            dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            sawDialog = dialog != nullptr;
            if (!dialog)
                return;
            QTest::keyClick(dialog, Qt::Key_L, Qt::ControlModifier);
            lockedInside = window.isLocked();
            if (dialog && dialog->isVisible()) // not locked: do not hang the test
                dialog->reject();
        });
        auditLog->trigger(); // exec() until the dialog closes
        QVERIFY(sawDialog);
        QVERIFY(lockedInside);
        QVERIFY(window.isLocked());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(!window.database());
    }
};

QTEST_MAIN(TestLockFromModal)
#include "tst_lockfrommodal.moc"
