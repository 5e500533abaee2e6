// Redact…'s Save in the background (RedactJob): the copy is covered, encoded, sealed and recorded
// in a thread of its own while the dialog's window keeps answering, with a progress dialog; a
// failed save keeps the dialog open with the caseworker's boxes and a sentence, and Save works
// again once the cause is gone. With TRUSTDESK_SHOTS=DIR set (and a real screen, e.g. xvfb-run
// with QT_QPA_PLATFORM=xcb), saves a screenshot of the progress there (synthetic image).
#include "evidence/evidencestore.h"
#include "redaction/imageredactor.h"
#include "redaction/redactcanvas.h"
#include "redaction/redactdialog.h"
#include "redaction/redactjob.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasesession.h"
#include "syntheticfaces.h"
#include "testcases.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace td;
using namespace td::ui;

namespace {

const QString kActor = QStringLiteral("tester");

struct Fixture
{
    QString path;
    QString reference;
    ImageRedactor::Loaded loaded;
};

QPushButton *saveButton(RedactDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("redactButtonBox"))
        ->button(QDialogButtonBox::Save);
}

QString statusText(RedactDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("redactStatusLabel"))->text();
}

} // namespace

class TestRedactSave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A database file holding one case with one synthetic photo attached, and that photo
    // decoded as Redact… has it.
    bool prepare(const QString &name, const QSize &size, Fixture &fixture)
    {
        fixture.path = test::databasePath(m_dir, name + QStringLiteral(".sqlite"));
        auto db = Database::open(fixture.path);
        if (!db)
            return false;
        auto saved
            = CaseRepository(**db, kActor).save(test::minimalCase(QStringLiteral("Amina Example")));
        if (!saved)
            return false;
        fixture.reference = saved->reference;
        const QString photo = m_dir.filePath(name + QStringLiteral(".png"));
        if (!test::syntheticPhoto(size, {QRect(40, 40, 120, 150)}).save(photo))
            return false;
        EvidenceStore store(**db, kActor);
        auto attached = store.attach(fixture.reference, photo, {});
        if (!attached)
            return false;
        QFile file(photo);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        auto image = ImageRedactor::decodeUpright(file.readAll());
        if (!image)
            return false;
        fixture.loaded.image = image.value();
        fixture.loaded.jpeg = false;
        fixture.loaded.evidence = attached->evidence;
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The copy is made and stored in the job's thread, not the UI thread: Save returns at once
    // with the dialog still open and busy, and it closes once the copy is stored.
    void theSaveRunsOffTheUiThread()
    {
        const bool shots = !qEnvironmentVariable("TRUSTDESK_SHOTS").isEmpty();
        Fixture fixture;
        // A photo big enough to take a while when a screenshot of the progress is wanted.
        QVERIFY(prepare(
            QStringLiteral("offthread"), shots ? QSize(7000, 5000) : QSize(640, 480), fixture));
        RedactDialog dialog(fixture.loaded.image, QStringLiteral("street.png"));
        QThread *ranIn = nullptr;
        int jobs = 0;
        dialog.setSaveJob([&](const QList<QRect> &boxes, RedactionRecord::Method method) {
            ++jobs;
            auto *job = new RedactJob(
                DatabaseSession(fixture.path), fixture.loaded, boxes, method, kActor);
            // Direct: runs in the thread that emits, which is the one doing the work.
            connect(
                job, &RedactJob::progress, job, [&ranIn] { ranIn = QThread::currentThread(); },
                Qt::DirectConnection);
            return job;
        });
        dialog.resize(900, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.canvas()->addBox(QRect(40, 40, 120, 150), false);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isSaving());
        QVERIFY(dialog.isVisible());
        QVERIFY(!saveButton(dialog)->isEnabled());
        auto *progress
            = dialog.findChild<QProgressDialog *>(QStringLiteral("redactProgressDialog"));
        QVERIFY(progress);
        if (shots) {
            QTRY_VERIFY_WITH_TIMEOUT(progress && progress->isVisible(), 10000);
            QTest::qWait(200);
            const QString dir = qEnvironmentVariable("TRUSTDESK_SHOTS");
            QDir().mkpath(dir);
            dialog.screen()->grabWindow(0).save(
                QDir(dir).filePath(QStringLiteral("redact-progress.png")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 60000);
        QCOMPARE(jobs, 1);
        QVERIFY(ranIn);
        QVERIFY2(ranIn != qApp->thread(), "the copy was made on the UI thread");
        QVERIFY(!dialog.isSaving());
        QVERIFY(dialog.savedCopyId() > 0);
        QVERIFY(!dialog.savedCopyExisted());

        auto db = Database::open(fixture.path);
        QVERIFY(db);
        const auto items = EvidenceStore(**db, kActor).items(fixture.reference);
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(1).item.id, dialog.savedCopyId());
        QVERIFY(items->at(1).isRedactedCopy());
    }

    // The database went away between opening Redact… and saving (a moved file, a server gone):
    // nothing is saved, the dialog stays with every box and says why; once the database is back,
    // Save stores the copy with the same boxes.
    void aFailedSaveKeepsTheBoxes()
    {
        Fixture fixture;
        QVERIFY(prepare(QStringLiteral("failing"), QSize(640, 480), fixture));
        RedactDialog dialog(fixture.loaded.image, QStringLiteral("street.png"));
        dialog.setSaveJob([&](const QList<QRect> &boxes, RedactionRecord::Method method) {
            return new RedactJob(
                DatabaseSession(fixture.path), fixture.loaded, boxes, method, kActor);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QRect> marks {QRect(40, 40, 120, 150), QRect(300, 200, 80, 40)};
        for (const QRect &box : marks)
            dialog.canvas()->addBox(box, false);
        QCOMPARE(dialog.boxes(), marks);

        const QString movedAway = fixture.path + QStringLiteral(".away");
        QVERIFY(QFile::rename(fixture.path, movedAway));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30000);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.boxes(), marks);
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(dialog.canvas()->isEnabled());
        const QString said = statusText(dialog);
        QVERIFY2(
            said.startsWith(QStringLiteral("The redacted copy was not saved: ")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Your boxes are still here")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("SQL")) && !said.contains(QStringLiteral("sqlite3")),
            qPrintable(said));

        QVERIFY(QFile::rename(movedAway, fixture.path));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 30000);
        QVERIFY(dialog.savedCopyId() > 0);
        auto db = Database::open(fixture.path);
        QVERIFY(db);
        const auto copy = EvidenceStore(**db, kActor).item(dialog.savedCopyId());
        QVERIFY(copy);
        QVERIFY(copy->isRedactedCopy());
    }
};

QTEST_MAIN(TestRedactSave)
#include "tst_redactsave.moc"
