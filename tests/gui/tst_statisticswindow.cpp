// The Statistics window: its table shows what StatisticsQuery counts, whatever the filters; a
// click on a bar lists that bar's cases and activating one opens it in the main window; Export…
// writes suppressed figures and audits them; the lock closes the window and its connection;
// right to left, the chart is mirrored. Synthetic cases only.
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "intake/datelineedit.h"
#include "mainwindow.h"
#include "stats/statisticschartview.h"
#include "stats/statisticstablemodel.h"
#include "stats/statisticswindow.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/statisticsquery.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::ui;

namespace {

const QString kAda = QStringLiteral("Ada Example");
const QString kBo = QStringLiteral("Bo Sample");

/// 40 synthetic cases: districts C-11 (most), B-2 and none; two caseworkers; statuses and
/// categories varied; incidents over six months of 2026, some cases with two.
QList<CaseFile> syntheticCases()
{
    QList<CaseFile> out;
    const QStringList districts {QStringLiteral("C-11"), QStringLiteral("C-11"),
        QStringLiteral("B-2"), QStringLiteral("C-11"), QString()};
    const QStringList categories {QStringLiteral("civil_detainer"),
        QStringLiteral("immigration_questioning"), QStringLiteral("pii_sharing")};
    for (int i = 0; i < 40; ++i) {
        CaseFile c = test::minimalCase(QStringLiteral("Synthetic Person %1").arg(i));
        c.assignedCaseworker = i % 3 == 0 ? kBo : kAda;
        c.status = allCaseStatuses()[std::size_t(i % 4)];
        Incident &inc = c.incidents[0];
        inc.date = QDate(2026, 1 + i % 6, 1 + i % 27);
        inc.policeDistrict = districts.at(i % districts.size());
        inc.agency = i % 2 ? QStringLiteral("City Police") : QStringLiteral("State Patrol");
        inc.violations = {categories.at(i % categories.size())};
        if (i % 5 == 0) {
            Incident second = inc;
            second.id = 0;
            second.date = inc.date.addDays(40);
            second.policeDistrict = QStringLiteral("B-2");
            c.incidents.append(second);
        }
        out.append(c);
    }
    return out;
}

} // namespace

class TestStatisticsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    QString m_path; ///< the file, or the URI of a database on the test cluster

    template<typename T> static T *find(QWidget *w, const char *name)
    {
        auto *found = w->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("%s not found", name);
        return found;
    }

    static void choose(QComboBox *combo, const QString &code)
    {
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
    }

    static StatisticsTable query(Database &db, const StatisticsWindow &window)
    {
        auto table = StatisticsQuery(db).table(
            window.filter(), window.rowDimension(), window.columnDimension());
        if (!table)
            qFatal("query failed");
        return table.value();
    }

    /// Every count the model shows equals the query's, the totals included.
    static void compareWithQuery(Database &db, const StatisticsWindow &window)
    {
        const StatisticsTable expected = query(db, window);
        const StatisticsTableModel *model = window.model();
        const StatisticsUnit unit = window.unit();
        QCOMPARE(model->rowCount(), int(expected.rows.size()) + 1);
        for (int r = 0; r < model->rowCount(); ++r) {
            const int tr = model->tableRow(r);
            if (tr >= 0)
                QCOMPARE(model->index(r, 0).data().toString(), expected.rows.at(tr).label);
            else
                QVERIFY(model->index(r, 0).data().toString().startsWith(QStringLiteral("Total")));
            for (int c = 1; c < model->columnCount(); ++c) {
                const int tc = model->tableColumn(c);
                StatisticsCount want;
                if (!expected.isTwoDimensional())
                    want = tr >= 0 ? expected.rowTotals.at(tr) : expected.total;
                else if (tr >= 0)
                    want = tc >= 0 ? expected.cell(tr, tc) : expected.rowTotals.at(tr);
                else
                    want = tc >= 0 ? expected.columnTotals.at(tc) : expected.total;
                QCOMPARE(model->index(r, c).data(StatisticsTableModel::CountRole).toLongLong(),
                    want.of(unit));
            }
        }
    }

    std::unique_ptr<Database> open()
    {
        auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
        if (!db)
            qFatal("cannot open");
        return std::move(db.value());
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_path = m_location->target();
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        CaseRepository repository(**db, QStringLiteral("tester"));
        for (const CaseFile &c : syntheticCases())
            QVERIFY(repository.save(c).ok());
    }

    void cleanup()
    {
        DialogSeam::reset();
        QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty());
    }

    void modelPassesTheTester()
    {
        auto db = open();
        StatisticsTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto one = StatisticsQuery(*db).table({}, StatisticsDimension::District);
        QVERIFY(one.ok());
        model.setTable(one.value());
        QCOMPARE(model.columnCount(), 2);
        model.setUnit(StatisticsUnit::Incidents);
        auto two = StatisticsQuery(*db).table(
            {}, StatisticsDimension::Status, StatisticsDimension::Category);
        QVERIFY(two.ok());
        model.setTable(two.value());
        QCOMPARE(model.columnCount(), int(two->columns.size()) + 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tableFollowsEveryFilterAndKeepsTheOthers()
    {
        auto db = open();
        StatisticsWindow window(DatabaseSession(m_path), QStringLiteral("tester"));
        window.show();
        QTRY_VERIFY(!window.isLoading());
        compareWithQuery(*db, window);

        choose(find<QComboBox>(&window, "rowsComboBox"), QStringLiteral("district"));
        QTRY_VERIFY(!window.isLoading());
        compareWithQuery(*db, window);
        QVERIFY(window.model()->index(0, 0).data().toString().contains(QStringLiteral("Roxbury"))
            || window.model()->index(1, 0).data().toString().contains(
                QStringLiteral("Dorchester")));

        find<DateLineEdit>(&window, "fromDateLineEdit")->setText(QStringLiteral("2026-02-01"));
        find<DateLineEdit>(&window, "toDateLineEdit")->setText(QStringLiteral("2026-05-31"));
        QTRY_VERIFY(!window.isLoading());
        QCOMPARE(window.filter().from, QDate(2026, 2, 1));
        compareWithQuery(*db, window);

        // The caseworkers in the data are offered; choosing one keeps the dates and the rows.
        auto *caseworker = find<QComboBox>(&window, "caseworkerComboBox");
        QTRY_COMPARE(caseworker->count(), 3);
        choose(caseworker, kBo);
        QTRY_VERIFY(!window.isLoading());
        QCOMPARE(window.filter().caseworker, kBo);
        QCOMPARE(window.filter().from, QDate(2026, 2, 1));
        QCOMPARE(window.rowDimension(), StatisticsDimension::District);
        compareWithQuery(*db, window);

        auto *statuses = find<QListWidget>(&window, "statusListWidget");
        statuses->item(0)->setCheckState(Qt::Checked);
        statuses->item(2)->setCheckState(Qt::Checked);
        QTRY_VERIFY(!window.isLoading());
        QCOMPARE(window.filter().statuses.size(), 2);
        QCOMPARE(window.filter().caseworker, kBo);
        compareWithQuery(*db, window);

        // Two dimensions, then incidents instead of cases.
        choose(find<QComboBox>(&window, "columnsComboBox"), QStringLiteral("category"));
        QTRY_VERIFY(!window.isLoading());
        QVERIFY(window.columnDimension().has_value());
        compareWithQuery(*db, window);
        choose(find<QComboBox>(&window, "unitComboBox"), QStringLiteral("incidents"));
        QCOMPARE(window.unit(), StatisticsUnit::Incidents);
        compareWithQuery(*db, window);
        QCOMPARE(window.filter().statuses.size(), 2);
    }

    void clickingABarListsItsCases()
    {
        auto db = open();
        StatisticsWindow window(DatabaseSession(m_path), QStringLiteral("tester"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        choose(find<QComboBox>(&window, "rowsComboBox"), QStringLiteral("district"));
        QTRY_VERIFY(!window.isLoading());
        StatisticsChartView *chart = window.chart();
        QCOMPARE(chart->kind(), StatisticsChartView::Kind::Bars);
        const StatisticsTable table = window.model()->table();
        int row = -1;
        for (int r = 0; r < table.rows.size(); ++r)
            if (table.rows.at(r).key == QLatin1String("C-11"))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(!chart->pointRect(row).isEmpty());
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->pointRect(row).center());
        auto expected = StatisticsQuery(*db).casesIn(
            window.filter(), StatisticsDimension::District, QStringLiteral("C-11"));
        QVERIFY(expected.ok() && !expected->isEmpty());
        QTRY_COMPARE(window.caseList()->count(), int(expected->size()));
        for (int i = 0; i < window.caseList()->count(); ++i)
            QCOMPARE(window.caseList()->item(i)->text(), expected->at(i).reference);

        // A double-click on a cell of a two-dimensional table lists that cell's cases.
        choose(find<QComboBox>(&window, "columnsComboBox"), QStringLiteral("agency"));
        QTRY_VERIFY(!window.isLoading());
        QCOMPARE(window.caseList()->count(), 0); // the list belonged to the previous table
        auto *view = find<QTableView>(&window, "statisticsTableView");
        const QModelIndex cell = window.model()->index(row, 1);
        const QString agencyKey = cell.data(StatisticsTableModel::ColumnKeyRole).toString();
        view->scrollTo(cell);
        const QPoint at = view->visualRect(cell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        auto inCell = StatisticsQuery(*db).casesIn(window.filter(), StatisticsDimension::District,
            QStringLiteral("C-11"), StatisticsDimension::Agency, agencyKey);
        QVERIFY(inCell.ok());
        QTRY_COMPARE(window.caseList()->count(), int(inCell->size()));
        QVERIFY(window.caseList()->count() < int(expected->size()));
    }

    void monthsAreALineAndRightToLeftIsMirrored()
    {
        StatisticsWindow window(DatabaseSession(m_path), QStringLiteral("tester"));
        window.setLayoutDirection(Qt::RightToLeft);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.isLoading());
        StatisticsChartView *chart = window.chart();
        // Bars are the left-to-right ones mirrored: labels on the right, bars growing leftwards.
        QVERIFY(chart->pointCount() > 0);
        QList<QRect> rtl;
        for (int i = 0; i < chart->pointCount(); ++i)
            rtl << chart->pointRect(i);
        window.setLayoutDirection(Qt::LeftToRight);
        for (int i = 0; i < chart->pointCount(); ++i) {
            const QRect ltr = chart->pointRect(i);
            QCOMPARE(rtl.at(i).width(), ltr.width());
            QCOMPARE(rtl.at(i).left(), chart->width() - 1 - ltr.right());
        }
        // Each bar starts at the labels: on the left edge of the plot left to right, on its
        // right edge right to left.
        QCOMPARE(rtl.at(0).right(), rtl.at(1).right());
        QVERIFY(rtl.at(0).left() != rtl.at(1).left() || rtl.at(0).width() == rtl.at(1).width());
        window.setLayoutDirection(Qt::RightToLeft);
        choose(find<QComboBox>(&window, "rowsComboBox"), QStringLiteral("month"));
        QTRY_VERIFY(!window.isLoading());
        QCOMPARE(chart->kind(), StatisticsChartView::Kind::Line);
        QVERIFY(chart->pointCount() >= 6);
        // Time runs from the right: January right of June.
        QVERIFY(chart->pointRect(0).center().x() > chart->pointRect(5).center().x());
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->pointRect(1).center());
        QTRY_VERIFY(window.caseList()->count() > 0);
        window.setLayoutDirection(Qt::LeftToRight);
        QVERIFY(chart->pointRect(0).center().x() < chart->pointRect(5).center().x());
    }

    void everyControlIsReachableByTab()
    {
        StatisticsWindow window(DatabaseSession(m_path), QStringLiteral("tester"));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(!window.isLoading());
        const QStringList names {QStringLiteral("fromDateLineEdit"),
            QStringLiteral("toDateLineEdit"), QStringLiteral("caseworkerComboBox"),
            QStringLiteral("statusListWidget"), QStringLiteral("rowsComboBox"),
            QStringLiteral("columnsComboBox"), QStringLiteral("unitComboBox"),
            QStringLiteral("statisticsTableView"), QStringLiteral("statisticsChartView"),
            QStringLiteral("casesListWidget"), QStringLiteral("minCountSpinBox"),
            QStringLiteral("exportPushButton"), QStringLiteral("closePushButton")};
        auto *first = find<QWidget>(&window, "fromDateLineEdit");
        first->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QStringList reached {first->objectName()};
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            if (!w || w == first)
                break;
            // A spin box's or a combo's inner editor has the focus on behalf of its parent.
            QWidget *named = w;
            while (named && !names.contains(named->objectName()) && named != &window)
                named = named->parentWidget();
            if (named && named != &window && !reached.contains(named->objectName()))
                reached << named->objectName();
        }
        QCOMPARE(reached, names);
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty()
                && !w->objectName().startsWith(QLatin1String("qt_")))
                QVERIFY2(w->objectName().front().isLower(), qPrintable(w->objectName()));
        }
    }

    void exportPublishesSuppressedFiguresAndAudits()
    {
        StatisticsWindow window(DatabaseSession(m_path), QStringLiteral("tester"));
        window.show();
        choose(find<QComboBox>(&window, "rowsComboBox"), QStringLiteral("district"));
        QTRY_VERIFY(!window.isLoading());
        const QString csv = m_dir.filePath(QStringLiteral("districts.csv"));
        FileDialog::setNextFileName(csv);
        MessageBox::acknowledgeNextInformation();
        QTest::mouseClick(find<QPushButton>(&window, "exportPushButton"), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("district,district_label,cases,incidents\r\n"));
        // B-2 counts fewer than 11 cases: its count is hidden; the window shows it.
        const QList<QByteArray> lines = bytes.split('\n');
        const auto b2 = std::find_if(
            lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("B-2,"); });
        QVERIFY(b2 != lines.end());
        QVERIFY2(b2->trimmed().endsWith(",,"), b2->constData());
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("no count below 11")));

        const QString pdf = m_dir.filePath(QStringLiteral("districts.pdf"));
        FileDialog::setNextFileName(pdf);
        MessageBox::acknowledgeNextInformation();
        QTest::mouseClick(find<QPushButton>(&window, "exportPushButton"), Qt::LeftButton);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        auto db = open();
        auto events = AuditLog(*db, QStringLiteral("tester")).events();
        QVERIFY(events.ok());
        QStringList details;
        for (const AuditEvent &e : events.value())
            if (e.action == QLatin1String("statistics.export"))
                details << e.detail;
        QCOMPARE(details.size(), 2);
        // Newest first: the PDF, then the CSV; what was exported, never a count or a label.
        QVERIFY2(details.at(0).startsWith(
                     QStringLiteral("format=pdf by=district from=open to=open min_count=11")),
            qPrintable(details.at(0)));
        QVERIFY(details.at(1).startsWith(
            QStringLiteral("format=csv by=district from=open to=open min_count=11")));
    }

    void activatingACaseOpensItAndTheLockClosesTheWindow()
    {
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow main(settings);
        QVERIFY(main.openDatabase(m_path));
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        auto *action = main.findChild<QAction *>(QStringLiteral("statisticsAction"));
        QVERIFY(action);
        action->trigger();
        QPointer<StatisticsWindow> window = main.findChild<StatisticsWindow *>();
        QVERIFY(window && window->isVisible());
        action->trigger(); // a second time: the same window, raised
        QCOMPARE(main.findChildren<StatisticsWindow *>().size(), 1);
        QTRY_VERIFY(!window->isLoading());
        StatisticsChartView *chart = window->chart();
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->pointRect(0).center());
        QTRY_VERIFY(window->caseList()->count() > 0);
        QListWidget *cases = window->caseList();
        cases->setCurrentRow(cases->count() - 1);
        const qint64 id = cases->currentItem()->data(Qt::UserRole).toLongLong();
        QVERIFY(main.caseListPage()->currentCaseId() != id);
        cases->setFocus();
        QTest::keyClick(cases, Qt::Key_Return);
        QTRY_COMPARE(main.caseListPage()->currentCaseId(), id);

        // The lock closes it (deleted, not hidden) and its connection with it.
        QVERIFY(QSqlDatabase::connectionNames().size() >= 2);
        main.lock();
        QVERIFY(main.isLocked());
        // At once, before any event loop runs: the window closed its connection when the lock
        // rejected it, before the main window released the database and its key.
        QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
            qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(' '))));
        QTRY_VERIFY(!window);
        // While locked the action shows nothing.
        action->trigger();
        QVERIFY(!main.findChild<StatisticsWindow *>());
    }

    /// What a person waits for on a big database (TRUSTDESK_STATS_DB=FILE, e.g. a 100 000-case
    /// `trustdesk-cli demo`): from a filter change to the table on screen, per dimension.
    void timingOnABigDatabase()
    {
        const QString path = qEnvironmentVariable("TRUSTDESK_STATS_DB");
        if (path.isEmpty())
            QSKIP("set TRUSTDESK_STATS_DB to a demo database to measure");
        StatisticsWindow window(DatabaseSession(path), QStringLiteral("tester"));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 60000);
        auto *rows = find<QComboBox>(&window, "rowsComboBox");
        auto *columns = find<QComboBox>(&window, "columnsComboBox");
        for (const char *by : {"category", "month", "quarter", "district", "agency", "status",
                 "outcome", "status,category", "district,quarter"}) {
            const QStringList dims = QString::fromLatin1(by).split(QLatin1Char(','));
            QElapsedTimer timer;
            timer.start();
            {
                const QSignalBlocker blocker(columns);
                columns->setCurrentIndex(std::max(0, columns->findData(dims.value(1))));
            }
            rows->setCurrentIndex(rows->findData(dims.at(0)));
            if (!window.isLoading()) // same rows as before: count again explicitly
                columns->setCurrentIndex(columns->findData(dims.value(1)));
            // The window answers while it counts, and shows that it is busy after 100 ms.
            QTest::qWait(150);
            if (window.isLoading())
                QVERIFY(find<QWidget>(&window, "busyProgressBar")->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 60000);
            qInfo("%s: %lld ms, %d rows", by, timer.elapsed(), window.model()->rowCount());
            const QRect bar = window.chart()->pointRect(0);
            timer.restart();
            QTest::mouseClick(window.chart(), Qt::LeftButton, {}, bar.center());
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 60000);
            qInfo("  cases of the first bar: %lld ms, %d cases", timer.elapsed(),
                window.caseList()->count());
        }
        // Closing (as the lock does) while a count runs stops it instead of waiting for it.
        rows->setCurrentIndex(rows->findData(QStringLiteral("agency")));
        QTest::qWait(50);
        QVERIFY(window.isLoading());
        QElapsedTimer closing;
        closing.start();
        window.reject();
        qInfo("closed while counting in %lld ms", closing.elapsed());
        QVERIFY(closing.elapsed() < 500);
    }
};

QTEST_MAIN(TestStatisticsWindow)
#include "tst_statisticswindow.moc"
