// The caseworker profile: asked once at first start (keyboard only), kept in the Settings, the
// actor of audit entries and the default caseworker of new cases, editable from Preferences.
#include "cases/caseworkspace.h"
#include "common/appinfo.h"
#include "common/settings.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "startup/caseworkerprofiledialog.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace td;
using namespace td::ui;

namespace {

// Runs `drive` on the profile dialog once it is shown (it is modal: exec() returns only after).
// Stops polling when it goes out of scope, so a driver never outlives its test function.
class DialogDriver
{
public:
    explicit DialogDriver(std::function<void(CaseworkerProfileDialog *)> drive)
    {
        m_poll.setInterval(20);
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this, drive] {
            auto *dialog
                = qobject_cast<CaseworkerProfileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            if (QApplication::activeWindow() != dialog) {
                dialog->activateWindow(); // as a window manager does with a new window
                return;
            }
            m_poll.stop();
            m_seen = true;
            drive(dialog);
        });
        m_poll.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_poll;
    bool m_seen = false;
};

void typeHere(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

} // namespace

class TestCaseworkerProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString fresh(const char *suffix)
    {
        return m_dir.filePath(QStringLiteral("p%1.%2").arg(++m_n).arg(QLatin1String(suffix)));
    }

private slots:
    void firstStartAsksOnceWithTheKeyboard()
    {
        const QString ini = fresh("ini");
        Settings settings(ini);
        QVERIFY(settings.caseworkerProfile().isEmpty());
        QString focusAtStart;
        bool okEnabledWhenEmpty = true;
        DialogDriver driver([&](CaseworkerProfileDialog *dialog) {
            focusAtStart = QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                       : QString();
            okEnabledWhenEmpty = dialog->findChild<QDialogButtonBox *>()
                                     ->button(QDialogButtonBox::Ok)
                                     ->isEnabled();
            typeHere(QStringLiteral("Rosa Example"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeHere(QStringLiteral("Supervisor"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QVERIFY(CaseworkerProfileDialog::ensureProfile(settings));
        QVERIFY(driver.seen());
        QCOMPARE(focusAtStart, QStringLiteral("caseworkerNameLineEdit"));
        QVERIFY(!okEnabledWhenEmpty);
        QCOMPARE(settings.caseworkerProfile().name, QStringLiteral("Rosa Example"));
        QCOMPARE(settings.caseworkerProfile().role, QStringLiteral("Supervisor"));
        QCOMPARE(currentActor(), QStringLiteral("Rosa Example (Supervisor)"));

        // Kept: the next start asks nothing.
        DialogDriver again([](CaseworkerProfileDialog *dialog) { dialog->reject(); });
        Settings reopened(ini);
        QVERIFY(CaseworkerProfileDialog::ensureProfile(reopened));
        QTest::qWait(100);
        QVERIFY(!again.seen());
        QCOMPARE(currentActor(), QStringLiteral("Rosa Example (Supervisor)"));
    }

    void firstStartAlsoAsksForTheOffice()
    {
        // The greeting sets up the office too: what client copies and handouts print.
        Settings settings(fresh("ini"));
        DialogDriver driver([](CaseworkerProfileDialog *dialog) {
            typeHere(QStringLiteral("Rosa Example"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeHere(QStringLiteral("Caseworker"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(
                QApplication::focusWidget()->objectName(), QStringLiteral("officeNameLineEdit"));
            typeHere(QStringLiteral("Harbor Legal Aid"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeHere(QStringLiteral("12 Example Street"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeHere(QStringLiteral("617-555-0142"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeHere(QStringLiteral("help@example.org"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(),
                QStringLiteral("officeTimeZoneComboBox"));
            auto *zone = qobject_cast<QComboBox *>(QApplication::focusWidget());
            zone->setCurrentIndex(zone->findData(QByteArray("America/New_York")));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(CaseworkerProfileDialog::ensureProfile(settings));
        QVERIFY(driver.seen());
        const OfficeProfile office = settings.officeProfile();
        QCOMPARE(office.name, QStringLiteral("Harbor Legal Aid"));
        QCOMPARE(office.address, QStringLiteral("12 Example Street"));
        QCOMPARE(office.phone, QStringLiteral("617-555-0142"));
        QCOMPARE(office.email, QStringLiteral("help@example.org"));
        QCOMPARE(office.timeZoneId, QByteArray("America/New_York"));
        QCOMPARE(OfficeProfile::current().name, QStringLiteral("Harbor Legal Aid"));
        OfficeProfile::install(OfficeProfile {});
    }

    void quittingTheFirstStartKeepsNothing()
    {
        Settings settings(fresh("ini"));
        DialogDriver driver([](CaseworkerProfileDialog *) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        });
        QVERIFY(!CaseworkerProfileDialog::ensureProfile(settings));
        QVERIFY(driver.seen());
        QVERIFY(settings.caseworkerProfile().isEmpty());
    }

    // A new case is assigned to the profile's name, and saving it is recorded under the profile.
    void newCasesAndAuditEntriesUseTheProfile()
    {
        Settings settings(fresh("ini"));
        settings.setCaseworkerProfile({QStringLiteral("Ana Sample"), QStringLiteral("Caseworker")});
        QVERIFY(CaseworkerProfileDialog::ensureProfile(settings));
        const QString path = fresh("sqlite");
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(editor);
        auto *caseworker
            = editor->findChild<QLineEdit *>(QStringLiteral("assignedCaseworkerLineEdit"));
        QVERIFY(caseworker);
        QCOMPARE(caseworker->text(), QStringLiteral("Ana Sample"));
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Test Person"));
        editor->findChild<QTabWidget *>(QStringLiteral("caseEditorTabWidget"))->setCurrentIndex(1);
        auto *date = editor->findChild<QLineEdit *>(QStringLiteral("incidentDateLineEdit"));
        QVERIFY(date);
        date->setFocus();
        QTest::keyClicks(date, QStringLiteral("2026-01-01"));
        QVERIFY(editor->save());

        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        const auto events = AuditLog(**db, QStringLiteral("reader")).events();
        QVERIFY(events.ok());
        QVERIFY(!events->isEmpty());
        QCOMPARE(events->first().action, QStringLiteral("case.create"));
        QCOMPARE(events->first().actor, QStringLiteral("Ana Sample (Caseworker)"));
    }

    void preferencesChangeTheProfile()
    {
        Settings settings(fresh("ini"));
        settings.setCaseworkerProfile({QStringLiteral("Ana Sample"), QStringLiteral("Caseworker")});
        QVERIFY(CaseworkerProfileDialog::ensureProfile(settings));
        PreferencesDialog preferences(settings);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        auto *button
            = preferences.findChild<QPushButton *>(QStringLiteral("caseworkerProfilePushButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Ana Sample (Caseworker)"));
        DialogDriver driver([](CaseworkerProfileDialog *dialog) {
            auto *role = dialog->findChild<QLineEdit *>(QStringLiteral("caseworkerRoleLineEdit"));
            role->setFocus();
            role->selectAll();
            QTest::keyClicks(role, QStringLiteral("Supervisor"));
            QTest::keyClick(role, Qt::Key_Return);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(driver.seen());
        QCOMPARE(button->text(), QStringLiteral("Ana Sample (Supervisor)"));
        QCOMPARE(settings.caseworkerProfile().role, QStringLiteral("Supervisor"));
        QCOMPARE(currentActor(), QStringLiteral("Ana Sample (Supervisor)"));
    }
};

QTEST_MAIN(TestCaseworkerProfile)
#include "tst_caseworkerprofile.moc"
