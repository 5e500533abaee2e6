// The whole intake from the keyboard: Esc and Enter in drop-downs, Tab in reading order with no
// invisible stops, the form scrolling to the focus, undo of added rows, messages that go away.
#include "cases/caseworkspace.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "intake/fieldregistry.h"
#include "intake/formundo.h"
#include "intake/incidentform.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace td;
using namespace td::ui;

class TestIntakeKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *find(QWidget *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }

    CaseEditor *newCase()
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("k%1.ini").arg(++m_counter)));
        m_window = std::make_unique<MainWindow>(*m_settings);
        if (!m_window->openDatabase(m_dir.filePath(QStringLiteral("k%1.sqlite").arg(m_counter))))
            return nullptr;
        m_window->resize(1000, 600);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        return m_window->workspace()->editor();
    }

    void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
    }

    /// Object names of the focus, Tab after Tab, from `start`.
    QStringList tabWalk(QWidget *start, int steps)
    {
        start->setFocus(Qt::TabFocusReason);
        QStringList names;
        for (int i = 0; i < steps && QApplication::focusWidget(); ++i) {
            QWidget *w = QApplication::focusWidget();
            names << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
            QTest::keyClick(w, Qt::Key_Tab);
        }
        return names;
    }

private slots:
    void cleanup()
    {
        DialogSeam::reset();
        m_window.reset();
        m_settings.reset();
    }

    void escapeClosesAnOpenDropDownNotTheCase()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        typeInto(find<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Probe Person"));
        auto *language = find<QComboBox>(editor, "preferredLanguageComboBox");
        language->setFocus();
        language->showPopup();
        QTRY_VERIFY(QApplication::activePopupWidget());
        const QString before = Questions::lastQuestion();
        Questions::setNextAnswer(2); // should it ask anyway: keep editing, do not block
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(Questions::lastQuestion(), before); // no "Discard the changes?"
        QVERIFY(Questions::hasPendingAnswer());
        QCOMPARE(m_window->workspace()->editor(), editor);
        QCOMPARE(
            find<QLineEdit>(editor, "fullNameLineEdit")->text(), QStringLiteral("Probe Person"));

        // With no list open, Esc asks — and Enter on that question keeps editing.
        QTest::keyClick(language, Qt::Key_Escape);
        QVERIFY(Questions::lastQuestion().contains(QLatin1String("Discard")));
        QCOMPARE(Questions::lastDefaultButton().remove(QLatin1Char('&')),
            QStringLiteral("Keep Editing"));
        QCOMPARE(m_window->workspace()->editor(), editor);
    }

    void enterInADropDownNeverSavesOrCloses()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        typeInto(find<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Probe Person"));
        auto *language = find<QComboBox>(editor, "preferredLanguageComboBox");
        language->setFocus();
        language->showPopup();
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(language->view(), Qt::Key_Down);
        QTest::keyClick(language->view(), Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QTest::keyClick(language, Qt::Key_Return); // a closed list
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        auto *district = find<QComboBox>(editor, "policeDistrictComboBox");
        typeInto(district, QStringLiteral("C-11"));
        QTest::keyClick(district, Qt::Key_Return); // an editable one
        QCOMPARE(m_window->workspace()->editor(), editor);
        QVERIFY(editor->hasUnsavedChanges()); // nothing was saved behind the caseworker's back
    }

    void tabGoesDownTheIncidentFormWithNoInvisibleStops()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        const QStringList walk = tabWalk(find<QWidget>(editor, "incidentDateLineEdit"), 20);
        const QStringList expected {QStringLiteral("incidentDateLineEdit"),
            QStringLiteral("incidentTimeLineEdit"), QStringLiteral("locationLineEdit"),
            QStringLiteral("policeDistrictComboBox"), QStringLiteral("agencyLineEdit"),
            QStringLiteral("piiSharingViolationCheckBox"),
            QStringLiteral("piiSharingGuidancePushButton"),
            QStringLiteral("civilDetainerViolationCheckBox"),
            QStringLiteral("civilDetainerGuidancePushButton"),
            QStringLiteral("immigrationQuestioningViolationCheckBox"),
            QStringLiteral("immigrationQuestioningGuidancePushButton"),
            QStringLiteral("otherViolationCheckBox"), QStringLiteral("otherGuidancePushButton"),
            QStringLiteral("narrativePlainTextEdit"), QStringLiteral("officerAddPushButton"),
            QStringLiteral("witnessAddPushButton")};
        QCOMPARE(walk.mid(0, expected.size()), expected);
        QVERIFY2(!walk.contains(QStringLiteral("QScrollArea")), qPrintable(walk.join(u", ")));
        QVERIFY2(!walk.contains(QStringLiteral("td::ui::FocusScrollArea")),
            qPrintable(walk.join(u", ")));

        // An added officer's fields come right after the narrative, before "Add officer".
        QTest::keyClick(find<QPushButton>(editor, "officerAddPushButton"), Qt::Key_Space);
        const QStringList withRow = tabWalk(find<QWidget>(editor, "narrativePlainTextEdit"), 8);
        QVERIFY2(withRow.value(1) == QStringLiteral("officerNameLineEdit"),
            qPrintable(withRow.join(u", ")));
        QVERIFY2(withRow.indexOf(QStringLiteral("officerAddPushButton")) > 1
                && withRow.indexOf(QStringLiteral("officerAddPushButton"))
                    < withRow.indexOf(QStringLiteral("witnessAddPushButton")),
            qPrintable(withRow.join(u", ")));
    }

    void theCaseLineAndButtonsGoLeftToRight()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        const QStringList walk = tabWalk(find<QWidget>(editor, "caseStatusComboBox"), 4);
        QCOMPARE(walk,
            QStringList({QStringLiteral("caseStatusComboBox"), QStringLiteral("openedOnLineEdit"),
                QStringLiteral("closedOnLineEdit"), QStringLiteral("assignedCaseworkerLineEdit")}));
        const QStringList end = tabWalk(find<QWidget>(editor, "closePushButton"), 2);
        QCOMPARE(end.value(1), QStringLiteral("savePushButton"));
    }

    void theFormScrollsToTheFocusedField()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        auto *witnessAdd = find<QPushButton>(editor, "witnessAddPushButton");
        QScrollArea *area = nullptr;
        for (QWidget *w = witnessAdd; w && !area; w = w->parentWidget())
            area = qobject_cast<QScrollArea *>(w);
        QVERIFY(area);
        area->verticalScrollBar()->setValue(0);
        QVERIFY2(area->verticalScrollBar()->maximum() > 0, "the window is too tall to test this");
        const QRect viewport = area->viewport()->rect();
        auto visible = [&](QWidget *w) {
            return viewport.contains(QRect(w->mapTo(area->viewport(), QPoint(0, 0)), w->size()));
        };
        QVERIFY(!visible(witnessAdd));
        find<QWidget>(editor, "narrativePlainTextEdit")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), witnessAdd);
        QTRY_VERIFY(visible(witnessAdd));
    }

    void undoOfAnAddedRowRemovesOnlyThatRow()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(2);
        QTest::keyClick(find<QPushButton>(editor, "followUpAddPushButton"), Qt::Key_Space);
        auto *note = find<QLineEdit>(editor, "followUpNoteLineEdit");
        QVERIFY(note);
        typeInto(note, QStringLiteral("Call the client back"));
        QTest::keyClick(find<QPushButton>(editor, "complaintAddPushButton"), Qt::Key_Space);
        QCOMPARE(
            editor->findChildren<QLineEdit *>(QStringLiteral("complaintChannelLineEdit")).size(),
            1);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(
            editor->findChildren<QLineEdit *>(QStringLiteral("complaintChannelLineEdit")).size(),
            0);
        QCOMPARE(find<QLineEdit>(editor, "followUpNoteLineEdit")->text(),
            QStringLiteral("Call the client back"));

        // Further back, then forward again: the row and its text return, in the rebuilt field.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(find<QLineEdit>(editor, "followUpNoteLineEdit")->text(), QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!find<QLineEdit>(editor, "followUpNoteLineEdit"));
        editor->undoStack()->redo();
        editor->undoStack()->redo();
        QVERIFY(find<QLineEdit>(editor, "followUpNoteLineEdit"));
        QCOMPARE(find<QLineEdit>(editor, "followUpNoteLineEdit")->text(),
            QStringLiteral("Call the client back"));

        // A removed row comes back with its text.
        QTest::keyClick(find<QPushButton>(editor, "followUpRemovePushButton"), Qt::Key_Space);
        QVERIFY(!find<QLineEdit>(editor, "followUpNoteLineEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(find<QLineEdit>(editor, "followUpNoteLineEdit")->text(),
            QStringLiteral("Call the client back"));
    }

    void aLanguageIsFoundByItsEnglishOrItsOwnName()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        auto *language = find<QComboBox>(editor, "preferredLanguageComboBox");
        language->setFocus();
        const int stepsBefore = editor->undoStack()->count();
        QTest::keyClicks(language, QStringLiteral("Viet"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("vi"));
        QVERIFY(language->currentText().contains(QStringLiteral("Tiếng Việt")));
        QVERIFY(language->currentText().contains(QLatin1String("Vietnamese")));
        QCOMPARE(editor->undoStack()->count(), stepsBefore + 1); // a change the caseworker made
        QTest::qWait(1100); // a pause starts a new search, as in any list
        QTest::keyClicks(language, QStringLiteral("tieng"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("vi"));
        QTest::qWait(1100);
        QTest::keyClicks(language, QStringLiteral("Chinese (T"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("zh_TW"));
        QTest::qWait(1100);
        QTest::keyClicks(language, QStringLiteral("kreyol"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("ht"));
        QTest::qWait(1100);
        QTest::keyClicks(language, QStringLiteral("zzz")); // nothing: the choice stays
        QCOMPARE(language->currentData().toString(), QStringLiteral("ht"));
    }

    void districtsShowTheirNeighbourhoodAndStoreTheirCode()
    {
        FieldRegistry registry;
        QUndoStack stack;
        FormUndo undo(&stack);
        IncidentForm form(0, registry, undo);
        Incident incident;
        incident.policeDistrict = QStringLiteral("C-11");
        form.setIncident(incident);
        auto *district = find<QComboBox>(&form, "policeDistrictComboBox");
        QCOMPARE(district->currentText(), QStringLiteral("C-11 \u2014 Dorchester"));
        QCOMPARE(form.incident().policeDistrict, QStringLiteral("C-11"));
        district->setCurrentIndex(district->findData(QStringLiteral("E-18")));
        QCOMPARE(form.incident().policeDistrict, QStringLiteral("E-18"));
        // Anything else is kept as typed.
        incident.policeDistrict = QStringLiteral("MBTA Transit Police");
        form.setIncident(incident);
        QCOMPARE(form.incident().policeDistrict, QStringLiteral("MBTA Transit Police"));
    }

    void theFixFieldsMessageGoesOnceTheyAreFixed()
    {
        CaseEditor *editor = newCase();
        QVERIFY(editor);
        QVERIFY(!editor->save()); // nothing entered: name and incident date missing
        auto *message = find<QLabel>(editor, "editorMessageLabel");
        QVERIFY(!message->text().isEmpty());
        typeInto(find<QLineEdit>(editor, "fullNameLineEdit"), QStringLiteral("Probe Person"));
        find<QTabWidget>(editor, "caseEditorTabWidget")->setCurrentIndex(1);
        typeInto(find<QLineEdit>(editor, "incidentDateLineEdit"), QStringLiteral("2026-01-01"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().isEmpty(), 5000);
    }
};

QTEST_MAIN(TestIntakeKeyboard)
#include "tst_intakekeyboard.moc"
