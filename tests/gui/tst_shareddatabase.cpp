// The window and trustdesk-cli on one database file: the sequence that used to lose writes
// (editor open, the CLI writes, the window saves and quits), the window noticing changes made
// elsewhere, and a case changed underneath an open editor. Fictional people only.
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "clirun.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasewatcher.h"
#include "storage/draftstore.h"
#include "storage/opendatabasefiles.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace td;
using namespace td::ui;

namespace {

// The files of this process that are open but deleted: a WAL deleted under a live connection
// is what the lost writes came from.
QStringList deletedOpenFiles(const QString &databasePath)
{
    QStringList out;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(databasePath) && target.endsWith(QLatin1String("(deleted)")))
            out.append(target);
    }
    return out;
}

// A TrustDesk JSON file with one case of the CLI fixture under a new reference, whose open
// follow-up falls due tomorrow.
QString importFile(const QTemporaryDir &dir, const QString &reference)
{
    QFile fixture(qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")
        + QStringLiteral("/tests/cli/fixtures/cases.json"));
    if (!fixture.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(fixture.readAll()).object();
    QJsonObject c = root.value(QLatin1String("cases")).toArray().first().toObject();
    c.insert(QStringLiteral("reference"), reference);
    c.insert(QStringLiteral("follow_ups"),
        QJsonArray {QJsonObject {
            {QStringLiteral("due_on"), QDate::currentDate().addDays(1).toString(Qt::ISODate)},
            {QStringLiteral("done"), false},
            {QStringLiteral("note"), QStringLiteral("Call the review board back")}}});
    root.insert(QStringLiteral("cases"), QJsonArray {c});
    const QString path = dir.filePath(reference + QStringLiteral(".json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(root).toJson());
    return path;
}

bool followUpsShow(FollowUpsDock *dock, const QString &reference)
{
    auto *tree = dock->findChild<QTreeWidget *>(QStringLiteral("followUpsTreeWidget"));
    if (!tree)
        return false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            if (tree->topLevelItem(i)->child(j)->text(1) == reference)
                return true;
        }
    }
    return false;
}

QString storedCaseworker(const QString &dbPath, const QString &reference)
{
    const auto run
        = test::runCliOn(dbPath, {QStringLiteral("show"), reference, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.stdoutBytes)
        .object()
        .value(QLatin1String("cases"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("assigned_caseworker"))
        .toString();
}

} // namespace

class TestSharedDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location; ///< on PostgreSQL: this function's database
    QString m_dbPath; ///< the file, or the URI of a database on the test cluster

    // The drafts the window keeps for m_dbPath: beside the file, or, for an office server whose
    // office key is not unlocked (as here), in this process's memory under the server's folder.
    DraftStore drafts() const
    {
        if (!test::TestDatabase::onPostgres())
            return DraftStore(m_dbPath);
        auto db = Database::open(m_dbPath, Database::OpenMode::ExistingOnly);
        return db ? DraftStore(**db) : DraftStore(m_dbPath);
    }
    QString m_reference;
    qint64 m_id = 0;

    template<typename T> T *find(QWidget *window, const char *name)
    {
        auto *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }

    struct Window
    {
        std::unique_ptr<Settings> settings; // outlives the window
        std::unique_ptr<MainWindow> window;
    };

    // The window on the test's database, shown, looking for changes every `watchMs` (0: not).
    bool openWindow(Window &w, int watchMs)
    {
        static int n = 0;
        w.settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n)));
        w.window = std::make_unique<MainWindow>(*w.settings);
        if (!w.window->openDatabase(m_dbPath))
            return false;
        w.window->databaseWatcher()->setInterval(watchMs);
        w.window->show();
        return QTest::qWaitForWindowExposed(w.window.get());
    }

    // Opens the case in the editor the way a caseworker does: select it, Ctrl+E.
    CaseEditor *openEditor(MainWindow &window)
    {
        auto *table = find<QTableView>(&window, "caseTableView");
        window.caseListPage()->selectCase(m_id);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        return window.workspace()->editor();
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QVERIFY(m_dir.isValid());
        // Drafts are kept beside the database; for a server URI that is a relative folder.
        if (test::TestDatabase::onPostgres())
            QDir::setCurrent(m_dir.path());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        if (test::TestDatabase::onPostgres()) {
            m_location = std::make_unique<test::TestDatabase>(m_dir);
            QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
            m_dbPath = m_location->target();
        } else {
            m_dbPath = test::databasePath(m_dir, QStringLiteral("shared-%1.sqlite").arg(++n));
        }
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::minimalCase(QStringLiteral("Amina Example")));
        QVERIFY(saved.ok());
        m_reference = saved->reference;
        m_id = saved->id;
    }

    void cleanup() { DialogSeam::reset(); }

    void cliWritesWhileTheEditorIsOpenSurviveTheWindowsSaveAndQuit()
    {
        const QString imported = QStringLiteral("TD-2001-00777");
        const QString file = importFile(m_dir, imported);
        QVERIFY(!file.isEmpty());
        {
            Window opened;
            QVERIFY(openWindow(opened, 50));
            MainWindow &window = *opened.window;

            CaseEditor *editor = openEditor(window);
            QVERIFY(editor);
            // The window, the editor's evidence panel: more than one connection of ours is open,
            // which is when a stray descriptor used to drop the locks of the others.
            const bool onFile = !test::TestDatabase::onPostgres();
            if (onFile)
                QVERIFY(OpenDatabaseFiles::connections(m_dbPath) >= 2);

            // trustdesk-cli reads and writes while the editor is open.
            {
                const auto r1 = test::runCliOn(m_dbPath, {QStringLiteral("list")});
                EXPECT_EXIT(r1, 0);
            }
            {
                const auto r2 = test::runCliOn(m_dbPath, {QStringLiteral("import"), file});
                EXPECT_EXIT(r2, 0);
            }
            {
                const auto r3 = test::runCliOn(m_dbPath,
                    {QStringLiteral("show"), m_reference, QStringLiteral("--include-sensitive")});
                EXPECT_EXIT(r3, 0);
            }
            if (onFile)
                QVERIFY2(deletedOpenFiles(m_dbPath).isEmpty(),
                    qPrintable(deletedOpenFiles(m_dbPath).join(QLatin1Char(' '))));

            // The window notices: two cases, and the imported follow-up in the dock, without
            // View › Refresh and without touching the editor.
            QTRY_COMPARE(
                find<QLabel>(&window, "caseCountLabel")->text(), QStringLiteral("2 case(s)"));
            QCOMPARE(window.workspace()->editor(), editor);

            auto *caseworker = find<QLineEdit>(editor, "assignedCaseworkerLineEdit");
            caseworker->setFocus();
            caseworker->selectAll();
            QTest::keyClicks(caseworker, QStringLiteral("Rosa Caseworker"));
            QTest::keyClick(caseworker, Qt::Key_S, Qt::ControlModifier);
            QVERIFY2(!editor->hasUnsavedChanges(),
                qPrintable(find<QLabel>(editor, "editorMessageLabel")->text()));

            // Seen by another process at once, while the window is still open.
            QCOMPARE(storedCaseworker(m_dbPath, m_reference), QStringLiteral("Rosa Caseworker"));
            QTest::keyClick(editor, Qt::Key_Escape);
            QTRY_VERIFY(window.workspace()->editor() == nullptr);
            QTRY_VERIFY(followUpsShow(window.followUpsDock(), imported));
            window.close();
        } // the window quits: its connections close, the last one checkpoints

        const auto list = test::runCliOn(m_dbPath, {QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        QVERIFY2(list.out.contains(imported), qPrintable(list.out));
        QCOMPARE(storedCaseworker(m_dbPath, m_reference), QStringLiteral("Rosa Caseworker"));
        {
            const auto r4 = test::runCliOn(m_dbPath, {QStringLiteral("verify")});
            EXPECT_EXIT(r4, 0);
        }
        // The CLI's audit entry (a view of sensitive fields) survived the window's checkpoint.
        auto db = Database::open(m_dbPath, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_events WHERE action = 'case.view_sensitive'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aCaseChangedUnderTheEditorIsNeverSilentlyOverwritten()
    {
        Window opened;
        QVERIFY(openWindow(opened, 50));
        MainWindow &window = *opened.window;
        CaseEditor *editor = openEditor(window);
        QVERIFY(editor);
        auto *caseworker = find<QLineEdit>(editor, "assignedCaseworkerLineEdit");
        auto *message = find<QLabel>(editor, "editorMessageLabel");

        // Another window saves the same case.
        const auto saveElsewhere = [this](const QString &who) {
            auto other = Database::open(m_dbPath, Database::OpenMode::ExistingOnly);
            QVERIFY(other.ok());
            CaseRepository repo(**other, QStringLiteral("other-window"));
            auto c = repo.load(m_id);
            QVERIFY(c.ok());
            c->assignedCaseworker = who;
            QVERIFY(repo.save(c.value()).ok());
        };
        saveElsewhere(QStringLiteral("Other Window"));
        QTRY_VERIFY2(message->text().contains(QLatin1String("changed elsewhere")),
            qPrintable(message->text()));

        caseworker->setFocus();
        caseworker->selectAll();
        QTest::keyClicks(caseworker, QStringLiteral("Mine Typed Here"));
        editor->saveDraftNow();
        // Its draft is live: another window on this database must not offer it as a crash's.
        QVERIFY(!drafts().list(DraftStore::Live::Include).isEmpty());
        QVERIFY(drafts().list().isEmpty());

        // Keep Editing: nothing saved, nothing typed is lost.
        Questions::setNextAnswer(0);
        QTest::keyClick(caseworker, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(storedCaseworker(m_dbPath, m_reference), QStringLiteral("Other Window"));
        QCOMPARE(caseworker->text(), QStringLiteral("Mine Typed Here"));
        QVERIFY(editor->hasUnsavedChanges());
        // The question says who changed which section, and when.
        const QString asked = Questions::lastQuestion();
        QVERIFY2(asked.contains(QLatin1String("other-window changed case ")), qPrintable(asked));
        QVERIFY2(
            asked.contains(QLatin1String("Changed since you opened it: Case.")), qPrintable(asked));

        // Overwrite with Mine: saved, deliberately.
        Questions::setNextAnswer(1);
        QTest::keyClick(caseworker, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(storedCaseworker(m_dbPath, m_reference), QStringLiteral("Mine Typed Here"));
        QVERIFY(!editor->hasUnsavedChanges());
        {
            // Audited as an overwrite, not as an ordinary save.
            auto db = Database::open(m_dbPath, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            auto events
                = CaseRepository(**db, QStringLiteral("reader")).audit().events(m_reference, 1);
            QVERIFY(events.ok() && !events->isEmpty());
            QVERIFY2(events->constFirst().detail.startsWith(QLatin1String("overwrote revision ")),
                qPrintable(events->constFirst().detail));
            QVERIFY(events->constFirst().detail.endsWith(QLatin1String(" by other-window")));
        }

        // Changed elsewhere again; this time load their version.
        saveElsewhere(QStringLiteral("Third Person"));
        caseworker->setFocus();
        caseworker->selectAll();
        QTest::keyClicks(caseworker, QStringLiteral("Second Try"));
        Questions::setNextAnswer(2);
        QTest::keyClick(caseworker, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(storedCaseworker(m_dbPath, m_reference), QStringLiteral("Third Person"));
        QCOMPARE(caseworker->text(), QStringLiteral("Third Person"));
        QVERIFY(!editor->hasUnsavedChanges());
        // What was typed is not dropped: it waits as an unsaved draft, offered like a crash's.
        QVERIFY2(message->text().contains(QLatin1String("kept as an unsaved draft")),
            qPrintable(message->text()));
        const QList<Draft> aside = drafts().list();
        QCOMPARE(aside.size(), 1);
        QCOMPARE(aside.constFirst().caseFile.assignedCaseworker, QStringLiteral("Second Try"));
        QCOMPARE(aside.constFirst().caseId, m_id);
        QVERIFY(drafts().remove(aside.constFirst().id).ok());

        // And a save with nothing changed elsewhere goes through without a question.
        caseworker->selectAll();
        QTest::keyClicks(caseworker, QStringLiteral("Final Name"));
        QTest::keyClick(caseworker, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(storedCaseworker(m_dbPath, m_reference), QStringLiteral("Final Name"));
    }

    void aRefreshKeepsTheCaseworkersPlace()
    {
        {
            auto db = Database::open(m_dbPath, Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            QList<CaseFile> cases;
            for (int i = 0; i < 2 * CaseListModel::pageSize() + 50; ++i)
                cases.append(test::minimalCase(QStringLiteral("Scroll Example %1").arg(i)));
            QVERIFY(repo.insertAll(cases, QStringLiteral("case.create")).ok());
        }
        Window opened;
        QVERIFY(openWindow(opened, 50));
        MainWindow &window = *opened.window;
        auto *table = find<QTableView>(&window, "caseTableView");
        auto *sensitive = find<QCheckBox>(&window, "showSensitiveCheckBox");
        QVERIFY(table && sensitive);

        // Far down the list (three pages loaded), a case selected, its sensitive fields shown.
        table->setFocus();
        for (int i = 0; i < 20 && table->model()->rowCount() <= 2 * CaseListModel::pageSize();
             ++i) {
            table->scrollToBottom(); // the view fetches the next page when it reaches the end
            QTest::qWait(20);
        }
        QVERIFY(table->model()->rowCount() > 2 * CaseListModel::pageSize());
        table->scrollToBottom();
        const int row = table->model()->rowCount() - 3;
        table->selectRow(row);
        const qint64 id = table->model()->index(row, 0).data(CaseListModel::IdRole).toLongLong();
        QCOMPARE(window.caseListPage()->currentCaseId(), id);
        sensitive->setChecked(true);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        const QString imported = QStringLiteral("TD-2001-00779");
        const auto run
            = test::runCliOn(m_dbPath, {QStringLiteral("import"), importFile(m_dir, imported)});
        EXPECT_EXIT(run, 0);
        QTRY_COMPARE(find<QLabel>(&window, "caseCountLabel")->text(),
            QStringLiteral("%1 case(s)").arg(2 * CaseListModel::pageSize() + 52));
        QCOMPARE(window.caseListPage()->currentCaseId(), id);
        QVERIFY(sensitive->isChecked());
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
    }

    void viewRefreshAlsoRefreshesTheFollowUps()
    {
        Window opened;
        QVERIFY(openWindow(opened, 0)); // only the menu refreshes here
        MainWindow &window = *opened.window;
        // The dock fills itself once after the first paint: let that happen first.
        QTRY_VERIFY(find<QLineEdit>(&window, "searchLineEdit")->isClearButtonEnabled());
        QTest::qWait(200);
        const QString imported = QStringLiteral("TD-2001-00778");
        {
            const auto r5
                = test::runCliOn(m_dbPath, {QStringLiteral("import"), importFile(m_dir, imported)});
            EXPECT_EXIT(r5, 0);
        }
        QTest::qWait(200);
        QVERIFY(!followUpsShow(window.followUpsDock(), imported));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        refresh->trigger();
        QVERIFY(followUpsShow(window.followUpsDock(), imported));
        QCOMPARE(find<QLabel>(&window, "caseCountLabel")->text(), QStringLiteral("2 case(s)"));
    }
};

QTEST_MAIN(TestSharedDatabase)
#include "tst_shareddatabase.moc"
