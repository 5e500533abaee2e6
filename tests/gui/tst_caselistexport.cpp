// File › Export Case List… and View › Officers… from the main window: the current filter goes to
// CSV or XLSX with sensitive columns only when ticked, the file is named and the export audited;
// the progress dialog shows, Cancel leaves no file, and otherwise the file is complete; the
// roster lists repeat officers, its model passes QAbstractItemModelTester, and Enter lists an
// officer's cases.
#include "cases/caselistexportdialog.h"
#include "cases/caselistexportflow.h"
#include "cases/caselistpage.h"
#include "cases/officerrosterdialog.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "models/officerrostermodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"
#include "xlsxreader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace td;
using namespace td::ui;

namespace {

const QString kANumber = QStringLiteral("A987654321");
const QString kStatus = QStringLiteral("Asylum pending");

CaseFile seeded(const QString &name, CaseStatus status, const QString &badge)
{
    CaseFile c = test::minimalCase(name);
    c.status = status;
    c.client.aNumber = kANumber;
    c.client.immigrationStatus = kStatus;
    c.incidents[0].agency = QStringLiteral("Boston Police Department");
    c.incidents[0].violations = {QStringLiteral("civil_detainer")};
    Officer o;
    o.name = QStringLiteral("Sgt. Example");
    o.badgeNumber = badge;
    c.incidents[0].officers = {o};
    return c;
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestCaseListExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<test::TestDatabase>> m_locations;
    QString m_path; ///< the file, or the URI of a database on the test cluster

    // A new database: `name` in the folder, or an empty one on the test cluster.
    QString newDatabase(const QString &name)
    {
        if (!test::TestDatabase::onPostgres())
            return test::databasePath(m_dir, name);
        m_locations.push_back(std::make_unique<test::TestDatabase>(m_dir));
        if (!m_locations.back()->error().isEmpty())
            qWarning("%s", qPrintable(m_locations.back()->error()));
        return m_locations.back()->target();
    }

    QString m_filedReference;

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        // Drafts of a server database go to a folder named after its URI, relative to the
        // working directory (docs/office-mode.md): keep them in the test's folder.
        if (test::TestDatabase::onPostgres())
            QDir::setCurrent(m_dir.path());
        m_path = newDatabase(QStringLiteral("cases.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        QVERIFY(repo.save(seeded(QStringLiteral("Ana Example"), CaseStatus::Intake,
                              QStringLiteral("77")))
                    .ok());
        auto filed = repo.save(
            seeded(QStringLiteral("Bo Example, Sr."), CaseStatus::Filed, QStringLiteral("#077")));
        QVERIFY(filed.ok());
        m_filedReference = filed->reference;
        QVERIFY(
            repo.save(seeded(QStringLiteral("Cy Example"), CaseStatus::Filed, QStringLiteral("5")))
                .ok());
    }

    void cleanup()
    {
        DialogSeam::reset();
        CaseListExportFlow::setProgressSeam({});
    }

    void exportsTheCurrentFilter()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("filed")));
        QTRY_COMPARE(window.caseListPage()->model()->rowCount(), 2);

        // Nothing sensitive unless ticked: the boxes start unticked.
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
        bool boxesUnticked = false;
        CaseListExportDialog::setNextHandler([&](CaseListExportDialog &dialog) {
            boxesUnticked = !dialog.sensitiveBoxes().isEmpty();
            for (auto *box : dialog.sensitiveBoxes())
                boxesUnticked = boxesUnticked && !box->isChecked();
            dialog.accept();
        });
        FileDialog::setNextFileName(plain);
        MessageBox::acknowledgeNextInformation();
        action(window, "exportCaseListAction")->trigger();
        QVERIFY(boxesUnticked);
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("plain.csv")),
            qPrintable(MessageBox::lastMessage()));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 3); // header and the two filed cases
        QVERIFY(bytes.contains(m_filedReference.toUtf8()));
        QVERIFY(bytes.contains("\"Bo Example, Sr.\""));
        QVERIFY(!bytes.contains("Ana Example"));
        QVERIFY(!bytes.contains(kANumber.toUtf8()));
        QVERIFY(!bytes.contains(kStatus.toUtf8()));
        QCOMPARE(QFile::permissions(plain) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        // Deliberately ticked: the A-number, and only it, goes too; the audit names the field.
        const QString withNumber = m_dir.filePath(QStringLiteral("with-a-number.csv"));
        CaseListExportDialog::setNextHandler([](CaseListExportDialog &dialog) {
            for (auto *box : dialog.sensitiveBoxes()) {
                if (box->objectName() == QLatin1String("aNumberCheckBox"))
                    box->setChecked(true);
            }
            dialog.accept();
        });
        FileDialog::setNextFileName(withNumber);
        MessageBox::acknowledgeNextInformation();
        action(window, "exportCaseListAction")->trigger();
        QFile second(withNumber);
        QVERIFY(second.open(QIODevice::ReadOnly));
        const QByteArray included = second.readAll();
        QVERIFY(included.contains(kANumber.toUtf8()));
        QVERIFY(!included.contains(kStatus.toUtf8()));

        auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        auto events = CaseRepository(**db, QStringLiteral("t")).audit().events(m_filedReference);
        QVERIFY(events.ok());
        QStringList details;
        for (const auto &e : std::as_const(events.value())) {
            if (e.action == QLatin1String("case.export"))
                details << e.detail;
        }
        QCOMPARE(details.size(), 2);
        QVERIFY(details.constFirst().contains(QLatin1String("a_number")));
        QVERIFY(!details.constLast().contains(QLatin1String("a_number")));

        // Cancelled at the dialog: no file, no audit.
        const QString never = m_dir.filePath(QStringLiteral("never.csv"));
        CaseListExportDialog::setNextHandler([](CaseListExportDialog &dialog) { dialog.reject(); });
        action(window, "exportCaseListAction")->trigger();
        QVERIFY(!QFile::exists(never));
    }

    void progressDialogCancelsOrCompletes_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }
    void progressDialogCancelsOrCompletes()
    {
        QFETCH(QString, suffix);
        // Enough cases for several progress steps (one every 500 rows).
        constexpr int kCases = 1600;
        const QString dbPath = newDatabase(QStringLiteral("many-%1.sqlite").arg(suffix));
        {
            auto db = Database::open(dbPath);
            QVERIFY(db.ok());
            QList<CaseFile> cases;
            for (int i = 0; i < kCases; ++i)
                cases.append(test::minimalCase(i % 2 ? QStringLiteral("王小明 %1").arg(i)
                                                     : QStringLiteral("فاطمة %1").arg(i)));
            QVERIFY(CaseRepository(**db, QStringLiteral("tester"))
                        .insertAll(cases, QStringLiteral("case.import"))
                        .ok());
        }
        Settings settings(m_dir.filePath(QStringLiteral("p-%1.ini").arg(suffix)));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(dbPath));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.caseListPage()->model()->rowCount() > 0, true);
        QTemporaryDir out;
        const auto accept = [](CaseListExportDialog &dialog) { dialog.accept(); };

        // Cancelled at the first step: the dialog was showing, nothing is left in the folder,
        // no warning, and the audit says the export was cut off.
        const QString cancelled = out.filePath(QStringLiteral("cancelled.") + suffix);
        int steps = 0;
        bool shown = false;
        CaseListExportFlow::setProgressSeam([&](QProgressDialog &progress) {
            ++steps;
            shown = progress.isVisible()
                && progress.objectName() == QLatin1String("caseListExportProgressDialog");
            auto *cancel = progress.findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        CaseListExportDialog::setNextHandler(accept);
        FileDialog::setNextFileName(cancelled);
        // Answered, so that a wrongly finished or failed export fails here instead of waiting.
        MessageBox::acknowledgeNextInformation();
        MessageBox::acknowledgeNextWarning();
        action(window, "exportCaseListAction")->trigger();
        QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
        QCOMPARE(steps, 1);
        QVERIFY(shown);
        QCOMPARE(
            QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        {
            auto db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            auto events = CaseRepository(**db, QStringLiteral("t")).audit().events({}, 1);
            QVERIFY(events.ok());
            QCOMPARE(events->constFirst().action, QStringLiteral("case.export_aborted"));
            QVERIFY(events->constFirst().detail.startsWith(
                suffix + QStringLiteral("; after 500 of %1").arg(kCases)));
        }

        // Left to run: every step shown, and the file holds every case.
        const QString complete = out.filePath(QStringLiteral("complete.") + suffix);
        steps = 0;
        int last = 0;
        CaseListExportFlow::setProgressSeam([&](QProgressDialog &progress) {
            ++steps;
            shown = shown && progress.isVisible();
            last = progress.value();
        });
        CaseListExportDialog::setNextHandler(accept);
        FileDialog::setNextFileName(complete);
        MessageBox::acknowledgeNextInformation();
        action(window, "exportCaseListAction")->trigger();
        QCOMPARE(steps, 4); // 500, 1000, 1500, 1600
        QVERIFY(shown);
        QCOMPARE(last, 1000);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("Exported %1 case").arg(kCases)),
            qPrintable(MessageBox::lastMessage()));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList({QFileInfo(complete).fileName()}));
        if (suffix == QLatin1String("csv")) {
            QFile file(complete);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QCOMPARE(bytes.count("\r\n"), kCases + 1);
            QVERIFY(bytes.contains("王小明 1\r\n") || bytes.contains("王小明 1,"));
        } else {
            const auto sheet = test::readXlsx(complete);
            QVERIFY(sheet.ok);
            QCOMPARE(sheet.rows.size(), kCases + 1);
            QCOMPARE(sheet.rows.at(0).constFirst(), QStringLiteral("Reference"));
        }
    }

    void rosterListsRepeatOfficers()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action(window, "officersAction")->trigger();
        auto *dialog = window.findChild<OfficerRosterDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QAbstractItemModelTester tester(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!dialog->isLoading()); // read off the UI thread
        // Badge 77 and #077 at the BPD are one officer in two incidents; badge 5 is alone.
        QCOMPARE(dialog->model()->rowCount(), 1);
        const QModelIndex first = dialog->model()->index(0, OfficerRosterModel::IncidentsColumn);
        QCOMPARE(first.data().toInt(), 2);
        QVERIFY(dialog->model()
                    ->index(0, OfficerRosterModel::CategoriesColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("detainer"), Qt::CaseInsensitive));

        auto *view = dialog->officersView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(dialog->casesTable()->rowCount(), 2);
        QVERIFY(dialog->isVisible()); // Enter listed the cases; it did not close the dialog

        // Enter on a case selects it in the list.
        auto *cases = dialog->casesTable();
        int row = -1;
        for (int r = 0; r < cases->rowCount(); ++r) {
            if (cases->item(r, 0)->text() == m_filedReference)
                row = r;
        }
        QVERIFY(row >= 0);
        cases->setFocus();
        cases->setCurrentCell(row, 0);
        QTest::keyClick(cases, Qt::Key_Return);
        QTRY_COMPARE(window.caseListPage()->currentCaseId(),
            cases->item(row, 0)->data(Qt::UserRole).toLongLong());

        // Every officer with a badge, from one incident up.
        auto *min = dialog->findChild<QSpinBox *>(QStringLiteral("minimumIncidentsSpinBox"));
        QVERIFY(min);
        min->setValue(1);
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
        dialog->reject();
    }
};

QTEST_MAIN(TestCaseListExport)
#include "tst_caselistexport.moc"
