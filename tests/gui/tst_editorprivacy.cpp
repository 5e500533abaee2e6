// The case editor and a client's secrets: a stored case's sensitive fields open masked, each reveal
// is on the audit record before the value shows, a new value can be typed without revealing the old
// one, and nothing masked can be copied or read out. Ticking "Anonymous" removes the name, after a
// plain question.
#include "cases/caseworkspace.h"
#include "common/settings.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace td;
using namespace td::ui;

namespace {

const char *const kMaskedFields[]
    = {"phoneLineEdit", "emailLineEdit", "addressLineEdit", "dateOfBirthLineEdit",
        "countryOfBirthLineEdit", "immigrationStatusLineEdit", "aNumberLineEdit"};

template<typename T> T *find(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("widget %s not found", name);
    return w;
}

QList<AuditEvent> revealEvents(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return {};
    CaseRepository repository(**db, QStringLiteral("reader"));
    const auto events = repository.audit().events();
    QList<AuditEvent> out;
    for (const auto &e : events.value()) {
        if (e.action == QLatin1String("case.reveal_sensitive"))
            out.append(e);
    }
    return out;
}

} // namespace

class TestEditorPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    CaseFile m_stored;
    std::vector<std::unique_ptr<test::TestDatabase>> m_locations;

    // A new database: `name` in the folder, or an empty one on the test cluster.
    QString newDatabase(const QString &name)
    {
        if (!test::TestDatabase::onPostgres())
            return m_dir.filePath(name);
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

    // A database holding the sample case (every sensitive field filled in).
    QString databaseWithCase()
    {
        const QString path = newDatabase(QStringLiteral("privacy-%1.sqlite").arg(++m_counter));
        auto db = Database::open(path);
        if (!db)
            return {};
        auto saved = CaseRepository(**db, QStringLiteral("tester")).save(test::sampleCase());
        if (!saved)
            return {};
        m_stored = saved.value();
        return path;
    }

    CaseEditor *openStored(MainWindow &window, const QString &path)
    {
        if (!window.openDatabase(path))
            return nullptr;
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        window.workspace()->editCase(m_stored.id);
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

    void storedCaseOpensMasked()
    {
        const QString path = databaseWithCase();
        QVERIFY(!path.isEmpty());
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow window(settings);
        CaseEditor *editor = openStored(window, path);
        QVERIFY(editor);
        const Client &stored = m_stored.client;
        QVERIFY(!stored.aNumber.isEmpty() && !stored.phone.isEmpty());
        for (const char *name : kMaskedFields) {
            auto *field = find<QLineEdit>(editor, name);
            QVERIFY2(field && field->text().isEmpty(), name);
            QVERIFY2(field->placeholderText().contains(QLatin1String("Hidden")), name);
            auto *reveal = find<QToolButton>(editor,
                qPrintable(QString::fromLatin1(name).replace(QLatin1String("LineEdit"), QString())
                    + QStringLiteral("RevealToolButton")));
            QVERIFY2(reveal && reveal->isVisibleTo(editor) && reveal->isEnabled(), name);
            QVERIFY2(reveal->accessibleName().startsWith(QLatin1String("Reveal ")), name);
            QVERIFY2(reveal->focusPolicy() & Qt::TabFocus, name);
        }
        QVERIFY(find<QPushButton>(editor, "revealAllPushButton")->isVisibleTo(editor));
        // Names are not sensitive: shown.
        QCOMPARE(find<QLineEdit>(editor, "fullNameLineEdit")->text(), stored.fullName);
        // The values are kept: the case as it stands still has them.
        QCOMPARE(editor->currentCase().client, stored);
        QVERIFY(!editor->hasUnsavedChanges());
        QVERIFY(revealEvents(path).isEmpty());

        // Nothing masked can be copied, dragged, read out or seen in a tooltip.
        auto *aNumber = find<QLineEdit>(editor, "aNumberLineEdit");
        QApplication::clipboard()->setText(QStringLiteral("before"));
        aNumber->setFocus();
        aNumber->selectAll();
        QTest::keyClick(aNumber, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(!QApplication::clipboard()->text().contains(stored.aNumber));
        QVERIFY(aNumber->selectedText().isEmpty());
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(aNumber);
        QVERIFY(a11y);
        for (const auto role :
            {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help})
            QVERIFY(!a11y->text(role).contains(stored.aNumber));
        for (QWidget *w : editor->findChildren<QWidget *>())
            QVERIFY2(!w->toolTip().contains(stored.aNumber), qPrintable(w->objectName()));
    }

    void revealIsAuditedFirst()
    {
        const QString path = databaseWithCase();
        QVERIFY(!path.isEmpty());
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow window(settings);
        CaseEditor *editor = openStored(window, path);
        QVERIFY(editor);
        const Client &stored = m_stored.client;

        QTest::mouseClick(find<QToolButton>(editor, "phoneRevealToolButton"), Qt::LeftButton);
        QCOMPARE(find<QLineEdit>(editor, "phoneLineEdit")->text(), stored.phone);
        QVERIFY(find<QLineEdit>(editor, "aNumberLineEdit")->text().isEmpty());
        auto events = revealEvents(path);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].caseReference, m_stored.reference);
        QCOMPARE(events[0].detail, QStringLiteral("revealed: phone"));
        QVERIFY(!events[0].detail.contains(stored.phone));
        QVERIFY(!find<QToolButton>(editor, "phoneRevealToolButton")->isVisibleTo(editor));
        QVERIFY(!editor->hasUnsavedChanges());

        // Reveal all (Ctrl+Shift+R): one more entry, naming the rest.
        QTest::keyClick(
            QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(find<QLineEdit>(editor, "aNumberLineEdit")->text(), stored.aNumber);
        QCOMPARE(
            find<QLineEdit>(editor, "immigrationStatusLineEdit")->text(), stored.immigrationStatus);
        QCOMPARE(find<QLineEdit>(editor, "dateOfBirthLineEdit")->text(),
            stored.dateOfBirth.toString(Qt::ISODate));
        events = revealEvents(path);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].detail,
            QStringLiteral("revealed: email, address, date_of_birth, country_of_birth, "
                           "immigration_status, a_number"));
        QVERIFY(!find<QPushButton>(editor, "revealAllPushButton")->isVisibleTo(editor));
        QCOMPARE(editor->currentCase().client, stored);

        // Saving masks again.
        QTest::keyClicks(find<QLineEdit>(editor, "aNumberLineEdit"), QStringLiteral("0"));
        QVERIFY(editor->save());
        QVERIFY(find<QLineEdit>(editor, "aNumberLineEdit")->text().isEmpty());
        QVERIFY(find<QLineEdit>(editor, "phoneLineEdit")->text().isEmpty());
        QVERIFY(find<QPushButton>(editor, "revealAllPushButton")->isVisibleTo(editor));
    }

    // A witness's contact is as sensitive as the client's: hidden, kept, revealed on the record,
    // and not brought back in clear by undoing an added witness row.
    void witnessContactOpensMaskedAndRevealIsAudited()
    {
        const QString path = databaseWithCase();
        QVERIFY(!path.isEmpty());
        Settings settings(m_dir.filePath(QStringLiteral("w.ini")));
        MainWindow window(settings);
        CaseEditor *editor = openStored(window, path);
        QVERIFY(editor);
        const Witness stored = m_stored.incidents.first().witnesses.first();
        QVERIFY(!stored.contact.isEmpty());
        auto contactField = [editor] {
            return editor->findChildren<QLineEdit *>(QStringLiteral("witnessContactLineEdit"))
                .value(0);
        };
        QVERIFY(contactField());
        QVERIFY(contactField()->text().isEmpty());
        QVERIFY(contactField()->placeholderText().contains(QLatin1String("Hidden")));
        for (const QLineEdit *e : editor->findChildren<QLineEdit *>())
            QVERIFY2(!e->text().contains(stored.contact), qPrintable(e->objectName()));
        const auto contacts = [](const QList<Witness> &witnesses) {
            QStringList out;
            for (const auto &w : witnesses)
                out.append(w.contact);
            return out;
        };
        QCOMPARE(contacts(editor->currentCase().incidents.first().witnesses),
            contacts(m_stored.incidents.first().witnesses));
        QVERIFY(!editor->hasUnsavedChanges());

        // A witness row added and taken away again by undo: the contact is still hidden.
        auto *add
            = editor->findChildren<QPushButton *>(QStringLiteral("witnessAddPushButton")).value(0);
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->currentCase().incidents.first().witnesses.size(),
            m_stored.incidents.first().witnesses.size());
        QVERIFY(contactField()->text().isEmpty());
        QCOMPARE(editor->currentCase().incidents.first().witnesses.first().contact, stored.contact);
        QVERIFY(revealEvents(path).isEmpty());

        auto *reveal
            = editor->findChildren<QToolButton *>(QStringLiteral("witnessContactRevealToolButton"))
                  .value(0);
        // (on the incident's tab, which is not the one showing)
        QVERIFY(reveal && !reveal->isHidden() && reveal->isEnabled());
        reveal->click();
        QCOMPARE(contactField()->text(), stored.contact);
        const auto events = revealEvents(path);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].caseReference, m_stored.reference);
        QCOMPARE(events[0].detail, QStringLiteral("revealed: witness_contact"));
    }

    void typingReplacesWithoutRevealing()
    {
        const QString path = databaseWithCase();
        QVERIFY(!path.isEmpty());
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        MainWindow window(settings);
        CaseEditor *editor = openStored(window, path);
        QVERIFY(editor);
        auto *aNumber = find<QLineEdit>(editor, "aNumberLineEdit");
        aNumber->setFocus();
        QTest::keyClicks(aNumber, QStringLiteral("A999-888-777"));
        QCOMPARE(aNumber->text(), QStringLiteral("A999-888-777"));
        QVERIFY(!find<QToolButton>(editor, "aNumberRevealToolButton")->isEnabled());
        QCOMPARE(editor->currentCase().client.aNumber, QStringLiteral("A999-888-777"));
        // Undo goes back to the hidden stored value, still hidden.
        editor->undoStack()->undo();
        QVERIFY(aNumber->text().isEmpty());
        QCOMPARE(editor->currentCase().client.aNumber, m_stored.client.aNumber);
        editor->undoStack()->redo();
        QCOMPARE(aNumber->text(), QStringLiteral("A999-888-777"));
        QVERIFY(editor->save());
        QVERIFY(aNumber->text().isEmpty()); // masked again after the save
        QVERIFY(revealEvents(path).isEmpty());
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto loaded = CaseRepository(**db, QStringLiteral("reader")).load(m_stored.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->client.aNumber, QStringLiteral("A999-888-777"));
        QCOMPARE(loaded->client.phone, m_stored.client.phone); // untouched fields kept
        QCOMPARE(loaded->client.dateOfBirth, m_stored.client.dateOfBirth);
    }

    // Where dates are shown in a local style (the United States: 8/6/1985), a hidden date of
    // birth is kept in that style too: saving without revealing it must keep it, not read it as
    // ISO and store no date at all. (The test locale C shows ISO dates, which hid this.)
    void hiddenDateOfBirthSurvivesASaveInALocalDateStyle()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        const QString path = databaseWithCase();
        QVERIFY(!path.isEmpty());
        QVERIFY(m_stored.client.dateOfBirth.isValid());
        Settings settings(m_dir.filePath(QStringLiteral("us.ini")));
        MainWindow window(settings);
        CaseEditor *editor = openStored(window, path);
        QVERIFY(editor);
        QVERIFY(find<QLineEdit>(editor, "dateOfBirthLineEdit")->text().isEmpty()); // hidden
        QCOMPARE(editor->currentCase().client.dateOfBirth, m_stored.client.dateOfBirth);
        auto *notes = find<QPlainTextEdit>(editor, "notesPlainTextEdit");
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral(" Called back."));
        QVERIFY(editor->save());
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto loaded = CaseRepository(**db, QStringLiteral("reader")).load(m_stored.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->client.notes.contains(QLatin1String("Called back.")));
        QCOMPARE(loaded->client.dateOfBirth, m_stored.client.dateOfBirth);
    }

    void newCaseIsNotMasked()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(newDatabase(QStringLiteral("new.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.workspace()->newCase();
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(editor);
        auto *phone = find<QLineEdit>(editor, "phoneLineEdit");
        QTest::keyClicks(phone, QStringLiteral("617-555-0100"));
        QCOMPARE(phone->text(), QStringLiteral("617-555-0100"));
        QVERIFY(!phone->placeholderText().contains(QLatin1String("Hidden")));
        for (const char *name : kMaskedFields) {
            const QString button
                = QString::fromLatin1(name).replace(QLatin1String("LineEdit"), QString())
                + QStringLiteral("RevealToolButton");
            QVERIFY2(!find<QToolButton>(editor, qPrintable(button))->isVisibleTo(editor), name);
        }
        QVERIFY(!find<QPushButton>(editor, "revealAllPushButton")->isVisibleTo(editor));
    }

    void tickingAnonymousAsksAndRemovesTheName()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(newDatabase(QStringLiteral("anon.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.workspace()->newCase();
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(editor);
        auto *name = find<QLineEdit>(editor, "fullNameLineEdit");
        auto *preferred = find<QLineEdit>(editor, "preferredNameLineEdit");
        auto *anonymous = find<QCheckBox>(editor, "anonymousCheckBox");
        QTest::keyClicks(name, QStringLiteral("Ifeoma Example"));
        QTest::keyClicks(preferred, QStringLiteral("Ife"));

        // "Cancel": nothing changes.
        Questions::setNextAnswer(1);
        QTest::mouseClick(anonymous, Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(!Questions::hasPendingAnswer());
        QVERIFY(Questions::lastQuestion().contains(QLatin1String("name")));
        QVERIFY(!anonymous->isChecked());
        QCOMPARE(name->text(), QStringLiteral("Ifeoma Example"));

        // "Remove the name": the names go; undo brings them back, step by step.
        Questions::setNextAnswer(0);
        QTest::mouseClick(anonymous, Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(!Questions::hasPendingAnswer());
        QVERIFY(anonymous->isChecked());
        QVERIFY(name->text().isEmpty() && preferred->text().isEmpty());
        QVERIFY(editor->currentCase().client.fullName.isEmpty());
        editor->undoStack()->undo();
        QVERIFY(!anonymous->isChecked());
        editor->undoStack()->undo();
        editor->undoStack()->undo();
        QCOMPARE(name->text(), QStringLiteral("Ifeoma Example"));
        QCOMPARE(preferred->text(), QStringLiteral("Ife"));

        // With no name typed, ticking asks nothing.
        Questions::setNextAnswer(1);
        name->clear();
        preferred->clear();
        QTest::mouseClick(anonymous, Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(Questions::hasPendingAnswer());
        Questions::clearNextAnswer();
        QVERIFY(anonymous->isChecked());
    }
};

QTEST_MAIN(TestEditorPrivacy)
#include "tst_editorprivacy.moc"
