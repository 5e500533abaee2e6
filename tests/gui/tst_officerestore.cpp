// File › Restore from Backup… in the app on an office server, as tst_officerestore_postgres on
// the throwaway cluster: an office backup of a small database restored through the flow's
// dialogs into a fresh empty database (the case count, `trustdesk-cli verify` on it, the window
// switched to it), a database holding data refused at the target's fields with nothing changed
// and no passphrase asked, a cancelled restore leaving the target empty, and a caseworker told
// before any dialog that only an admin restores. Without a cluster, only the target dialog's
// fields are checked.
#include "backup/backupprogressdialog.h"
#include "clirun.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "office/connectserverdialog.h"
#include "storage/backupjob.h"
#include "storage/backupsummary.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/officebackup.h"
#include "storage/officebackupfile.h"
#include "storage/officekeys.h"
#include "storage/pgconnection.h"
#include "storage/staffroles.h"
#include "testcases.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "whenmodal.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include <unistd.h>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("office key staple battery");

using test::whenModal;

QString databaseName(const QString &uri)
{
    const auto parsed = PgConnection::parse(uri);
    return parsed ? parsed.value().database : QString();
}

// Types `database` into the target dialog's database field, as a person would, and presses
// Continue; `after` then sees the dialog (still open when the target was refused).
void answerTarget(const QString &database, std::function<void(ConnectServerDialog *)> after = {})
{
    whenModal<ConnectServerDialog>([database, after](ConnectServerDialog *dialog) {
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabaseLineEdit"));
        field->clear();
        QTest::keyClicks(field, database);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("connectServerPushButton")),
            Qt::LeftButton);
        if (after)
            after(dialog);
    });
}

} // namespace

class TestOfficeRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // An office database with the office key (wrapped for the cluster's login) and `cases` cases,
    // and its backup written by the storage code Back Up and `trustdesk-cli backup` use.
    struct Office
    {
        std::unique_ptr<test::TestDatabase> location;
        QString backup;
    };

    bool makeOffice(Office &office, int cases)
    {
        office.location = std::make_unique<test::TestDatabase>(m_dir);
        if (!office.location->error().isEmpty()) {
            qWarning() << office.location->error();
            return false;
        }
        auto db = Database::open(office.location->target());
        if (!db)
            return false;
        auto key
            = OfficeKeys(**db).create(kPassphrase, QStringLiteral("admin"), KeyWrap::Cost::Fast);
        if (!key)
            return false;
        (*db)->setOfficeKey(SecureKey::fromBytes(key->data()));
        for (int i = 0; i < cases; ++i)
            if (!CaseRepository(**db, QStringLiteral("colleague"))
                     .save(test::minimalCase(QStringLiteral("Restore Sample Person %1").arg(i)))
                     .ok())
                return false;
        static int n = 0;
        office.backup = m_dir.filePath(QStringLiteral("office-%1.tdob").arg(++n));
        const Status written = OfficeBackup::create(**db, office.backup, QStringLiteral("admin"));
        if (!written)
            qWarning() << written.error().message;
        return written.ok();
    }

    // The window on the office, its office key unlocked.
    static bool connect(MainWindow &window, const QString &uri)
    {
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        return window.connectToServer(uri) && window.database()->officeKey();
    }

    // Cases and audit entries of a TrustDesk database, read-only; -1 when it has no schema.
    static QPair<qint64, qint64> countsOf(const QString &uri)
    {
        auto db = Database::open(uri, Database::OpenMode::ReadOnly);
        if (!db)
            return {-1, -1};
        QSqlQuery q((*db)->connection());
        qint64 audit = -1;
        if (q.exec(QStringLiteral("SELECT count(*) FROM audit_events")) && q.next())
            audit = q.value(0).toLongLong();
        const auto summary = BackupSummary::of(**db);
        return {summary ? summary->cases : -1, audit};
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        const QStringList unused = DialogSeam::pending();
        QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QStringLiteral(", "))));
        DialogSeam::reset();
        Questions::clearNextAnswer();
        BackupProgressDialog::setNextShownHandler({});
    }

    // The target's fields start from the current connection: its server and login, never its
    // database, and Continue in place of Connect.
    void theTargetDialogKeepsTheServerNotTheDatabase()
    {
        ConnectServerDialog dialog(nullptr, ConnectServerDialog::Purpose::RestoreTarget);
        dialog.setUri(
            QStringLiteral("postgresql://ana@db.example.org:5433/office?connect_timeout=10"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverHostLineEdit"))->text(),
            QStringLiteral("db.example.org"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverPortLineEdit"))->text(),
            QStringLiteral("5433"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverLoginLineEdit"))->text(),
            QStringLiteral("ana"));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabaseLineEdit"))
                    ->text()
                    .isEmpty());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Restore into an Empty Office Database"));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("connectServerPushButton"))->text(),
            QStringLiteral("C&ontinue"));

        ConnectServerDialog connect;
        connect.setUri(QStringLiteral("postgresql://ana@db.example.org/office"));
        QCOMPARE(connect.findChild<QLineEdit *>(QStringLiteral("serverDatabaseLineEdit"))->text(),
            QStringLiteral("office"));
    }

    // The admin's whole path: backup file, empty target, passphrase, progress, switch.
    void restoresIntoAnEmptyDatabase()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officerestore_postgres)");
        Office office;
        QVERIFY(makeOffice(office, 3));
        test::TestDatabase target(m_dir); // just made, as createdb leaves it: no tables at all
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));

        Settings settings(m_dir.filePath(QStringLiteral("restore-settings.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(connect(window, office.location->target()));
        const QString before = window.database()->path();
        auto *restore = window.findChild<QAction *>(QStringLiteral("restoreBackupAction"));
        QCOMPARE(restore->text(), QStringLiteral("Res&tore Office Backup…"));
        QVERIFY(restore->statusTip().contains(QLatin1String("empty office database")));

        FileDialog::setNextFileName(office.backup);
        answerTarget(databaseName(target.target()));
        DialogSeam::answerNext(DialogSeam::Kind::Text, QStringLiteral("not the passphrase"));
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase); // asked again
        bool sawProgress = false;
        BackupProgressDialog::setNextShownHandler([&sawProgress](BackupProgressDialog &dialog) {
            sawProgress = dialog.isVisible() && dialog.cancelButton()->isEnabled();
        });
        Questions::setNextAnswer(1); // stay here first
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY(sawProgress);
        QVERIFY2(Questions::lastQuestion().contains(QLatin1String("3 case(s) of the backup")),
            qPrintable(Questions::lastQuestion()));
        QCOMPARE(Questions::lastDefaultButton(), QStringLiteral("S&tay Here"));
        QCOMPARE(window.database()->path(), before);
        QCOMPARE(countsOf(target.target()).first, 3);

        // `trustdesk-cli verify` and `audit verify` accept what the app restored.
        const QString passphraseFile = m_dir.filePath(QStringLiteral("office.pass"));
        QVERIFY(test::writeFile(passphraseFile, kPassphrase.toUtf8()));
        for (const QStringList &command : {QStringList {QStringLiteral("verify")},
                 QStringList {QStringLiteral("audit"), QStringLiteral("verify")}}) {
            const auto run = test::runCli(QStringList {QStringLiteral("--db"), target.target()}
                + command + QStringList {QStringLiteral("--passphrase-file"), passphraseFile});
            EXPECT_EXIT(run, 0);
        }

        // A second restore into the same database is refused: it holds the cases now.
        test::TestDatabase second(m_dir);
        QVERIFY2(second.error().isEmpty(), qPrintable(second.error()));
        QString refusal;
        FileDialog::setNextFileName(office.backup);
        answerTarget(databaseName(target.target()), [&refusal](ConnectServerDialog *dialog) {
            refusal
                = dialog->findChild<QLabel *>(QStringLiteral("connectServerMessageLabel"))->text();
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY2(refusal.contains(QLatin1String("holds data already")), qPrintable(refusal));
        QCOMPARE(countsOf(target.target()).first, 3);

        // Restored again into a fresh one, and this time the window goes there.
        FileDialog::setNextFileName(office.backup);
        answerTarget(databaseName(second.target()));
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase); // the backup
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase); // the restored office key
        Questions::setNextAnswer(0);
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QCOMPARE(databaseName(window.database()->path()), databaseName(second.target()));
        QVERIFY(window.database()->officeKey());
        QCOMPARE(BackupSummary::of(*window.database())->cases, 3);
    }

    // A target holding data is refused at its fields, before any passphrase: nothing changes.
    void aDatabaseWithDataIsNeverTouched()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officerestore_postgres)");
        Office office;
        QVERIFY(makeOffice(office, 2));
        Office busy;
        QVERIFY(makeOffice(busy, 1));
        const auto before = countsOf(busy.location->target());
        QCOMPARE(before.first, 1);

        Settings settings(m_dir.filePath(QStringLiteral("refuse-settings.ini")));
        MainWindow window(settings);
        QVERIFY(connect(window, office.location->target()));
        QString refusal;
        bool stillOpen = false;
        FileDialog::setNextFileName(office.backup);
        answerTarget(databaseName(busy.location->target()),
            [&refusal, &stillOpen](ConnectServerDialog *dialog) {
                stillOpen = dialog->isVisible();
                refusal = dialog->findChild<QLabel *>(QStringLiteral("connectServerMessageLabel"))
                              ->text();
                dialog->reject();
            });
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase); // must stay unused
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY(stillOpen);
        QVERIFY2(refusal.contains(QLatin1String("holds data already")), qPrintable(refusal));
        QVERIFY(DialogSeam::hasPending(DialogSeam::Kind::Text)); // no passphrase was asked for
        DialogSeam::reset();
        QCOMPARE(countsOf(busy.location->target()), before);
        // The window's own database is no target either.
        answerTarget(databaseName(office.location->target()), [&refusal](ConnectServerDialog *d) {
            refusal = d->findChild<QLabel *>(QStringLiteral("connectServerMessageLabel"))->text();
            d->reject();
        });
        FileDialog::setNextFileName(office.backup);
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY2(refusal.contains(QLatin1String("holds data already")), qPrintable(refusal));
        QCOMPARE(countsOf(office.location->target()).first, 2);
    }

    // Cancel in the progress dialog: the target is left as it was (one transaction).
    void aCancelledRestoreLeavesTheTargetEmpty()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officerestore_postgres)");
        Office office;
        QVERIFY(makeOffice(office, 2));
        test::TestDatabase target(m_dir);
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        {
            auto db = Database::open(target.target()); // set up, as `trustdesk-cli init` does
            QVERIFY(db.ok());
        }
        const auto before = countsOf(target.target());
        QCOMPARE(before.first, 0);

        Settings settings(m_dir.filePath(QStringLiteral("cancel-settings.ini")));
        MainWindow window(settings);
        QVERIFY(connect(window, office.location->target()));
        FileDialog::setNextFileName(office.backup);
        answerTarget(databaseName(target.target()));
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        BackupProgressDialog::setNextShownHandler([](BackupProgressDialog &dialog) {
            QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        });
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("canceled")),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(countsOf(target.target()), before);
        // And it still takes the restore afterwards.
        FileDialog::setNextFileName(office.backup);
        answerTarget(databaseName(target.target()));
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        Questions::setNextAnswer(1);
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QCOMPARE(countsOf(target.target()).first, 2);
    }

    // The restore is one transaction: a cancel while its rows are written, or at its last
    // chance before the commit, leaves the target as empty as it was.
    void aCancelAtAnyPointBeforeTheCommitWritesNothing()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officerestore_postgres)");
        Office office;
        QVERIFY(makeOffice(office, 2));
        const auto header = OfficeBackupFile::readHeader(office.backup);
        QVERIFY(header.ok());
        auto key
            = OfficeBackupFile::unlock(header.value(), header->logins().constFirst(), kPassphrase);
        QVERIFY(key.ok());
        auto shared = std::make_shared<const SecureKey>(std::move(key.value()));
        test::TestDatabase target(m_dir);
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        {
            auto db = Database::open(target.target());
            QVERIFY(db.ok());
        }
        const auto before = countsOf(target.target());

        // Cancelled as the rows start (in the job's thread, so no timing decides it).
        auto *job = BackupJob::restoreOffice(target.target(), office.backup, shared);
        std::unique_ptr<BackupJob> owned(job);
        QObject::connect(
            job, &BackupJob::stepStarted, job,
            [job](BackupStep step) {
                if (step == BackupStep::WritingRows)
                    (void)job->cancel(); // not the test's thread: checked below
            },
            Qt::DirectConnection);
        const auto finished = test::runJob(job, &BackupJob::finished);
        QCOMPARE(finished.size(), 2);
        QVERIFY(!finished.at(0).toBool());
        QVERIFY(job->isCancelled());
        QCOMPARE(countsOf(target.target()), before);

        // The storage code's last cancel point, just before the commit (a small backup reports
        // nothing earlier): refused there, nothing is kept.
        {
            auto db = Database::open(target.target());
            QVERIFY(db.ok());
            const Status s = OfficeBackup::restore(**db, office.backup, *shared,
                QStringLiteral("admin"), [](qint64 done, qint64 total) { return done < total; });
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QLatin1String("Cancelled")),
                qPrintable(s.error().message));
        }
        QCOMPARE(countsOf(target.target()), before);

        // The job once more, uncancelled: the target takes it.
        std::unique_ptr<BackupJob> again(
            BackupJob::restoreOffice(target.target(), office.backup, shared));
        const auto done = test::runJob(again.get(), &BackupJob::finished);
        QCOMPARE(done.size(), 2);
        QVERIFY2(done.at(0).toBool(), qPrintable(done.at(1).toString()));
        QCOMPARE(countsOf(target.target()).first, 2);
    }

    // Not a check: pictures for a person to look at. With TRUSTDESK_TEST_SHOTS=DIR, under a real
    // (virtual) X server (QT_QPA_PLATFORM=xcb, xvfb-run), the flow runs with its real dialogs
    // (only the file dialog answered through its seam) and the screen is saved at each step.
    void screenshotsOfTheFlow()
    {
        const QString shots = qEnvironmentVariable("TRUSTDESK_TEST_SHOTS");
        if (shots.isEmpty() || !test::TestDatabase::onPostgres())
            QSKIP("set TRUSTDESK_TEST_SHOTS=DIR and run on the cluster under xvfb-run");
        Office office;
        QVERIFY(makeOffice(office, 1500)); // enough rows for the progress to show
        Office busy;
        QVERIFY(makeOffice(busy, 1));
        test::TestDatabase target(m_dir);
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        const auto shot = [shots](const QString &name) {
            QTest::qWait(150); // painted
            QGuiApplication::primaryScreen()->grabWindow(0).save(
                QDir(shots).filePath(name + QStringLiteral(".png")));
        };

        Settings settings(m_dir.filePath(QStringLiteral("shots-settings.ini")));
        MainWindow window(settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(connect(window, office.location->target()));

        FileDialog::setNextFileName(office.backup);
        const QString busyName = databaseName(busy.location->target());
        const QString targetName = databaseName(target.target());
        whenModal<ConnectServerDialog>([=](ConnectServerDialog *dialog) {
            auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabaseLineEdit"));
            auto *button
                = dialog->findChild<QPushButton *>(QStringLiteral("connectServerPushButton"));
            shot(QStringLiteral("1-target"));
            QTest::keyClicks(field, busyName);
            QTest::mouseClick(button, Qt::LeftButton);
            shot(QStringLiteral("2-target-refused"));
            field->clear();
            QTest::keyClicks(field, targetName);
            shot(QStringLiteral("3-target-empty"));
            whenModal<QInputDialog>([=](QInputDialog *input) {
                QTest::keyClicks(input->findChild<QLineEdit *>(), kPassphrase);
                shot(QStringLiteral("4-passphrase"));
                input->accept();
            });
            QTest::mouseClick(button, Qt::LeftButton);
        });
        auto progressShots = std::make_shared<QStringList>();
        QTimer progressTimer;
        QObject::connect(&progressTimer, &QTimer::timeout, &progressTimer, [=] {
            auto *dialog = qobject_cast<BackupProgressDialog *>(QApplication::activeModalWidget());
            if (!dialog || progressShots->contains(dialog->labelText()))
                return;
            progressShots->append(dialog->labelText());
            QGuiApplication::primaryScreen()->grabWindow(0).save(QDir(shots).filePath(
                QStringLiteral("5-progress-%1.png").arg(progressShots->size())));
        });
        progressTimer.start(40);
        whenModal<QMessageBox>(
            [=](QMessageBox *box) {
                shot(QStringLiteral("6-restored"));
                box->reject(); // Stay Here
            },
            2400);
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        progressTimer.stop();
        QCOMPARE(countsOf(target.target()).first, 1500);
        qInfo() << "progress steps seen:" << *progressShots;
    }

    // Only an office admin restores: a caseworker hears the server's rule before any dialog.
    void aCaseworkerIsToldOnlyAdminsRestore()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officerestore_postgres)");
        Office office;
        QVERIFY(makeOffice(office, 1));
        const QString login = QStringLiteral("td_guirestorecw_%1").arg(::getpid());
        {
            auto db = Database::open(office.location->target());
            QVERIFY(db.ok());
            QVERIFY(StaffRoles(**db).set(login, QStringLiteral("caseworker")).ok());
        }
        Settings settings(m_dir.filePath(QStringLiteral("caseworker-settings.ini")));
        MainWindow window(settings);
        MessageBox::acknowledgeNextWarning(); // holds no office key: not needed here
        QVERIFY(window.connectToServer(test::asLogin(office.location->target(), login)));

        FileDialog::setNextFileName(office.backup);
        MessageBox::acknowledgeNextWarning();
        window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("only an office admin")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(DialogSeam::hasPending(DialogSeam::Kind::FileName)); // no file was asked for
        DialogSeam::reset();
    }
};

QTEST_MAIN(TestOfficeRestore)
#include "tst_officerestore.moc"
