// The window on an office server (issue 16), the attacker's way: the lock wipes the office key
// and the remembered server password (the session holds neither; the key's memory is freed),
// the unlock asks for the office key's passphrase (and the server password when one was typed),
// a wrong passphrase keeps the window locked, nothing is reachable while locked, and a draft
// typed before the lock is back after it. Also: connecting and the office key's unwrap run off
// the UI thread with a Cancel (ServerLogin), and the status bar names the login's role. The
// server parts run as tst_serverlock_postgres on the throwaway cluster.
#include "cases/caseworkspace.h"
#include "common/passphrase.h"
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
#include <QDir>
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

#include <fcntl.h>
#include <sodium.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("correct horse office staple");
const QString kMarker = QStringLiteral("Zindelbrot Lockmarker");

QString withPassword(const QString &uri, const QString &password)
{
    return uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("password=") + password;
}

QLineEdit *lockField(MainWindow &window, const char *name)
{
    return window.findChild<QLineEdit *>(QString::fromLatin1(name));
}

QString lockMessage(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("lockMessageLabel"))->text();
}

// How many times this process's readable memory holds the 32 bytes `masked` XOR `mask` (kept
// masked here, so this test's own copy is never one of them): what an attacker reading a memory
// dump would find. Read through /proc/self/mem into a buffer mapped outside the heap, skipped.
int copiesInMemory(const QByteArray &masked, const QByteArray &mask)
{
    const size_t chunk = 4 << 20;
    auto *buffer = static_cast<unsigned char *>(
        mmap(nullptr, chunk + 64, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (buffer == MAP_FAILED)
        return -1;
    const auto bufferStart = reinterpret_cast<quintptr>(buffer);
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (mem < 0 || !maps.open(QIODevice::ReadOnly)) {
        munmap(buffer, chunk + 64);
        return -1;
    }
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const auto first = static_cast<unsigned char>(masked.at(0) ^ mask.at(0));
    int found = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r'))
            continue;
        if (line.contains("[vvar]") || line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 start = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        if (start == bufferStart)
            continue;
        for (quint64 at = start; at < end; at += chunk) {
            const size_t want = size_t(std::min<quint64>(chunk + 31, end - at));
            const ssize_t got = pread(mem, buffer, want, off_t(at));
            if (got < 32)
                continue;
            const size_t limit = std::min<size_t>(size_t(got) - 31, chunk);
            for (size_t i = 0; i < limit; ++i) {
                if (buffer[i] != first)
                    continue;
                int j = 1;
                while (j < 32
                    && buffer[i + size_t(j)]
                        == static_cast<unsigned char>(masked.at(j) ^ mask.at(j)))
                    ++j;
                if (j == 32)
                    ++found;
            }
        }
    }
    ::close(mem);
    munmap(buffer, chunk + 64);
    return found;
}

// With TRUSTDESK_SHOTS=DIR set, a picture of `w` there (synthetic data only).
void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRUSTDESK_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200); // the message's label settles after the busy bar goes
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
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
        QVERIFY2(result->error().message.contains(QStringLiteral("Cannot reach")),
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

    // A server that is not there (a socket folder with no server in it) is said to be out of
    // reach, password or not: no password field to fill in that would not help, nothing opened.
    void anUnreachableServerIsNotARefusedLogin()
    {
        Settings settings(settingsPath());
        LockScreen screen(settings);
        LockedServer server;
        server.uri = QStringLiteral("postgresql:///office?host=") + m_dir.path();
        server.databaseName = QStringLiteral("office");
        server.login = QStringLiteral("ana");
        server.askOfficeKey = true;
        screen.setServer(server);
        screen.prepare();
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QSignalSpy unlocked(&screen, &LockScreen::serverUnlocked);
        auto *password
            = screen.findChild<QLineEdit *>(QStringLiteral("lockServerPasswordLineEdit"));
        auto *passphrase = screen.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        auto *message = screen.findChild<QLabel *>(QStringLiteral("lockMessageLabel"));
        QVERIFY(!password->isVisible());
        type(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        const QString away = QStringLiteral("Cannot reach the office server at %1. Check the "
                                            "network or ask your administrator; nothing was "
                                            "lost, try again.")
                                 .arg(m_dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), away, 15000);
        QVERIFY(!password->isVisible());
        QVERIFY(passphrase->isEnabled());
        QCOMPARE(unlocked.count(), 0);
    }

    // On the cluster: a login the server refuses without a password gets the password field;
    // a wrong password is named as such, and a server that is away as that: two sentences a
    // caseworker acts on differently (the old lock screen said the same for both).
    void aRefusedPasswordAndAnAwayServerAreToldApart()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_serverlock_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        QVERIFY(prepareServer(location, false));
        // A caseworker who logs in with a SCRAM password (pg-test-cluster.sh's test group).
        const QString login = QStringLiteral("td_lock_pw_%1").arg(::getpid());
        const QString secret = QStringLiteral("Right-Password-5521");
        {
            auto db = Database::open(location.target());
            QVERIFY(db);
            const auto set = StaffRoles(**db).set(login, QStringLiteral("caseworker"), secret);
            QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        }
        QCOMPARE(location.execOnServer(QStringLiteral(
                     "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
                     " 'trustdesk_test_scram') THEN CREATE ROLE trustdesk_test_scram; END IF; "
                     "END $$")),
            QString());
        QCOMPARE(
            location.execOnServer(QStringLiteral("GRANT trustdesk_test_scram TO %1").arg(login)),
            QString());

        const QString appPassphrase = QStringLiteral("app pass 42");
        Settings settings(settingsPath());
        settings.setPassphrase(Passphrase::hash(appPassphrase), Passphrase::newKeySalt());
        LockScreen screen(settings);
        LockedServer server;
        server.uri = test::asLogin(location.target(), login);
        server.databaseName = QStringLiteral("office");
        server.login = login;
        screen.setServer(server);
        screen.prepare();
        screen.resize(900, 560);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QSignalSpy unlocked(&screen, &LockScreen::serverUnlocked);
        auto *password
            = screen.findChild<QLineEdit *>(QStringLiteral("lockServerPasswordLineEdit"));
        auto *passphrase = screen.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        auto *message = screen.findChild<QLabel *>(QStringLiteral("lockMessageLabel"));

        // No password: the server asks for one, so the field appears.
        QVERIFY(!password->isVisible());
        type(passphrase, appPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(password->isVisible(), 15000);
        QVERIFY2(message->text().contains(QStringLiteral("without a password")),
            qPrintable(message->text()));

        // A wrong one: the server refused the password, for this login.
        type(password, QStringLiteral("not-the-password"));
        type(passphrase, appPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            passphrase->isEnabled() && !message->text().contains(QStringLiteral("Connecting")),
            15000);
        const QString refused = message->text();
        QVERIFY2(
            refused.startsWith(
                QStringLiteral("The server refused the password for the login %1.").arg(login)),
            qPrintable(refused));
        QVERIFY(!refused.contains(QStringLiteral("FATAL")));
        QVERIFY(!refused.contains(QStringLiteral("not-the-password")));
        QCOMPARE(unlocked.count(), 0);
        shot(&screen, QStringLiteral("lock-refused-password"));

        // The same login on a server that is not there (its socket folder empty): unreachable.
        QTemporaryDir empty;
        QUrl away(server.uri);
        QUrlQuery query(away);
        query.removeAllQueryItems(QStringLiteral("host"));
        query.addQueryItem(QStringLiteral("host"), empty.path());
        away.setQuery(query);
        server.uri = away.toString();
        server.askPassword = true;
        screen.setServer(server);
        screen.prepare();
        QVERIFY(password->isVisible());
        type(password, QStringLiteral("not-the-password"));
        type(passphrase, appPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().startsWith(
                QStringLiteral("Cannot reach the office server at %1.").arg(empty.path())),
            15000);
        QVERIFY(message->text() != refused);
        QCOMPARE(unlocked.count(), 0);
        shot(&screen, QStringLiteral("lock-unreachable"));

        // And the right password still opens it.
        server.uri = test::asLogin(location.target(), login);
        screen.setServer(server);
        screen.prepare();
        type(password, secret);
        type(passphrase, appPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 15000);
    }

    void theLockWipesTheOfficeKeyAndItsPassphraseUnlocks()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_serverlock_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        QVERIFY(prepareServer(location, true));
        Settings settings(settingsPath());
        MainWindow window(settings);
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        QVERIFY(window.connectToServer(location.target()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.database()->officeKey());
        QVERIFY(typeDraft(window));

        // Every holder of the office key: the session's copy is watched until it is freed, and
        // its bytes are looked for in all of this process's memory (kept masked here).
        std::weak_ptr<const SecureKey> key = window.session().sharedOfficeKey();
        QVERIFY(!key.expired());
        QByteArray mask(32, Qt::Uninitialized);
        randombytes_buf(mask.data(), 32);
        QByteArray masked(32, Qt::Uninitialized);
        for (int i = 0; i < 32; ++i)
            masked[i] = char(key.lock()->data()[i] ^ static_cast<unsigned char>(mask.at(i)));
        QVERIFY(copiesInMemory(masked, mask) > 0); // the scan finds the key while it is held
        // No app passphrase is set: the office key's passphrase is what locks the window.
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(!window.database());
        QVERIFY(window.session().isNull());
        QVERIFY2(key.expired(), "a copy of the office key outlived the lock");
        const int left = copiesInMemory(masked, mask);
        QVERIFY2(left == 0, qPrintable(QStringLiteral("%1 copies of the office key").arg(left)));
        QVERIFY(!window.workspace()->editor());

        QLineEdit *passphrase = lockField(window, "lockPassphraseLineEdit");
        QVERIFY(passphrase && passphrase->isVisible());
        QCOMPARE(passphrase->placeholderText(), QStringLiteral("Office key passphrase"));
        QVERIFY(!lockField(window, "lockServerPasswordLineEdit")->isVisible());

        // A wrong passphrase: a sentence, still locked, nothing open, the field back.
        type(passphrase, QStringLiteral("not the passphrase"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(lockMessage(window).contains(QStringLiteral("does not open the office key")));
        QVERIFY(window.isLocked());
        QVERIFY(!window.database());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QTRY_VERIFY(passphrase->isEnabled());

        // Cancel while it connects and unwraps: nothing opens, the attempt's key is dropped.
        type(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelUnlockPushButton"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(lockMessage(window).contains(QStringLiteral("Stopped")));
        QTest::qWait(500);
        QVERIFY(window.isLocked());
        QVERIFY(!window.database());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());

        type(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.isOnServer());
        QVERIFY(window.database()->officeKey());
        QVERIFY(window.session().hasOfficeKey());
        QCOMPARE(editorName(window), kMarker); // the draft, sealed with the office key
        Questions::setNextAnswer(1);
        QVERIFY(window.workspace()->confirmCloseEditor());
    }

    // A password typed at the connect is wiped at the lock and asked for again with the
    // passphrase; without the office key, the app passphrase proves who is back.
    void aTypedPasswordIsAskedForAgain()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_serverlock_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        QVERIFY(prepareServer(location, true));
        Settings settings(settingsPath());
        MainWindow window(settings);
        const QString secret = QStringLiteral("Marker-Password-81c2");
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        QVERIFY(window.connectToServer(withPassword(location.target(), secret)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.session().hasServerPassword());
        QVERIFY(typeDraft(window));
        window.lock();
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(window.session().isNull());
        QLineEdit *password = lockField(window, "lockServerPasswordLineEdit");
        QVERIFY(password->isVisible());
        QLineEdit *passphrase = lockField(window, "lockPassphraseLineEdit");
        type(password, secret);
        type(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.session().hasServerPassword());
        QCOMPARE(window.database()->connection().password(), secret);
        QCOMPARE(editorName(window), kMarker);
        Questions::setNextAnswer(1);
        QVERIFY(window.workspace()->confirmCloseEditor());
    }

    // With an app passphrase, a fresh start on a server locks at once, unless the office key's
    // passphrase was just typed (before any case data showed): it proves as much.
    void aFreshStartLocksUnlessTheOfficeKeyWasJustUnlocked()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_serverlock_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        QVERIFY(prepareServer(location, true));
        const QString appPassphrase = QStringLiteral("app pass 42");
        {
            Settings settings(settingsPath());
            settings.setPassphrase(Passphrase::hash(appPassphrase), Passphrase::newKeySalt());
            MainWindow window(settings);
            DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
            QVERIFY(window.connectToServer(location.target()));
            QVERIFY(!window.isLocked());
            QVERIFY(window.database()->officeKey());
        }
        {
            Settings settings(settingsPath());
            settings.setPassphrase(Passphrase::hash(appPassphrase), Passphrase::newKeySalt());
            MainWindow window(settings);
            DialogSeam::answerNext(DialogSeam::Kind::Text, QVariant()); // Cancel: no office key
            QVERIFY(window.connectToServer(location.target()));
            QVERIFY(window.isLocked());
            QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
            QCOMPARE(lockField(window, "lockPassphraseLineEdit")->placeholderText(),
                QStringLiteral("App passphrase"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            type(lockField(window, "lockPassphraseLineEdit"), appPassphrase);
            QTest::keyClick(lockField(window, "lockPassphraseLineEdit"), Qt::Key_Return);
            QTRY_VERIFY(!window.isLocked());
            QVERIFY(window.isOnServer());
        }
    }

    // While locked on a server, every action and shortcut does nothing and opens nothing.
    void nothingIsReachableWhileLocked()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_serverlock_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        QVERIFY(prepareServer(location, true));
        Settings settings(settingsPath());
        MainWindow window(settings);
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        QVERIFY(window.connectToServer(location.target()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.lock();
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QStringList seen;
        auto check = [&](const QString &after) {
            QCoreApplication::processEvents();
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w == &window || !w->isVisible())
                    continue;
                seen << after + QStringLiteral(": ")
                        + QString::fromLatin1(w->metaObject()->className());
                if (auto *dialog = qobject_cast<QDialog *>(w))
                    dialog->reject();
                else
                    w->close();
            }
            QVERIFY2(window.isLocked(), qPrintable(after));
            QVERIFY2(!window.database(), qPrintable(after));
            QVERIFY2(QSqlDatabase::connectionNames().isEmpty(), qPrintable(after));
        };
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->objectName() == QLatin1String("quitAction"))
                continue;
            const QString name
                = action->objectName().isEmpty() ? action->text() : action->objectName();
            action->trigger();
            check(QStringLiteral("triggering ") + name);
            for (const QKeySequence &shortcut : action->shortcuts()) {
                if (shortcut.isEmpty())
                    continue;
                QWidget *target = window.focusWidget() ? window.focusWidget() : &window;
                QTest::keyClick(target, shortcut[0].key(), shortcut[0].keyboardModifiers());
                check(QStringLiteral("the shortcut %1 of %2").arg(shortcut.toString(), name));
            }
        }
        for (const Qt::Key key : {Qt::Key_F, Qt::Key_E, Qt::Key_V, Qt::Key_H}) {
            QTest::keyClick(&window, key, Qt::AltModifier);
            check(QStringLiteral("Alt+%1").arg(QChar(key)));
        }
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1String(", "))));
        auto *passphrase = lockField(window, "lockPassphraseLineEdit");
        type(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
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
        QVERIFY(window.connectToServer(test::asLogin(location.target(), login)));
        QLabel *label = window.findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("login %1 (caseworker)").arg(login)),
            qPrintable(label->text()));
    }
};

QTEST_MAIN(TestServerLock)
#include "tst_serverlock.moc"
