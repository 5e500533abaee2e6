// The officer roster (View › Officers…) reads off the UI thread: it fills in from its own
// connection while a busy bar shows, lists an officer's cases the same way, and can be closed
// while it is still reading, at once, without leaving its connection open or a late answer
// landing in a deleted dialog. Synthetic (demo) cases only.
#include "cases/officerrosterdialog.h"
#include "demo/demogenerator.h"
#include "models/officerrostermodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasesession.h"
#include "storage/officerquery.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::ui;

class TestOfficerRoster : public QObject
{
    Q_OBJECT

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
        DemoGenerator demo(7);
        // In one transaction: 1500 separate saves took half a minute on the test cluster.
        QVERIFY(repository.insertAll(demo.generate(1500), QStringLiteral("case.create")).ok());
        auto roster = OfficerQuery(**db).roster(2);
        QVERIFY(roster.ok());
        m_expected = roster.value();
        QVERIFY(m_expected.size() > 1); // demo data repeats officers
    }

    void cleanup() { QTRY_VERIFY(QSqlDatabase::connectionNames().isEmpty()); }

    void fillsInOffTheUiThread()
    {
        OfficerRosterDialog dialog((DatabaseSession(m_path)));
        dialog.show();
        // Nothing is read before the event loop runs: the dialog is on screen, busy.
        QVERIFY(dialog.isLoading());
        auto *busy = dialog.findChild<QProgressBar *>(QStringLiteral("officerRosterProgressBar"));
        QVERIFY(busy);
        QVERIFY(busy->isVisible());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QTRY_VERIFY(!dialog.isLoading());
        QVERIFY(!busy->isVisible());
        QCOMPARE(dialog.model()->rowCount(), int(m_expected.size()));
        QCOMPARE(dialog.model()->entryAt(0)->incidents, m_expected.first().incidents);

        // An officer's cases come the same way.
        QTableView *view = dialog.officersView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(dialog.isLoading());
        QTRY_VERIFY(!dialog.isLoading());
        const OfficerRosterEntry *shown
            = dialog.model()->entryAt(qobject_cast<const QSortFilterProxyModel *>(view->model())
                                          ->mapToSource(view->model()->index(0, 0))
                                          .row());
        QVERIFY(shown);
        auto db = Database::open(m_path, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto cases = OfficerQuery(**db).casesOf(shown->badgeKey, shown->agencyKey);
        QVERIFY(cases.ok());
        QVERIFY(!cases->isEmpty());
        QCOMPARE(dialog.casesTable()->rowCount(), int(cases->size()));

        // A new minimum reads again; the answer to the request replaced is dropped.
        auto *min = dialog.findChild<QSpinBox *>(QStringLiteral("minimumIncidentsSpinBox"));
        QVERIFY(min);
        min->setValue(1);
        min->setValue(3);
        QTRY_VERIFY(!dialog.isLoading());
        int atLeastThree = 0;
        for (const auto &e : std::as_const(m_expected))
            atLeastThree += e.incidents >= 3 ? 1 : 0;
        QCOMPARE(dialog.model()->rowCount(), atLeastThree);
        dialog.reject();
    }

    void closingWhileLoadingIsSafe()
    {
        // Closed at every moment of the load: before the query starts, while it runs, as its
        // answer is queued. Each time the connection is closed when reject() returns, the
        // dialog is deleted, and a late answer reaches nothing.
        for (int wait = 0; wait < 40; wait += 2) {
            QPointer<OfficerRosterDialog> dialog = new OfficerRosterDialog(DatabaseSession(m_path));
            dialog->show();
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < wait)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            clock.restart();
            dialog->reject();
            QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
            QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
                qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(' '))));
            QCOMPARE(dialog->model()->rowCount(), 0);
            QVERIFY(!dialog->isLoading());
            QTRY_VERIFY(!dialog); // deleted on close
            QTest::qWait(5);
        }
    }

    /// On a big database (TRUSTDESK_ROSTER_DB=FILE, e.g. a 100 000-case `trustdesk-cli demo`):
    /// how long the roster takes to fill in, and to close while it is reading.
    void timingOnABigDatabase()
    {
        const QString path = qEnvironmentVariable("TRUSTDESK_ROSTER_DB");
        if (path.isEmpty())
            QSKIP("set TRUSTDESK_ROSTER_DB to a demo database to measure");
        QElapsedTimer clock;
        {
            clock.start();
            OfficerRosterDialog dialog((DatabaseSession(path)));
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 120000);
            qInfo("roster: %lld ms, %d officers", clock.elapsed(), dialog.model()->rowCount());
            dialog.reject();
        }
        for (const int wait : {100, 500, 1000}) {
            OfficerRosterDialog dialog((DatabaseSession(path)));
            dialog.show();
            QTest::qWait(wait);
            QVERIFY(dialog.isLoading());
            clock.restart();
            dialog.reject();
            qInfo("closed after %d ms of reading in %lld ms", wait, clock.elapsed());
            QVERIFY(clock.elapsed() < 1000);
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    QString m_path; ///< the file, or the URI of a database on the test cluster
    QList<OfficerRosterEntry> m_expected;
};

QTEST_MAIN(TestOfficerRoster)
#include "tst_officerroster.moc"
