// The window on an office server (issue 16): connecting and the office key's unwrap run off the
// UI thread with a Cancel (ServerLogin), and the status bar names the login's role. The server
// parts run as tst_serverlock_postgres on the throwaway cluster.
#include "cases/caseworkspace.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "office/connectserverdialog.h"
#include "office/officestatus.h"
#include "office/serverlogin.h"
#include "security/lockscreen.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasesession.h"
#include "storage/officekeys.h"
#include "storage/staffroles.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("correct horse office staple");
const QString kMarker = QStringLiteral("Zindelbrot Lockmarker");

QString asLogin(const QString &uri, const QString &login)
{
    QUrl url(uri);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("user"));
    query.addQueryItem(QStringLiteral("user"), login);
    url.setQuery(query);
    url.setUserName(QString());
    return url.toString();
}

void type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
}

} // namespace

class TestServerLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsCount = 0;

    QString settingsPath()
    {
        return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount));
    }

    // A server database holding one case and an office key this login opens with kPassphrase.
    static bool prepareServer(const test::TestDatabase &location, bool withKey)
    {
        auto db = Database::open(location.target());
        if (!db)
            return false;
        if (!CaseRepository(**db, QStringLiteral("colleague"))
                 .save(test::minimalCase(QStringLiteral("Amina Example")))
                 .ok())
            return false;
        return !withKey
            || OfficeKeys(**db)
                   .create(kPassphrase, QStringLiteral("admin"), KeyWrap::Cost::Fast)
                   .ok();
    }

    // A new case in the editor with kMarker typed as the client's name.
    static bool typeDraft(MainWindow &window)
    {
        window.workspace()->newCase();
        CaseEditor *editor = window.workspace()->editor();
        if (!editor)
            return false;
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
        if (!name)
            return false;
        type(name, kMarker);
        return true;
    }

    static QString editorName(MainWindow &window)
    {
        CaseEditor *editor = window.workspace()->editor();
        return editor ? editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"))->text()
                      : QString();
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        LockScreen::setRetryDelayUnitForTests(0);
    }

    void cleanup()
    {
        DialogSeam::reset();
        Questions::clearNextAnswer();
        ServerLogin::setCancelNextWaitForTests(false);
    }

    void theRoleHasWordsOfItsOwn()
    {
        QCOMPARE(OfficeStatus::serverLabel(QStringLiteral("office"), QStringLiteral("db"),
                     QStringLiteral("ana"), QStringLiteral("caseworker")),
            QStringLiteral("Office server: office on db, login ana (caseworker)"));
        QCOMPARE(OfficeStatus::serverLabel(QStringLiteral("office"), QStringLiteral("db"),
                     QStringLiteral("ana"), QString()),
            QStringLiteral("Office server: office on db, login ana"));
        QCOMPARE(
            OfficeStatus::roleName(QStringLiteral("supervisor")), QStringLiteral("supervisor"));
    }

    // The login is tried in a pool thread: the UI thread keeps answering while it runs, and the
    // failure is a sentence, not the server's text.
    void aLoginRunsOffTheUiThread()
    {
        ServerLogin login;
        QVERIFY(login.start(QStringLiteral("postgresql:///office?host=") + m_dir.path()));
        QVERIFY(login.isRunning());
        QVERIFY(!login.start(QStringLiteral("postgresql:///other?host=") + m_dir.path()));
        QSignalSpy done(&login, &ServerLogin::finished);
        QVERIFY(done.wait(15000));
        auto result = login.takeResult();
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().message.contains(QStringLiteral("could not be reached")),
            qPrintable(result->error().message));
        QVERIFY(!login.isRunning());
    }

    // Cancel while connecting: the dialog keeps what was typed and says it stopped.
    void cancellingAConnectKeepsTheFields()
    {
        ConnectServerDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("serverHostLineEdit"))->setText(m_dir.path());
        dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabaseLineEdit"))
            ->setText(QStringLiteral("office"));
        dialog.findChild<QLineEdit *>(QStringLiteral("serverPasswordLineEdit"))
            ->setText(QStringLiteral("typed"));
        ServerLogin::setCancelNextWaitForTests(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeDatabase());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("connectServerMessageLabel"));
        QVERIFY2(
            message->text().contains(QStringLiteral("cancelled")), qPrintable(message->text()));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabaseLineEdit"))->text(),
            QStringLiteral("office"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverPasswordLineEdit"))->text(),
            QStringLiteral("typed"));
    }

    // The status bar names the login and its office role, in the person's language.
    void theStatusBarNamesTheRole()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_serverlock_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        QVERIFY(prepareServer(location, false));
        const QString login = QStringLiteral("td_lockcw_%1").arg(::getpid());
        {
            auto db = Database::open(location.target());
            QVERIFY(db.ok());
            QVERIFY(StaffRoles(**db).set(login, QStringLiteral("caseworker")).ok());
        }
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.connectToServer(asLogin(location.target(), login)));
        QLabel *label = window.findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("login %1 (caseworker)").arg(login)),
            qPrintable(label->text()));
    }
};

QTEST_MAIN(TestServerLock)
#include "tst_serverlock.moc"
