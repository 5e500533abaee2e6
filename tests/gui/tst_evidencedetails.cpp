// Editing an evidence item's details through the real widgets: Edit Details… from the keyboard,
// all three fields changed and saved into the store and its chain of custody; a date in the
// future refused with nothing changed; a failed save keeping what was typed.
#include "common/appinfo.h"
#include "common/displayformat.h"
#include "common/officeprofile.h"
#include "dialogs/dialogseam.h"
#include "evidence/evidencedetailsdialog.h"
#include "evidence/evidencedialogs.h"
#include "evidence/evidencepanel.h"
#include "evidence/evidencestore.h"
#include "models/evidencelistmodel.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td;
using namespace td::ui;

namespace {

// The synthetic file's modification time, which becomes its date captured (TZ=UTC in tests).
const QDateTime kFileTime(QDate(2024, 3, 10), QTime(14, 0, 0), Qt::UTC);

QString typedDate(const QDateTimeEdit *edit, const QDateTime &utc)
{
    return edit->locale().toString(utc.toLocalTime(), edit->displayFormat());
}

} // namespace

class TestEvidenceDetails : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EvidencePanel> m_panel;
    QString m_dbPath;
    QString m_ref;
    qint64 m_id = 0;

    std::unique_ptr<Database> openDatabase()
    {
        auto db = Database::open(m_dbPath);
        return db.ok() ? std::move(db.value()) : nullptr;
    }

    StoredEvidence stored()
    {
        auto db = openDatabase();
        auto item = EvidenceStore(*db, QStringLiteral("tester")).item(m_id);
        return item.ok() ? item.value() : StoredEvidence {};
    }

    QList<CustodyEvent> custody()
    {
        auto db = openDatabase();
        auto events = EvidenceStore(*db, QStringLiteral("tester")).custody(m_id);
        return events.ok() ? events.value() : QList<CustodyEvent> {};
    }

    EvidenceDetailsDialog *dialog() const
    {
        return m_panel->findChild<EvidenceDetailsDialog *>(QStringLiteral("evidenceDetailsDialog"));
    }
    template<typename W> W *in(QWidget *parent, const char *name) const
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }

    /// Waits for the dialog to be shown and to hold the keyboard focus.
    EvidenceDetailsDialog *shownDialog()
    {
        EvidenceDetailsDialog *d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = dialog()) && d->isVisible(); }, 5000))
            return nullptr;
        // Under the offscreen platform nothing activates a new window by itself (as a window
        // manager would); wait until it holds the keyboard, not just until it counts as active.
        d->activateWindow();
        return QTest::qWaitFor([d] { return QApplication::activeWindow() == d; }, 5000) ? d
                                                                                        : nullptr;
    }

    /// Types a date as a person does after tabbing into the field: digits only, each section
    /// moving on to the next once it is full.
    static void typeDate(QDateTimeEdit *edit, const QDateTime &utc)
    {
        QTest::keyClicks(
            edit, typedDate(edit, utc).remove(QRegularExpression(QStringLiteral("[^0-9]"))));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = test::databasePath(*m_dir);
        {
            auto db = Database::open(m_dbPath);
            QVERIFY(db.ok());
            auto saved = CaseRepository(**db, QStringLiteral("tester"))
                             .save(test::minimalCase(QStringLiteral("Test Person")));
            QVERIFY(saved.ok());
            m_ref = saved->reference;
        }
        m_panel = std::make_unique<EvidencePanel>();
        m_panel->resize(900, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->setCase(m_dbPath, m_ref);

        // Attach a synthetic file through the panel (file dialog seam), with a known file time.
        const QString path = QDir(m_dir->path()).filePath(QStringLiteral("tow-receipt.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("Synthetic receipt, no real person.") > 0);
            QVERIFY(f.flush()); // before the time is set, or closing would write and change it
            QVERIFY(f.setFileTime(kFileTime, QFileDevice::FileModificationTime));
        }
        QSignalSpy finished(m_panel.get(), &EvidencePanel::jobFinished);
        EvidenceDialogs::setNextFiles({path});
        QTest::mouseClick(in<QPushButton>(m_panel.get(), "attachPushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_panel->statusText()));
        QCOMPARE(m_panel->model()->rowCount(), 1);
        m_id = m_panel->model()->itemAt(0)->item.id;
        QCOMPARE(stored().item.capturedAt, kFileTime);
    }

    void cleanup()
    {
        DialogSeam::reset();
        m_panel.reset();
        m_dir.reset();
    }

    void editAllThreeFieldsFromTheKeyboard()
    {
        auto *table = in<QTableView>(m_panel.get(), "evidenceTableView");
        auto *edit = in<QPushButton>(m_panel.get(), "editDetailsPushButton");
        auto *action = in<QAction>(m_panel.get(), "editDetailsAction");
        QVERIFY(table && edit && action);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!action->isEnabled());
        QVERIFY(table->actions().contains(action)); // on the context menu

        // Tab into the list from the last button: its only row becomes current and selected.
        m_panel->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_panel.get());
        auto *verify = in<QPushButton>(m_panel.get(), "verifyPushButton");
        verify->setFocus();
        QTest::keyClick(verify, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(edit->isEnabled());
        QVERIFY(action->isEnabled());
        QTest::keyClick(table, Qt::Key_F2);
        QPointer<EvidenceDetailsDialog> d = shownDialog();
        QVERIFY(d);

        auto *description = in<QPlainTextEdit>(d, "descriptionPlainTextEdit");
        auto *source = in<QComboBox>(d, "sourceComboBox");
        auto *captured = in<QDateTimeEdit>(d, "capturedDateTimeEdit");
        auto *ok
            = in<QDialogButtonBox>(d, "evidenceDetailsButtonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(description && source && captured && ok);
        QCOMPARE(in<QLabel>(d, "fileNameLabel")->text(), QStringLiteral("tow-receipt.txt"));
        QCOMPARE(in<QLabel>(d, "sha256Label")->toolTip(), stored().item.sha256);
        QCOMPARE(captured->dateTime().toUTC(), kFileTime);
        QVERIFY2(!ok->isEnabled(), "nothing changed yet");

        // Description (focused first), Tab, Source, Tab, Date captured: keys only.
        QCOMPARE(QApplication::focusWidget(), description);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Receipt from the tow yard"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), source);
        QTest::keyClick(source, Qt::Key_Down); // Client
        QTest::keyClick(source, Qt::Key_Down); // Witness
        QCOMPARE(source->currentData().toString(), QStringLiteral("witness"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), captured);
        const QDateTime corrected(QDate(2024, 3, 9), QTime(8, 15, 30), Qt::UTC);
        typeDate(captured, corrected);
        QCOMPARE(captured->dateTime().toUTC(), corrected);
        QVERIFY(!in<QLabel>(d, "evidenceDetailsMessageLabel")->isVisible());

        // Return accepts (the date field passes it on to the dialog's default button).
        QTest::keyClick(captured, Qt::Key_Return);
        QTRY_VERIFY(!d);

        // The store holds the new details; the custody log and the audit log have the edit.
        const StoredEvidence after = stored();
        QCOMPARE(after.item.description, QStringLiteral("Receipt from the tow yard"));
        QCOMPARE(after.item.source, QStringLiteral("witness"));
        QCOMPARE(after.item.capturedAt, corrected);
        const auto events = custody();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().action, QStringLiteral("edit"));
        QCOMPARE(events.last().actor, currentActor());
        QCOMPARE(events.last().sha256, after.item.sha256);
        QCOMPARE(events.last().detail,
            QStringLiteral("details edited: description, source, date captured"));
        auto db = openDatabase();
        const auto audit = AuditLog(*db, QStringLiteral("tester")).events(m_ref);
        QVERIFY(audit.ok() && !audit->isEmpty());
        QCOMPARE(audit->first().action, QStringLiteral("evidence.edit"));
        QVERIFY(!audit->first().detail.contains(QLatin1String("tow yard")));

        // The panel shows it: the list's columns, the item still selected, its custody with the
        // edit.
        QVERIFY2(m_panel->statusText().contains(QLatin1String("Saved the details")),
            qPrintable(m_panel->statusText()));
        QCOMPARE(table->model()->index(0, EvidenceListModel::SourceColumn).data().toString(),
            QStringLiteral("Witness"));
        QCOMPARE(m_panel->model()->itemAt(0)->item.description,
            QStringLiteral("Receipt from the tow yard"));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        auto *custodyTable = in<QTableWidget>(m_panel.get(), "custodyTableWidget");
        QCOMPARE(custodyTable->rowCount(), 2);
        QCOMPARE(custodyTable->item(1, 2)->text(), QStringLiteral("Details edited"));
        QVERIFY(in<QLabel>(m_panel.get(), "evidenceDetailsLabel")
                    ->text()
                    .contains(QLatin1String("Receipt from the tow yard")));
    }

    void futureDateIsRefusedAndNothingChanges()
    {
        const StoredEvidence before = stored();
        auto *table = in<QTableView>(m_panel.get(), "evidenceTableView");
        table->selectRow(0);
        QTest::mouseClick(in<QPushButton>(m_panel.get(), "editDetailsPushButton"), Qt::LeftButton);
        QPointer<EvidenceDetailsDialog> d = shownDialog();
        QVERIFY(d);
        auto *description = in<QPlainTextEdit>(d, "descriptionPlainTextEdit");
        auto *captured = in<QDateTimeEdit>(d, "capturedDateTimeEdit");
        auto *message = in<QLabel>(d, "evidenceDetailsMessageLabel");
        auto *ok
            = in<QDialogButtonBox>(d, "evidenceDetailsButtonBox")->button(QDialogButtonBox::Ok);

        QTest::keyClicks(
            QApplication::focusWidget(), QStringLiteral("Taken the day after tomorrow?"));
        QCOMPARE(QApplication::focusWidget(), description);
        QTest::keyClick(description, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), captured);
        typeDate(captured, QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(captured->dateTime() > QDateTime::currentDateTime());
        QVERIFY(d->dateRefused());
        QVERIFY(message->isVisible());
        QVERIFY2(
            message->text().contains(QLatin1String("in the future")), qPrintable(message->text()));
        QVERIFY(!ok->isEnabled());

        // Neither Return nor a direct accept saves it.
        QTest::keyClick(captured, Qt::Key_Return);
        d->accept();
        QVERIFY(d && d->isVisible());
        QCOMPARE(stored().item, before.item);
        QCOMPARE(custody().size(), 1);

        // "Unknown" (Alt+U) is a way out: the message goes and OK comes back; Escape still saves
        // nothing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(in<QCheckBox>(d, "capturedUnknownCheckBox")
                        ->isChecked()); // a mnemonic animates the click
        QVERIFY(!captured->isEnabled());
        QVERIFY(!message->isVisible());
        QVERIFY(ok->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!d);
        QCOMPARE(stored().item, before.item);
        QCOMPARE(custody().size(), 1);
    }

    void rightToLeftMirrorsTheFormButNotTheDate()
    {
        in<QTableView>(m_panel.get(), "evidenceTableView")
            ->selectRow(0); // before the switch, which relays the table out later
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
        QTest::mouseClick(in<QPushButton>(m_panel.get(), "editDetailsPushButton"), Qt::LeftButton);
        QPointer<EvidenceDetailsDialog> d = shownDialog();
        QVERIFY(d);
        auto *description = in<QPlainTextEdit>(d, "descriptionPlainTextEdit");
        auto *captured = in<QDateTimeEdit>(d, "capturedDateTimeEdit");
        QVERIFY(d->isRightToLeft());
        // Labels sit on the right of their fields.
        QLabel *label = nullptr;
        for (auto *l : d->findChildren<QLabel *>())
            label = l->buddy() == description ? l : label;
        QVERIFY(label);
        QVERIFY(label->mapTo(d, QPoint()).x() > description->mapTo(d, QPoint()).x());
        // The date still reads year first, in the order it is typed.
        QCOMPARE(captured->text(), QStringLiteral("2024-03-10 14:00:00"));
        d->reject();
        QTRY_VERIFY(!d);
    }

    void failedSaveKeepsWhatWasTyped()
    {
        auto *table = in<QTableView>(m_panel.get(), "evidenceTableView");
        table->selectRow(0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QPointer<EvidenceDetailsDialog> d = shownDialog();
        QVERIFY(d);
        auto *description = in<QPlainTextEdit>(d, "descriptionPlainTextEdit");
        QTest::keyClicks(description, QStringLiteral("Typed with care"));

        // The item vanishes behind the dialog (another window removed it): the save fails.
        {
            auto db = openDatabase();
            QVERIFY(EvidenceStore(*db, QStringLiteral("tester"))
                        .remove(m_id, QStringLiteral("Removed elsewhere"))
                        .ok());
        }
        QTest::mouseClick(
            in<QDialogButtonBox>(d, "evidenceDetailsButtonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QVERIFY(d && d->isVisible());
        QCOMPARE(description->toPlainText(), QStringLiteral("Typed with care"));
        auto *message = in<QLabel>(d, "evidenceDetailsMessageLabel");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
            QStringLiteral("The details were not saved. The item is no longer on this case; "
                           "it may have been removed in another window."));
        d->reject();
        QTRY_VERIFY(!d);
    }

    void capturedTimeInTheOfficesZone()
    {
        // The laptop says UTC (TZ=UTC); the office is in Boston: 14:00 UTC on 10 March 2024 is
        // 10:00 in Boston (EDT began that morning), and that is what the caseworker sees and types.
        OfficeProfile office;
        office.timeZoneId = "America/New_York";
        OfficeProfile::install(office);
        const auto restore = qScopeGuard([] { OfficeProfile::install(OfficeProfile {}); });
        StoredEvidence evidence;
        evidence.item.originalName = QStringLiteral("photo.jpg");
        evidence.item.capturedAt = kFileTime;
        EvidenceDetailsDialog d(
            evidence, [](const QString &, const QString &, const QDateTime &) { return Status(); });
        auto *captured = in<QDateTimeEdit>(&d, "capturedDateTimeEdit");
        auto *zone = in<QLabel>(&d, "capturedTimeZoneLabel");
        QVERIFY(captured && zone);
        QCOMPARE(captured->time(), QTime(10, 0, 0));
        QCOMPARE(zone->text(), QStringLiteral("America/New_York"));
        QCOMPARE(d.capturedAt(), kFileTime);
        QVERIFY(!d.hasChanges());
        captured->setTime(QTime(11, 30, 0));
        QCOMPARE(d.capturedAt(), QDateTime(QDate(2024, 3, 10), QTime(15, 30, 0), Qt::UTC));

        // The evidence list and the panel name the zone too.
        QCOMPARE(displayDateTime(kFileTime, office.timeZone()).right(3), QStringLiteral("EDT"));
    }

    // The dialog and the evidence list say where the time came from; a changed time becomes the
    // caseworker's before it is even saved.
    void capturedTimeSaysWhereItCameFrom()
    {
        StoredEvidence evidence;
        evidence.item.originalName = QStringLiteral("photo.jpg");
        evidence.item.mediaType = QStringLiteral("image/jpeg");
        evidence.item.capturedAt = kFileTime;
        evidence.item.capturedOrigin = CaptureOrigin::Camera;
        EvidenceDetailsDialog d(
            evidence, [](const QString &, const QString &, const QDateTime &) { return Status(); });
        auto *origin = in<QLabel>(&d, "capturedOriginLabel");
        QVERIFY(origin);
        QCOMPARE(origin->text(), QStringLiteral("Where this time comes from: camera clock"));
        auto *captured = in<QDateTimeEdit>(&d, "capturedDateTimeEdit");
        captured->setTime(captured->time().addSecs(-60));
        QCOMPARE(origin->text(),
            QStringLiteral("Where this time comes from: entered by the caseworker"));
        in<QCheckBox>(&d, "capturedUnknownCheckBox")->setChecked(true);
        QVERIFY(origin->isHidden());

        EvidenceListModel model;
        StoredEvidence fileTime = evidence;
        fileTime.item.id = 2;
        fileTime.item.capturedOrigin = CaptureOrigin::FileModified;
        StoredEvidence unknown = evidence;
        unknown.item.id = 3;
        unknown.item.capturedOrigin = CaptureOrigin::Unknown;
        model.setItems({evidence, fileTime, unknown});
        const auto cell = [&model](int row, int role) {
            return model.index(row, EvidenceListModel::CapturedColumn).data(role).toString();
        };
        const QString when = displayDateTime(kFileTime, OfficeProfile::current().timeZone());
        QCOMPARE(cell(0, Qt::DisplayRole), when + QStringLiteral(" (camera clock)"));
        QCOMPARE(cell(1, Qt::DisplayRole), when + QStringLiteral(" (file changed)"));
        QCOMPARE(cell(2, Qt::DisplayRole), when);
        QCOMPARE(cell(1, Qt::ToolTipRole),
            QStringLiteral("File last changed %1 (not necessarily when the photo was taken)")
                .arg(when));
    }
};

QTEST_MAIN(TestEvidenceDetails)
#include "tst_evidencedetails.moc"
