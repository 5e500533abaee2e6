// Locked means locked: while the window is locked the database is closed and its key released,
// no model holds a case row, and nothing reachable by a menu, an action, a shortcut or a context
// menu shows case data or opens a window. The unlock reopens the database and brings back the
// selected case and what was being typed in the editor.
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "common/passphrase.h"
#include "common/settings.h"
#include "crypto/vaultkeyfile.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "security/lockscreen.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace td;
using namespace td::ui;

namespace {

const QString kAppPassphrase = QStringLiteral("s3cret pass");
const QString kVaultPassphrase = QStringLiteral("correct horse battery");
// Fictional markers: a client's name, a narrative and a follow-up note.
const QString kClient = QStringLiteral("Walburga Lockwell");
const QString kNarrative = QStringLiteral("Zephyrine lamppost narrative");
const QString kNote = QStringLiteral("Quillfeather callback note");
const QString kTyped = QStringLiteral("Typed before the lock");

CaseFile seededCase()
{
    CaseFile c = test::minimalCase(kClient);
    c.incidents[0].narrative = kNarrative;
    FollowUp f;
    f.dueOn = QDate::currentDate();
    f.note = kNote;
    c.followUps = {f};
    return c;
}

bool holdsMarker(const QString &text)
{
    return text.contains(kClient) || text.contains(kNarrative) || text.contains(kNote)
        || text.contains(kTyped);
}

// Every piece of case text a widget shows or a model holds under `root`. `visibleOnly`: only
// what is on screen; otherwise what is in memory too (the models, the detail pane's document).
QStringList caseTextIn(QWidget *root, bool visibleOnly)
{
    QStringList found;
    auto note = [&found](const QObject *where, const QString &text) {
        if (holdsMarker(text))
            found << QStringLiteral("%1 (%2)").arg(
                where->objectName(), QString::fromLatin1(where->metaObject()->className()));
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (visibleOnly && !w->isVisible())
            continue;
        if (w->isWindow())
            note(w, w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            note(w, label->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            note(w, edit->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(w, button->text());
        if (auto *text = qobject_cast<QTextEdit *>(w))
            note(w, text->toPlainText());
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            note(w, plain->toPlainText());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            // Depth-first over the tree (the follow-ups are grouped under two headings).
            QList<QModelIndex> parents {QModelIndex()};
            while (!parents.isEmpty()) {
                const QModelIndex parent = parents.takeLast();
                for (int r = 0; r < std::min(model->rowCount(parent), 500); ++r) {
                    for (int c = 0; c < model->columnCount(parent); ++c)
                        note(w, model->index(r, c, parent).data().toString());
                    parents << model->index(r, 0, parent);
                }
            }
        }
    }
    return found;
}

} // namespace

class TestLockWalk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plain;
    QString m_vault;
    int m_settingsCount = 0;
    QTimer m_watchdog;
    QStringList m_windowsSeen; ///< windows that appeared while the watchdog ran
    QPointer<MainWindow> m_window;

    QString settingsPath()
    {
        return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount));
    }

    static void enter(MainWindow &window, const QString &secret)
    {
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(field);
        QTRY_VERIFY(field->isEnabled() && field->isVisible());
        field->setFocus();
        QTest::keyClicks(field, secret);
        QTest::keyClick(field, Qt::Key_Return);
    }

    // Any other visible window is noted and closed, so a modal one cannot block the walk.
    void watchWindows()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w == m_window || !w->isVisible())
                continue;
            m_windowsSeen << QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->reject();
            else
                w->close();
        }
    }

    void checkNothingShows(MainWindow &window, const QString &after)
    {
        QCoreApplication::processEvents();
        watchWindows();
        const QStringList shown = caseTextIn(&window, true);
        QVERIFY2(shown.isEmpty(),
            qPrintable(QStringLiteral("after %1: %2").arg(after, shown.join(QLatin1String(", ")))));
        QVERIFY2(m_windowsSeen.isEmpty(),
            qPrintable(QStringLiteral("after %1, a window appeared: %2")
                           .arg(after, m_windowsSeen.join(QLatin1String(", ")))));
        QVERIFY2(window.isLocked(), qPrintable(after));
        QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
            qPrintable(QStringLiteral("after %1 a connection is open: %2")
                           .arg(after, QSqlDatabase::connectionNames().join(QLatin1String(", ")))));
    }

    static QLineEdit *fullName(MainWindow &window)
    {
        return window.findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
    }

private slots:
    void initTestCase()
    {
        m_plain = test::databasePath(m_dir, QStringLiteral("plain.sqlite"));
        {
            auto db = Database::open(m_plain);
            QVERIFY(db.ok());
            CaseRepository repository(**db, QStringLiteral("tester"));
            QVERIFY(repository.save(seededCase()).ok());
            QVERIFY(repository.save(test::minimalCase(QStringLiteral("Other Example"))).ok());
        }
        m_vault = test::databasePath(m_dir, QStringLiteral("vault.sqlite"));
        auto created = VaultKeyFile::create(
            VaultKeyFile::pathFor(m_vault), kVaultPassphrase, VaultKeyFile::Cost::Fast);
        QVERIFY(created.ok());
        auto db = Database::open(m_vault, Database::OpenMode::CreateIfMissing, created->dataKey);
        QVERIFY(db.ok());
        QVERIFY(CaseRepository(**db, QStringLiteral("tester")).save(seededCase()).ok());
        LockScreen::setRetryDelayUnitForTests(0);
        m_watchdog.setInterval(20);
        connect(&m_watchdog, &QTimer::timeout, this, &TestLockWalk::watchWindows);
    }

    void cleanup()
    {
        m_watchdog.stop();
        m_windowsSeen.clear();
        Questions::clearNextAnswer();
    }

    void aStartWithAnAppPassphraseOpensNothing()
    {
        Settings settings(settingsPath());
        settings.setPassphrase(Passphrase::hash(kAppPassphrase), Passphrase::newKeySalt());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_plain));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isLocked());
        QVERIFY(!window.database());
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(caseTextIn(&window, false).isEmpty());
        enter(window, kAppPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());
        QTRY_COMPARE(window.caseListPage()->model()->rowCount(), 2);
    }

    void lockClosesThePlainDatabaseAndTheUnlockBringsBackTheEditor()
    {
        Settings settings(settingsPath());
        settings.setPassphrase(Passphrase::hash(kAppPassphrase), Passphrase::newKeySalt());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_plain));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        enter(window, kAppPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QTRY_COMPARE(window.caseListPage()->model()->rowCount(), 2);
        const qint64 id = window.caseListPage()
                              ->model()
                              ->index(window.caseListPage()->model()->rowCount() - 1, 0)
                              .data(CaseListModel::IdRole)
                              .toLongLong();
        QVERIFY(id > 0);
        window.caseListPage()->selectCase(id);
        const qint64 selected = window.caseListPage()->currentCaseId();
        QVERIFY(selected > 0);
        window.workspace()->editCase(selected);
        QVERIFY(window.workspace()->editor());
        QLineEdit *name = fullName(window);
        QVERIFY(name);
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" ") + kTyped);

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(!window.database());
        QVERIFY(window.session().isNull());
        QVERIFY(!window.workspace()->editor());
        QCOMPARE(window.caseListPage()->model()->rowCount(), 0);
        const QStringList held = caseTextIn(&window, false);
        QVERIFY2(held.isEmpty(), qPrintable(held.join(QLatin1String(", "))));

        enter(window, kAppPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());
        QVERIFY(!QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(window.workspace()->editor());
        QCOMPARE(window.workspace()->editor()->caseId(), selected);
        QVERIFY(fullName(window)->text().endsWith(kTyped));
        QVERIFY(window.workspace()->editor()->hasUnsavedChanges());
        Questions::setNextAnswer(1); // discard
        QVERIFY(window.workspace()->confirmCloseEditor());
        QCOMPARE(window.caseListPage()->currentCaseId(), selected);
    }

    void lockDropsTheVaultKeyAndTheUnlockDerivesItAgain()
    {
        Settings settings(settingsPath());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_vault));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        enter(window, kVaultPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.session().isEncrypted());
        window.workspace()->newCase();
        QLineEdit *name = fullName(window);
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, kTyped);

        window.lock();
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
        QVERIFY(!window.database());
        QVERIFY(!window.session().dataKey());
        QVERIFY(!window.workspace()->editor());
        const QStringList held = caseTextIn(&window, false);
        QVERIFY2(held.isEmpty(), qPrintable(held.join(QLatin1String(", "))));
        // The passphrase is asked again: the key is derived anew, not kept.
        QVERIFY(
            window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"))->isVisible());

        enter(window, kVaultPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.session().isEncrypted());
        QVERIFY(window.workspace()->editor());
        QCOMPARE(fullName(window)->text(), kTyped);
        Questions::setNextAnswer(1);
        QVERIFY(window.workspace()->confirmCloseEditor());
    }

    void walkEveryActionWhileLocked()
    {
        Settings settings(settingsPath());
        settings.setPassphrase(Passphrase::hash(kAppPassphrase), Passphrase::newKeySalt());
        MainWindow window(settings);
        m_window = &window;
        QVERIFY(window.openDatabase(m_plain));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        enter(window, kAppPassphrase);
        QTRY_VERIFY(!window.isLocked());
        // Case data on screen before the lock: the list, the follow-ups with the note.
        QTRY_VERIFY(!caseTextIn(&window, true).isEmpty());
        QTRY_VERIFY(
            window.followUpsDock()->dueSoonCount() + window.followUpsDock()->overdueCount() > 0);
        window.caseListPage()->selectCase(
            window.caseListPage()->model()->index(0, 0).data(CaseListModel::IdRole).toLongLong());
        // The officer roster is open (not modal) when the lock comes: it goes with its rows.
        auto *officers = window.findChild<QAction *>(QStringLiteral("officersAction"));
        QVERIFY(officers);
        officers->trigger();
        QPointer<QDialog> roster
            = window.findChild<QDialog *>(QStringLiteral("officerRosterDialog"));
        QVERIFY(roster && roster->isVisible());

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        QTRY_VERIFY(!roster); // closed and deleted, not merely hidden
        m_watchdog.start();
        checkNothingShows(window, QStringLiteral("the lock"));

        // Every action, as a menu or a toolbar would trigger it, then by its shortcuts.
        const QList<QAction *> actions = window.findChildren<QAction *>();
        QVERIFY(actions.size() > 15);
        // The walk below reaches the roster and the case-list export too.
        for (const char *name : {"officersAction", "exportCaseListAction"}) {
            auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(a && actions.contains(a) && !a->isEnabled(), name);
        }
        for (QAction *action : actions) {
            // Quitting stays possible while locked (it closes this window; nothing is shown).
            if (action->objectName() == QLatin1String("quitAction"))
                continue;
            const QString name
                = action->objectName().isEmpty() ? action->text() : action->objectName();
            action->trigger();
            checkNothingShows(window, QStringLiteral("triggering %1").arg(name));
            for (const QKeySequence &shortcut : action->shortcuts()) {
                if (shortcut.isEmpty())
                    continue;
                QWidget *target = window.focusWidget() ? window.focusWidget() : &window;
                QTest::keyClick(target, shortcut[0].key(), shortcut[0].keyboardModifiers());
                checkNothingShows(
                    window, QStringLiteral("the shortcut %1 of %2").arg(shortcut.toString(), name));
            }
        }
        // The menus' mnemonics and the dock toggle.
        for (const Qt::Key key : {Qt::Key_F, Qt::Key_E, Qt::Key_V, Qt::Key_H}) {
            QTest::keyClick(&window, key, Qt::AltModifier);
            checkNothingShows(window, QStringLiteral("Alt+%1").arg(QChar(key)));
        }
        window.followUpsDock()->toggleViewAction()->trigger();
        checkNothingShows(window, QStringLiteral("the follow-ups toggle"));
        QVERIFY(!window.followUpsDock()->isVisible());

        // Right-clicks: the menu bar, the docks, the central area, the status bar.
        QList<QWidget *> targets {
            window.menuBar(), window.centralWidget(), window.statusBar(), &window};
        for (auto *dock : window.findChildren<QDockWidget *>())
            targets << dock;
        for (QWidget *target : std::as_const(targets)) {
            QTest::mouseClick(target, Qt::RightButton, {}, QPoint(5, 5));
            QContextMenuEvent event(
                QContextMenuEvent::Mouse, QPoint(5, 5), target->mapToGlobal(QPoint(5, 5)));
            QApplication::sendEvent(target, &event);
            checkNothingShows(
                window, QStringLiteral("a right-click on %1").arg(target->objectName()));
        }
        QCOMPARE(window.createPopupMenu(), nullptr);
        // Left clicks on the menu bar's titles open nothing either.
        for (QAction *menu : window.menuBar()->actions()) {
            QTest::mouseClick(window.menuBar(), Qt::LeftButton, {},
                window.menuBar()->actionGeometry(menu).center());
            checkNothingShows(window, QStringLiteral("a click on the menu %1").arg(menu->text()));
        }

        m_watchdog.stop();
        enter(window, kAppPassphrase);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());
    }
};

QTEST_MAIN(TestLockWalk)
#include "tst_lockwalk.moc"
