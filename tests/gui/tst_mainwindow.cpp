#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <vector>

using namespace td;
using namespace td::ui;

namespace { } // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<test::TestDatabase>> m_locations;
    QString m_dbPath; ///< the file, or the URI of a database on the test cluster
    QString m_reference;

    // A new database: `name` in the folder, or an empty one on the test cluster.
    QString newDatabase(const QString &name)
    {
        if (!test::TestDatabase::onPostgres())
            return test::databasePath(m_dir, name);
        m_locations.push_back(std::make_unique<test::TestDatabase>(m_dir));
        if (!m_locations.back()->error().isEmpty())
            qWarning("%s", qPrintable(m_locations.back()->error()));
        // An office database is set up by its admin (trustdesk-cli init) before anyone connects;
        // the window never sets one up itself (it offers the connect dialog instead).
        const QString target = m_locations.back()->target();
        if (auto made = Database::open(target, Database::OpenMode::CreateIfMissing); !made)
            qWarning("%s", qPrintable(made.error().message));
        return target;
    }

    template<typename T> T *find(QWidget *window, const char *name)
    {
        auto *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }

private slots:
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        // Drafts of a server database go to a folder named after its URI, relative to the
        // working directory (docs/office-mode.md): keep them in the test's folder.
        if (test::TestDatabase::onPostgres())
            QDir::setCurrent(m_dir.path());
        m_dbPath = newDatabase(QStringLiteral("cases.sqlite"));
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QList<CaseFile> cases;
        for (int i = 0; i < 300; ++i)
            cases.append(test::minimalCase(QStringLiteral("Generic Example %1").arg(i)));
        QVERIFY(repo.insertAll(cases, QStringLiteral("case.create")).ok());
        auto saved = repo.save(test::sampleCase()); // the newest case: first row
        QVERIFY(saved.ok());
        m_reference = saved->reference;
    }

    void theCountArrivesAfterTheFirstPage()
    {
        // Above the model's cap the status line says "more than" at once, with the first page,
        // and the exact total replaces it when the window's own connection has counted it; a
        // search with more matches than a page likewise.
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = find<QTableView>(&window, "caseTableView");
        auto *status = find<QComboBox>(&window, "statusFilterComboBox");
        auto *search = find<QLineEdit>(&window, "searchLineEdit");
        auto *count = find<QLabel>(&window, "caseCountLabel");
        QVERIFY(table && status && search && count);
        window.caseListPage()->model()->setCountCap(100);
        status->setCurrentIndex(status->findData(QStringLiteral("evidence")));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        status->setCurrentIndex(0); // all statuses: the list is reset at once
        QCOMPARE(table->model()->rowCount(), CaseListModel::pageSize());
        QCOMPARE(count->text(), QStringLiteral("More than 100 case(s)"));
        QTRY_COMPARE(count->text(), QStringLiteral("301 case(s)"));

        search->setText(QStringLiteral("generic example"));
        QTRY_COMPARE(window.caseListPage()->model()->query().text, search->text());
        QCOMPARE(table->model()->rowCount(), CaseListModel::pageSize());
        QTRY_COMPARE(count->text(), QStringLiteral("300 matching case(s)"));
    }

    void listSearchFilterAndDetails()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *table = find<QTableView>(&window, "caseTableView");
        auto *search = find<QLineEdit>(&window, "searchLineEdit");
        auto *status = find<QComboBox>(&window, "statusFilterComboBox");
        auto *count = find<QLabel>(&window, "caseCountLabel");
        auto *details = find<QTextBrowser>(&window, "caseDetailTextBrowser");
        auto *sensitive = find<QCheckBox>(&window, "showSensitiveCheckBox");
        QVERIFY(table && search && status && count && details && sensitive);
        QTRY_VERIFY(search->isClearButtonEnabled()); // set up once the window has painted

        // Lazy: the whole database is counted, only a page is loaded.
        QCOMPARE(count->text(), QStringLiteral("301 case(s)"));
        QCOMPARE(table->model()->rowCount(), CaseListModel::pageSize());
        QCOMPARE(table->model()->index(0, CaseListModel::ReferenceColumn).data().toString(),
            m_reference);

        // Type a search the way a caseworker does: accents and case do not matter.
        QVERIFY(QTest::qWaitFor([&] { return search->hasFocus(); }));
        QTest::keyClicks(search, QStringLiteral("nguyen thi"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 matching case(s)"));

        // Enter jumps to the results and selects the first: the details show, sensitive fields
        // hidden.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(table->hasFocus());
        QTRY_VERIFY(details->isVisible());
        const CaseFile sample = test::sampleCase();
        QVERIFY(details->toPlainText().contains(sample.client.fullName));
        QVERIFY(details->toPlainText().contains(QStringLiteral("BPD-0042")));
        QVERIFY(!details->toPlainText().contains(sample.client.aNumber));
        QVERIFY(!details->toPlainText().contains(sample.client.immigrationStatus));

        // Showing them is deliberate and audited.
        QTest::mouseClick(sensitive, Qt::LeftButton, {}, QPoint(5, sensitive->height() / 2));
        QVERIFY(sensitive->isChecked());
        QVERIFY(details->toPlainText().contains(sample.client.aNumber));
        QVERIFY(details->toPlainText().contains(sample.client.immigrationStatus));
        {
            auto db = Database::open(m_dbPath, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            auto events = AuditLog(**db, QStringLiteral("tester")).events(m_reference);
            QVERIFY(events.ok());
            QCOMPARE(events->constFirst().action, QStringLiteral("case.view_sensitive"));
        }

        // Clearing the search brings every case back; the status filter narrows it.
        search->clear();
        QTRY_COMPARE(count->text(), QStringLiteral("301 case(s)"));
        QVERIFY(!sensitive->isChecked());
        status->setCurrentIndex(status->findData(QStringLiteral("evidence")));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 matching case(s)"));

        // Ctrl+F goes back to the search box.
        table->setFocus();
        auto *findAction = window.findChild<QAction *>(QStringLiteral("findAction"));
        QVERIFY(findAction);
        findAction->trigger();
        QVERIFY(search->hasFocus());
        window.close();
    }

    // In Arabic the window is right-to-left. Qt 6.4's QTableView::selectRow looks for the
    // row's first column one pixel past the viewport's right edge there, finds none and selects
    // nothing: Enter in the search and a case just saved were left unselected.
    void rightToLeftSelectsTheFirstResultAndASavedCase()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings-rtl.ini")));
        MainWindow window(settings);
        window.setLayoutDirection(Qt::RightToLeft);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = find<QTableView>(&window, "caseTableView");
        auto *search = find<QLineEdit>(&window, "searchLineEdit");
        auto *details = find<QTextBrowser>(&window, "caseDetailTextBrowser");
        QVERIFY(table && search && details);
        QVERIFY(table->isRightToLeft());

        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("nguyen thi"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.caseListPage()->currentCaseId() > 0, true);
        QTRY_VERIFY(details->toPlainText().contains(test::sampleCase().client.fullName));

        search->clear();
        QTRY_VERIFY(table->model()->rowCount() > 1);
        const qint64 other = table->model()->index(5, 0).data(CaseListModel::IdRole).toLongLong();
        window.caseListPage()->selectCase(other);
        QCOMPARE(window.caseListPage()->currentCaseId(), other);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        window.close();
    }

    void followUpsShowOnceTheWindowHasPainted()
    {
        const QString path = newDatabase(QStringLiteral("followups.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            CaseFile c = test::minimalCase(QStringLiteral("Generic Example"));
            c.followUps = {
                FollowUp {0, QDate::currentDate().addDays(-1), false, QStringLiteral("Call back")},
                FollowUp {
                    0, QDate::currentDate().addDays(2), false, QStringLiteral("Send the form")}};
            QVERIFY(CaseRepository(**db, QStringLiteral("tester")).save(c).ok());
        }
        Settings settings(m_dir.filePath(QStringLiteral("followups.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        // Read after the first paint, so the window shows without waiting for it.
        auto *tree = find<QTreeWidget>(&window, "followUpsTreeWidget");
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.followUpsDock()->overdueCount(), 1);
        QCOMPARE(window.followUpsDock()->dueSoonCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(3), QStringLiteral("Call back"));
        QVERIFY(tree->isVisible());
        window.close();
    }

    void remembersGeometryAndSplitter()
    {
        const QString ini = m_dir.filePath(QStringLiteral("geometry.ini"));
        QList<int> sizes;
        {
            Settings settings(ini);
            MainWindow window(settings);
            QVERIFY(window.openDatabase(m_dbPath));
            window.resize(1100, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = find<QSplitter>(&window, "caseSplitter");
            QVERIFY(splitter);
            splitter->setSizes({700, 400});
            sizes = splitter->sizes();
            window.close();
        }
        const QDateTime written = QFileInfo(ini).lastModified();
        Settings settings(ini);
        QVERIFY(!settings.mainWindowGeometry().isEmpty());
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1100, 700));
        QCOMPARE(find<QSplitter>(&window, "caseSplitter")->sizes(), sizes);
        // Opening the same database again changes no setting, so the file is not rewritten.
        QCOMPARE(QFileInfo(ini).lastModified(), written);
    }

    void badFileOffersAnotherAndStaysUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a');
        QTest::newRow("text file") << QByteArray("Dear caseworker, this is not a database.\n");
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16);
    }

    void badFileOffersAnotherAndStaysUntouched()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("about files that are not databases");
        QFETCH(QByteArray, content);
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        const QByteArray before = test::sha256Hex(bad);
        Settings settings(m_dir.filePath(QStringLiteral("bad.ini")));
        MainWindow window(settings);

        // Quit: nothing opens, nothing changes.
        MessageBox::setNextBadDatabaseChoice(MessageBox::BadDatabaseChoice::Quit);
        QVERIFY(!window.openDatabase(bad));
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        for (const char *jargon :
            {"sqlite3_", "SQL logic", "QSQLITE", "Driver", "file is not a database"})
            QVERIFY2(!MessageBox::lastMessage().contains(QLatin1String(jargon)),
                qPrintable(MessageBox::lastMessage()));
        QCOMPARE(test::sha256Hex(bad), before);
        QVERIFY(!window.database());

        // Open Another: the good database opens instead.
        MessageBox::setNextBadDatabaseChoice(MessageBox::BadDatabaseChoice::OpenAnother);
        FileDialog::setNextFileName(m_dbPath);
        QVERIFY(window.openDatabase(bad));
        QCOMPARE(window.database()->path(), m_dbPath);
        QCOMPARE(test::sha256Hex(bad), before);

        // Create New: a fresh, empty database.
        const QString fresh
            = m_dir.filePath(QStringLiteral("fresh-%1.sqlite")
                                 .arg(QString::fromLatin1(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('-'))));
        MessageBox::setNextBadDatabaseChoice(MessageBox::BadDatabaseChoice::CreateNew);
        FileDialog::setNextFileName(fresh);
        QVERIFY(window.openDatabase(bad));
        QCOMPARE(window.database()->path(), fresh);
        QCOMPARE(window.caseListPage()->model()->totalCount(), 0);
        QCOMPARE(QFile(fresh).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QCOMPARE(test::sha256Hex(bad), before);
    }

    void caseActionsNeedASelection()
    {
        Settings settings(m_dir.filePath(QStringLiteral("selection.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = find<QTableView>(&window, "caseTableView");
        auto *edit = window.findChild<QAction *>(QStringLiteral("editCaseAction"));
        auto *remove = window.findChild<QAction *>(QStringLiteral("deleteCaseAction"));
        auto *report = window.findChild<QAction *>(QStringLiteral("complaintReportAction"));
        auto *newCase = window.findChild<QAction *>(QStringLiteral("newCaseAction"));
        QVERIFY(table && edit && remove && report && newCase);
        QVERIFY(!window.caseListPage()->showsFirstSteps());

        // Nothing selected: nothing to edit, delete or report on.
        QCOMPARE(window.caseListPage()->currentCaseId(), 0);
        QVERIFY(newCase->isEnabled());
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(!report->isEnabled());

        table->selectRow(0);
        QVERIFY(window.caseListPage()->currentCaseId() > 0);
        QVERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());
        QVERIFY(report->isEnabled());
        // The same actions on a right click.
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(table->actions().contains(edit));
        QVERIFY(table->actions().contains(report));

        // A search that finds nothing leaves nothing selected.
        auto *search = find<QLineEdit>(&window, "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("zzzznobody"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!report->isEnabled());
        // No first steps for an empty search result: the database has cases.
        QVERIFY(!window.caseListPage()->showsFirstSteps());
    }

    void emptyDatabaseShowsFirstSteps()
    {
        Settings settings(m_dir.filePath(QStringLiteral("first.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(newDatabase(QStringLiteral("empty.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *firstSteps = find<QWidget>(&window, "firstStepsWidget");
        auto *table = find<QTableView>(&window, "caseTableView");
        QVERIFY(firstSteps && table);
        QVERIFY(window.caseListPage()->showsFirstSteps());
        QVERIFY(firstSteps->isVisible());
        QVERIFY(!table->isVisible());
        // The first actions are buttons in plain sight.
        auto *newCase = find<QToolButton>(&window, "newCaseActionToolButton");
        QVERIFY(find<QToolButton>(&window, "officeDetailsActionToolButton"));
        QVERIFY(find<QToolButton>(&window, "guidanceActionToolButton"));
        QVERIFY(newCase && newCase->isVisible() && newCase->isEnabled());
        QVERIFY(!newCase->text().contains(QLatin1Char('&')));
        QTest::mouseClick(newCase, Qt::LeftButton);
        QCOMPARE(window.workspace()->currentWidget(), window.workspace()->editor());
    }

    void aboutActionExists()
    {
        Settings settings(m_dir.filePath(QStringLiteral("about.ini")));
        MainWindow window(settings);
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QVERIFY(!about->text().isEmpty());
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
