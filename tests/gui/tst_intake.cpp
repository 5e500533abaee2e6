#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace td;
using namespace td::ui;

class TestIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::vector<std::unique_ptr<test::TestDatabase>> m_locations;

    // A new database: a file in the folder, or an empty one on the test cluster.
    QString freshDatabase()
    {
        if (!test::TestDatabase::onPostgres())
            return m_dir.filePath(QStringLiteral("intake-%1.sqlite").arg(++m_counter));
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

    template<typename T> static T *find(QWidget *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("widget %s not found", name);
        return w;
    }

    /// Finds the i-th widget of a row list (officer 0, officer 1, …) by objectName.
    template<typename T> static T *nth(QWidget *root, const char *name, int index)
    {
        const auto all = root->findChildren<T *>(QString::fromLatin1(name));
        return index < all.size() ? all.at(index) : nullptr;
    }

    /// Types like a keyboard would. QTest::keyClicks knows ASCII only, so other scripts arrive
    /// as one key event carrying the text, the way an input method delivers them.
    static void keys(QWidget *w, const QString &text)
    {
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(w, text);
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, text, Qt::NoModifier);
    }

    static void type(QWidget *root, const char *name, const QString &text)
    {
        auto *w = find<QWidget>(root, name);
        QVERIFY2(w, name);
        w->setFocus();
        keys(w, text);
    }

    static CaseEditor *openNewCase(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
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
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void enterFullCaseSaveAndReopen()
    {
        const QString path = freshDatabase();
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CaseEditor *editor = openNewCase(window);
        QVERIFY2(editor, "Ctrl+N opens the intake form");
        QVERIFY(editor->isVisible());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fullNameLineEdit"));

        type(editor, "fullNameLineEdit", QStringLiteral("Trần Thị Ví Dụ"));
        type(editor, "preferredNameLineEdit", QStringLiteral("Vi"));
        auto *language = find<QComboBox>(editor, "preferredLanguageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        QTest::mouseClick(
            find<QCheckBox>(editor, "interpreterNeededCheckBox"), Qt::LeftButton, {}, QPoint(4, 4));
        type(editor, "phoneLineEdit", QStringLiteral("617-555-0199"));
        type(editor, "emailLineEdit", QStringLiteral("vi.du@example.org"));
        type(editor, "addressLineEdit", QStringLiteral("9 Example Row, East Boston"));
        type(editor, "dateOfBirthLineEdit", QStringLiteral("1991-04-05"));
        type(editor, "countryOfBirthLineEdit", QStringLiteral("Việt Nam"));
        type(editor, "immigrationStatusLineEdit", QStringLiteral("TPS applicant"));
        type(editor, "aNumberLineEdit", QStringLiteral("A000-111-222"));
        QTest::mouseClick(
            find<QCheckBox>(editor, "consentToFileCheckBox"), Qt::LeftButton, {}, QPoint(4, 4));
        type(editor, "consentDateLineEdit", QStringLiteral("2026-01-05"));
        type(editor, "notesPlainTextEdit", QStringLiteral("Call after 5 pm."));

        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        type(editor, "incidentDateLineEdit", QStringLiteral("2026-01-02"));
        type(editor, "incidentTimeLineEdit", QStringLiteral("21:15"));
        type(editor, "locationLineEdit", QStringLiteral("Maverick Square"));
        auto *district = find<QComboBox>(editor, "policeDistrictComboBox");
        district->setCurrentText(QStringLiteral("A-7"));
        type(editor, "agencyLineEdit", QStringLiteral("Boston Police Department"));
        QTest::mouseClick(find<QCheckBox>(editor, "civilDetainerViolationCheckBox"), Qt::LeftButton,
            {}, QPoint(4, 4));
        type(editor, "narrativePlainTextEdit",
            QStringLiteral("Held overnight on a civil detainer."));
        QTest::mouseClick(find<QPushButton>(editor, "officerAddPushButton"), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), nth<QLineEdit>(editor, "officerNameLineEdit", 0));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Officer Placeholder"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(
            QApplication::focusWidget(), nth<QLineEdit>(editor, "officerBadgeNumberLineEdit", 0));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" 0042-b "));
        QTest::mouseClick(find<QPushButton>(editor, "witnessAddPushButton"), Qt::LeftButton);
        keys(nth<QLineEdit>(editor, "witnessNameLineEdit", 0), QStringLiteral("محمد مثال"));
        QCOMPARE(
            nth<QLineEdit>(editor, "witnessNameLineEdit", 0)->layoutDirection(), Qt::RightToLeft);
        QTest::keyClicks(
            nth<QLineEdit>(editor, "witnessStatementLineEdit", 0), QStringLiteral("Saw the van."));

        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(2);
        QTest::mouseClick(find<QPushButton>(editor, "complaintAddPushButton"), Qt::LeftButton);
        QTest::keyClicks(nth<QLineEdit>(editor, "complaintFiledWithLineEdit", 0),
            QStringLiteral("BPD Internal Affairs"));
        QTest::keyClicks(
            nth<QLineEdit>(editor, "complaintFiledOnLineEdit", 0), QStringLiteral("2026-01-06"));
        QTest::keyClicks(nth<QLineEdit>(editor, "complaintTrackingNumberLineEdit", 0),
            QStringLiteral("IAD-0001"));
        QTest::mouseClick(find<QPushButton>(editor, "followUpAddPushButton"), Qt::LeftButton);
        QTest::keyClicks(nth<QLineEdit>(editor, "followUpDueOnLineEdit", 0),
            QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        QTest::keyClicks(nth<QLineEdit>(editor, "followUpNoteLineEdit", 0),
            QStringLiteral("Ask for the review timeline"));

        QVERIFY(editor->hasUnsavedChanges());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        auto *message = find<QLabel>(editor, "editorMessageLabel");
        if (!message->text().startsWith(
                QLatin1String("Saved"))) { // say which field refused, to debug a failure
            for (auto *label : editor->findChildren<QLabel *>()) {
                if (label->objectName().endsWith(QLatin1String("MessageLabel"))
                    && !label->isHidden() && !label->text().isEmpty())
                    qWarning("%s: %s", qPrintable(label->objectName()), qPrintable(label->text()));
            }
        }
        QVERIFY2(
            message->text().startsWith(QLatin1String("Saved TD-")), qPrintable(message->text()));
        QVERIFY(!editor->hasUnsavedChanges());
        const qint64 id = editor->caseId();
        QVERIFY(id > 0);

        // Stored exactly as typed, badge spaces included.
        {
            auto db = Database::open(path, Database::OpenMode::ReadOnly);
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            auto c = repo.load(id);
            QVERIFY(c.ok());
            QCOMPARE(c->client.fullName, QStringLiteral("Trần Thị Ví Dụ"));
            QCOMPARE(c->client.preferredLanguage, QStringLiteral("vi"));
            QVERIFY(c->client.interpreterNeeded);
            QCOMPARE(c->client.aNumber, QStringLiteral("A000-111-222"));
            QCOMPARE(c->client.dateOfBirth, QDate(1991, 4, 5));
            QVERIFY(c->client.consentToFile);
            QCOMPARE(c->incidents.size(), 1);
            QCOMPARE(c->incidents[0].time, QTime(21, 15));
            QCOMPARE(c->incidents[0].policeDistrict, QStringLiteral("A-7"));
            QCOMPARE(c->incidents[0].violations, QStringList {QStringLiteral("civil_detainer")});
            QCOMPARE(c->incidents[0].officers.size(), 1);
            QCOMPARE(c->incidents[0].officers[0].badgeNumber, QStringLiteral(" 0042-b "));
            QCOMPARE(c->incidents[0].witnesses[0].name, QStringLiteral("محمد مثال"));
            QCOMPARE(c->complaints[0].trackingNumber, QStringLiteral("IAD-0001"));
            QCOMPARE(c->followUps[0].note, QStringLiteral("Ask for the review timeline"));
            auto events = repo.audit().events(c->reference);
            QVERIFY(events.ok());
            QCOMPARE(events->constFirst().action, QStringLiteral("case.create"));
        }

        // The overdue follow-up shows in the main window's due list.
        auto *tree = find<QTreeWidget>(&window, "followUpsTreeWidget");
        QVERIFY(tree);
        QCOMPARE(window.followUpsDock()->overdueCount(), 1);

        // Esc with nothing changed closes without asking; the list shows the case; reopening shows
        // every field.
        Questions::setNextAnswer(2); // would keep editing if asked
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(Questions::hasPendingAnswer()); // not asked
        Questions::clearNextAnswer();
        QVERIFY(!window.workspace()->editor());
        window.workspace()->editCase(id);
        editor = window.workspace()->editor();
        QVERIFY(editor);
        QCOMPARE(
            find<QLineEdit>(editor, "fullNameLineEdit")->text(), QStringLiteral("Trần Thị Ví Dụ"));
        // Sensitive fields open masked; revealing one shows what was stored.
        QVERIFY(find<QLineEdit>(editor, "immigrationStatusLineEdit")->text().isEmpty());
        QTest::mouseClick(
            find<QToolButton>(editor, "immigrationStatusRevealToolButton"), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>(editor, "immigrationStatusLineEdit")->text(),
            QStringLiteral("TPS applicant"));
        QCOMPARE(
            find<QLineEdit>(editor, "incidentDateLineEdit")->text(), QStringLiteral("2026-01-02"));
        QCOMPARE(nth<QLineEdit>(editor, "officerBadgeNumberLineEdit", 0)->text(),
            QStringLiteral(" 0042-b "));
        QVERIFY(find<QCheckBox>(editor, "civilDetainerViolationCheckBox")->isChecked());
        QCOMPARE(find<QPlainTextEdit>(editor, "narrativePlainTextEdit")->toPlainText(),
            QStringLiteral("Held overnight on a civil detainer."));
        QCOMPARE(nth<QLineEdit>(editor, "complaintTrackingNumberLineEdit", 0)->text(),
            QStringLiteral("IAD-0001"));

        // An edit is audited as an update.
        type(editor, "notesPlainTextEdit", QStringLiteral(" Prefers text messages."));
        QVERIFY(editor->save());
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        auto events = CaseRepository(**db, QStringLiteral("tester")).audit().events();
        QCOMPARE(events->constFirst().action, QStringLiteral("case.update"));
    }

    void validationIsInlineAndWarningsDoNotBlock()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(freshDatabase()));
        window.show();
        CaseEditor *editor = openNewCase(window);
        QVERIFY(editor);
        const QString before = Questions::lastQuestion();
        QVERIFY(!editor->save()); // nothing entered: name and incident date missing
        QCOMPARE(Questions::lastQuestion(), before); // no pop-up
        auto *nameMessage = find<QLabel>(editor, "fullNameLineEditMessageLabel");
        QVERIFY(nameMessage && nameMessage->isVisible());
        QVERIFY(!nameMessage->text().isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fullNameLineEdit"));

        type(editor, "fullNameLineEdit", QStringLiteral("Jean Exemple"));
        type(editor, "phoneLineEdit", QStringLiteral("call me"));
        type(editor, "dateOfBirthLineEdit", QStringLiteral("1990-02-31"));
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        type(editor, "incidentDateLineEdit", QDate::currentDate().addDays(3).toString(Qt::ISODate));
        QVERIFY(!editor->save());
        QVERIFY(
            !find<QLabel>(editor, "incidentDateLineEditMessageLabel")->isHidden()); // in the future
        QVERIFY(!find<QLabel>(editor, "dateOfBirthLineEditMessageLabel")
                     ->isHidden()); // impossible date, not silently dropped
        auto *incidentDate = find<QLineEdit>(editor, "incidentDateLineEdit");
        incidentDate->clear();
        QTest::keyClicks(incidentDate, QStringLiteral("2026-01-01"));
        auto *dob = find<QLineEdit>(editor, "dateOfBirthLineEdit");
        dob->clear();
        QTest::keyClicks(dob, QStringLiteral("1990-02-28"));
        QVERIFY2(editor->save(), qPrintable(find<QLabel>(editor, "editorMessageLabel")->text()));
        // The phone warning stays visible but did not block saving.
        QVERIFY(find<QLabel>(editor, "phoneLineEditMessageLabel")->isVisible());
    }

    void sensitiveFieldsAreMarked()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(freshDatabase()));
        CaseEditor *editor = openNewCase(window);
        QVERIFY(editor);
        for (const char *name :
            {"phoneLineEdit", "emailLineEdit", "addressLineEdit", "dateOfBirthLineEdit",
                "countryOfBirthLineEdit", "immigrationStatusLineEdit", "aNumberLineEdit"}) {
            auto *field = find<QWidget>(editor, name);
            QVERIFY2(field && field->property("sensitive").toBool(), name);
            QVERIFY2(field->toolTip().contains(QLatin1String("withheld")), name);
            QVERIFY2(find<QLabel>(editor,
                         qPrintable(QString::fromLatin1(name) + QStringLiteral("SensitiveLabel"))),
                name);
            QVERIFY2(!field->accessibleName().isEmpty(), name);
        }
        QVERIFY(!find<QWidget>(editor, "fullNameLineEdit")->property("sensitive").toBool());
        // A witness's contact carries the same lock: beside its column header, and on every row.
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        auto *contactLock = find<QLabel>(editor, "witnessContactLineEditSensitiveLabel");
        QVERIFY(contactLock);
        QVERIFY(contactLock->toolTip().contains(QLatin1String("withheld")));
        for (int i = 0; i < 2; ++i)
            QTest::mouseClick(find<QPushButton>(editor, "witnessAddPushButton"), Qt::LeftButton);
        QVERIFY(contactLock->isVisibleTo(editor));
        for (int i = 0; i < 2; ++i) {
            auto *contact = nth<QLineEdit>(editor, "witnessContactLineEdit", i);
            QVERIFY(contact && contact->property("sensitive").toBool());
            QVERIFY(contact->toolTip().contains(QLatin1String("withheld")));
            QVERIFY(contact->accessibleDescription().contains(QLatin1String("withheld")));
            QVERIFY(
                !nth<QLineEdit>(editor, "witnessNameLineEdit", i)->property("sensitive").toBool());
            QVERIFY(!nth<QLineEdit>(editor, "witnessStatementLineEdit", i)
                         ->property("sensitive")
                         .toBool());
        }
        QVERIFY(!editor->findChild<QLabel *>(
            QStringLiteral("officerBadgeNumberLineEditSensitiveLabel")));
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(0);
        // Arabic typed into a name field reads right-to-left.
        type(editor, "fullNameLineEdit", QStringLiteral("ليلى مثال"));
        QCOMPARE(find<QLineEdit>(editor, "fullNameLineEdit")->layoutDirection(), Qt::RightToLeft);
    }

    void undoAndRedoAcrossTheForm()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(freshDatabase()));
        window.show();
        CaseEditor *editor = openNewCase(window);
        type(editor, "fullNameLineEdit", QStringLiteral("Ana Exemplo"));
        type(editor, "phoneLineEdit", QStringLiteral("617-555-0100"));
        auto *name = find<QLineEdit>(editor, "fullNameLineEdit");
        auto *phone = find<QLineEdit>(editor, "phoneLineEdit");
        QCOMPARE(editor->undoStack()->count(), 2); // typing in one field is one step
        QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(phone->text(), QString());
        QCOMPARE(name->text(), QStringLiteral("Ana Exemplo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(name->text(), QString());
        QTest::keyClick(
            QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(name->text(), QStringLiteral("Ana Exemplo"));
        QVERIFY(editor->hasUnsavedChanges());
    }

    void escapeAsksOnlyWithChanges()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(freshDatabase()));
        window.show();
        CaseEditor *editor = openNewCase(window);
        type(editor, "fullNameLineEdit", QStringLiteral("Keep Me"));
        Questions::setNextAnswer(2); // keep editing
        QTest::keyClick(find<QLineEdit>(editor, "fullNameLineEdit"), Qt::Key_Escape);
        QVERIFY(Questions::lastQuestion().contains(QLatin1String("Discard")));
        QCOMPARE(window.workspace()->editor(), editor);
        QCOMPARE(find<QLineEdit>(editor, "fullNameLineEdit")->text(), QStringLiteral("Keep Me"));
        Questions::setNextAnswer(1); // discard
        QTest::keyClick(find<QLineEdit>(editor, "fullNameLineEdit"), Qt::Key_Escape);
        QTRY_VERIFY(!window.workspace()->editor());
    }

    void draftSurvivesACrashAndIsRestored()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("On an office server without its office key, drafts are held in memory only and "
                  "do not outlive the process; sealed server drafts: tst_connectserver.");
        const QString path = freshDatabase();
        QString draftFile;
        {
            Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
            auto *window = new MainWindow(settings);
            QVERIFY(window->openDatabase(path));
            window->show();
            CaseEditor *editor = openNewCase(*window);
            editor->setDraftInterval(50);
            type(editor, "fullNameLineEdit", QStringLiteral("Draft Persona"));
            type(editor, "aNumberLineEdit", QStringLiteral("A999-000-111"));
            const QString folder = DraftStore(path).folder();
            draftFile = QDir(folder).filePath(editor->draftId() + QStringLiteral(".json"));
            QTRY_VERIFY(QFile::exists(draftFile));
            QTRY_VERIFY(
                DraftStore(path).list(DraftStore::Live::Include).value(0).caseFile.client.aNumber
                == QStringLiteral("A999-000-111"));
            // While its editor is open the draft is not offered (to another window) for restoring.
            QVERIFY(DraftStore(path).list().isEmpty());
            QCOMPARE(QFileInfo(draftFile).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
            QCOMPARE(QFileInfo(folder).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                QFileDevice::Permissions());
            // A crash: the process dies without closing anything. The draft file is all that is
            // left.
            window->hide();
            QFile copy(draftFile);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            const QByteArray bytes = copy.readAll();
            delete window;
            if (!QFile::exists(
                    draftFile)) { // deleting the window is gentler than a kill: put it back
                QFile restore(draftFile);
                QVERIFY(restore.open(QIODevice::WriteOnly));
                restore.write(bytes);
            }
        }
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        MainWindow window(settings);
        Questions::setNextAnswer(0); // restore
        QVERIFY(window.openDatabase(path));
        window.show();
        QTRY_VERIFY(window.workspace()->editor());
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(Questions::lastQuestion().contains(QLatin1String("Draft Persona")));
        QCOMPARE(
            find<QLineEdit>(editor, "fullNameLineEdit")->text(), QStringLiteral("Draft Persona"));
        QCOMPARE(
            find<QLineEdit>(editor, "aNumberLineEdit")->text(), QStringLiteral("A999-000-111"));
        QVERIFY(editor->hasUnsavedChanges());
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        type(editor, "incidentDateLineEdit", QStringLiteral("2026-01-03"));
        QVERIFY(editor->save());
        QVERIFY(!QFile::exists(draftFile)); // saved: the draft is gone
        QVERIFY(DraftStore(path).list(DraftStore::Live::Include).isEmpty());
    }

    void draftOfAnotherDatabaseNeverOverwritesTheCaseWithItsId()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("On an office server without its office key, drafts are held in memory only and "
                  "do not outlive the process; sealed server drafts: tst_connectserver.");
        // After a restore from a backup the same case id can hold another person's case. A draft
        // left from before must come back as a new case, and must not update the client that
        // now has its client id.
        const QString path = freshDatabase();
        CaseFile stored;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto saved = CaseRepository(**db, QStringLiteral("tester"))
                             .save(test::minimalCase(QStringLiteral("Alma Present")));
            QVERIFY(saved.ok());
            stored = saved.value();
        }
        Draft draft;
        draft.id = QStringLiteral("left-from-before-restore");
        draft.caseId = stored.id;
        draft.savedAt = QDateTime::currentDateTimeUtc();
        draft.caseFile = test::minimalCase(QStringLiteral("Bruno Before"));
        draft.caseFile.id = stored.id;
        draft.caseFile.reference = QStringLiteral("TD-2019-00001");
        draft.caseFile.client.id = stored.client.id;
        QVERIFY(DraftStore(path).save(draft).ok());

        Settings settings(m_dir.filePath(QStringLiteral("g.ini")));
        MainWindow window(settings);
        Questions::setNextAnswer(0); // restore
        QVERIFY(window.openDatabase(path));
        window.show();
        QTRY_VERIFY(window.workspace()->editor());
        CaseEditor *editor = window.workspace()->editor();
        QCOMPARE(
            find<QLineEdit>(editor, "fullNameLineEdit")->text(), QStringLiteral("Bruno Before"));
        QVERIFY(editor->save());

        auto db = Database::open(path);
        QVERIFY(db.ok());
        CaseRepository repository(**db, QStringLiteral("tester"));
        auto kept = repository.load(stored.id);
        QVERIFY(kept.ok());
        QCOMPARE(kept->reference, stored.reference);
        QCOMPARE(kept->client.fullName, QStringLiteral("Alma Present"));
        auto count = repository.count({});
        QVERIFY(count.ok());
        QCOMPARE(count.value(), qint64(2));
        auto found = repository.search(QStringLiteral("Bruno"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QVERIFY(found->first().reference != stored.reference);
    }

    void duplicateClientIsOfferedAndLinked()
    {
        const QString path = freshDatabase();
        qint64 existingClient = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto saved = CaseRepository(**db, QStringLiteral("tester")).save(test::sampleCase());
            QVERIFY(saved.ok());
            existingClient = saved->client.id;
        }
        Settings settings(m_dir.filePath(QStringLiteral("g.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        window.show();
        CaseEditor *editor = openNewCase(window);
        type(editor, "fullNameLineEdit", QStringLiteral("nguyen thi LAN"));
        auto *frame = find<QFrame>(editor, "duplicateFrame");
        QTRY_VERIFY(frame->isVisible());
        auto *list = find<QListWidget>(editor, "duplicateListWidget");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Nguyễn Thị Lan")));
        QVERIFY(!list->item(0)->text().contains(
            QLatin1String("555"))); // the phone itself is never shown
        QTest::mouseClick(find<QPushButton>(editor, "linkClientPushButton"), Qt::LeftButton);
        QVERIFY(find<QLabel>(editor, "linkedClientLabel")->isVisible());
        QCOMPARE(
            find<QLineEdit>(editor, "fullNameLineEdit")->text(), QStringLiteral("Nguyễn Thị Lan"));
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        type(editor, "incidentDateLineEdit", QStringLiteral("2026-01-04"));
        QVERIFY(editor->save());
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        auto second = CaseRepository(**db, QStringLiteral("tester")).load(editor->caseId());
        QVERIFY(second.ok());
        QCOMPARE(second->client.id, existingClient);

        // By phone too, whatever the punctuation.
        QVERIFY(window.workspace()->confirmCloseEditor());
        editor = openNewCase(window);
        type(editor, "fullNameLineEdit", QStringLiteral("Someone Else"));
        type(editor, "phoneLineEdit", QStringLiteral("(617) 555-0142"));
        QTRY_VERIFY(find<QFrame>(editor, "duplicateFrame")->isVisible());
        QVERIFY(find<QListWidget>(editor, "duplicateListWidget")
                    ->item(0)
                    ->text()
                    .contains(QLatin1String("phone")));
    }

    void tabOrderReachesEveryClientField()
    {
        Settings settings(m_dir.filePath(QStringLiteral("h.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(freshDatabase()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseEditor *editor = openNewCase(window);
        QSet<QString> reached;
        for (int i = 0; i < 40 && QApplication::focusWidget(); ++i) {
            reached.insert(QApplication::focusWidget()->objectName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (const char *name :
            {"fullNameLineEdit", "preferredNameLineEdit", "preferredLanguageComboBox",
                "phoneLineEdit", "aNumberLineEdit", "consentDateLineEdit", "notesPlainTextEdit"})
            QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
        Q_UNUSED(editor)
    }
};

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
