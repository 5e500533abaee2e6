// Repeat officers in the intake form: typing a badge number tells, under the officer's row, in
// how many other cases this officer appears, without taking the focus from the caseworker.
#include "cases/caseworkspace.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "intake/officerhint.h"
#include "mainwindow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::ui;

namespace {

const QString kBpd = QStringLiteral("Boston Police Department");

CaseFile caseWithOfficer(const QString &badge, const QString &agency, int day)
{
    CaseFile c = test::minimalCase(QStringLiteral("Ana Example"));
    c.incidents[0].date = QDate(2026, 1, day);
    c.incidents[0].agency = agency;
    Officer o;
    o.badgeNumber = badge;
    c.incidents[0].officers = {o};
    return c;
}

QLabel *visibleNote(QWidget *root)
{
    for (auto *label : root->findChildren<QLabel *>(QStringLiteral("officerNoteLabel"))) {
        if (label->isVisible())
            return label;
    }
    return nullptr;
}

} // namespace

class TestOfficerHint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location; ///< a file, or a database on the test cluster
    QStringList m_references; ///< the seeded cases with badge 0123 at the BPD, newest first

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        // Drafts of a server database go to a folder named after its URI, relative to the
        // working directory (docs/office-mode.md): keep them in the test's folder.
        if (test::TestDatabase::onPostgres())
            QDir::setCurrent(m_dir.path());
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        for (int day = 1; day <= 3; ++day) {
            auto saved = repo.save(caseWithOfficer(QStringLiteral("#0123"), kBpd, day));
            QVERIFY(saved.ok());
            m_references.prepend(saved->reference);
        }
        // Another agency's officer with the same number is someone else.
        QVERIFY(repo.save(caseWithOfficer(
                              QStringLiteral("123"), QStringLiteral("MBTA Transit Police"), 9))
                    .ok());
    }

    void cleanup() { DialogSeam::reset(); }

    void textNamesTheCases()
    {
        QCOMPARE(OfficerHint::text({}), QString());
        QList<OfficerCase> cases;
        for (int i = 0; i < 7; ++i)
            cases.append({i + 1, QStringLiteral("TD-2026-0000%1").arg(i + 1), {}, {}});
        const QString many = OfficerHint::text(cases);
        QVERIFY(many.contains(QLatin1String("7 other case")));
        QVERIFY(many.contains(QLatin1String("TD-2026-00005")));
        QVERIFY(!many.contains(QLatin1String("TD-2026-00006")));
        QVERIFY(many.endsWith(QChar(0x2026)));
        QVERIFY(OfficerHint::text(cases.mid(0, 1)).contains(QLatin1String("1 other case")));
    }

    void typingABadgeShowsTheOtherCases()
    {
        Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_location->target()));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(editor);

        auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("caseEditorTabWidget"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto *agency = editor->findChild<QLineEdit *>(QStringLiteral("agencyLineEdit"));
        QVERIFY(agency);
        agency->setFocus();
        QTest::keyClicks(agency, QStringLiteral("boston police department"));
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("officerAddPushButton"));
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *badge = editor->findChild<QLineEdit *>(QStringLiteral("officerBadgeNumberLineEdit"));
        QVERIFY(badge);
        QCOMPARE(QApplication::focusWidget(), badge);
        QTest::keyClicks(badge, QStringLiteral("No. 12"));
        // Nothing yet: 12 is nobody's badge here.
        QTest::qWait(OfficerHint::kDelayMs + 100);
        QVERIFY(!visibleNote(editor));
        QTest::keyClicks(badge, QStringLiteral("3"));
        QTRY_VERIFY(visibleNote(editor));
        const QString note = visibleNote(editor)->text();
        QVERIFY2(note.contains(QLatin1String("3 other case")), qPrintable(note));
        for (const auto &reference : std::as_const(m_references))
            QVERIFY2(note.contains(reference), qPrintable(note));
        QCOMPARE(badge->accessibleDescription(), note);
        // The caseworker keeps typing where they were.
        QCOMPARE(QApplication::focusWidget(), badge);
        QCOMPARE(badge->text(), QStringLiteral("No. 123"));

        // Clearing the badge clears the note.
        QTest::keyClick(badge, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(badge, Qt::Key_Delete);
        QTRY_VERIFY(!visibleNote(editor));
        QCOMPARE(QApplication::focusWidget(), badge);

        Questions::setNextAnswer(1);
        QVERIFY(window.workspace()->confirmCloseEditor());
    }
};

QTEST_MAIN(TestOfficerHint)
#include "tst_officerhint.moc"
