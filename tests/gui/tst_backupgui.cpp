// File › Back Up… and File › Restore from Backup…, driven through the real window and actions
// with synthetic cases and a synthetic evidence file; only the file dialogs and the answers to
// questions go through the test seams.
#include "backup/backupflow.h"
#include "backup/backupmessages.h"
#include "backup/backupprogressdialog.h"
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "cases/followupsdock.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/questions.h"
#include "evidence/evidencestore.h"
#include "evidence/evidenceverifier.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace td;
using namespace td::ui;

namespace {

const QByteArray kEvidence = "Synthetic photo of a fictional van, for the backup test.\n";

QString relativeStorePath(const QByteArray &bytes)
{
    return EvidenceStore::relativePath(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

CaseFile caseWithFollowUpDue(const QString &name, int daysAgo)
{
    CaseFile c = test::minimalCase(name);
    c.followUps = {FollowUp {
        0, QDate::currentDate().addDays(-daysAgo), false, QStringLiteral("Call the client back")}};
    return c;
}

} // namespace

class TestBackupGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_livePath;
    QString m_backupPath;
    QString m_evidenceReference;
    QStringList m_backedUpReferences;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *find(const char *name)
    {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("%s not found", name);
        return w;
    }

    QStringList shownReferences()
    {
        QStringList references;
        const QAbstractItemModel *model = find<QTableView>("caseTableView")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            references.append(model->index(row, CaseListModel::ReferenceColumn).data().toString());
        references.sort();
        return references;
    }

    QString countText() { return find<QLabel>("caseCountLabel")->text(); }

    bool liveEvidenceVerifies()
    {
        auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
        if (!db)
            return false;
        auto report = EvidenceVerifier(**db, QStringLiteral("tester")).run();
        if (report && !report->ok())
            qWarning() << report->problems;
        return report && report->ok();
    }

    // Files the two flows could leave behind beside the backups.
    QStringList leftovers()
    {
        QStringList found;
        const QStringList names
            = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const auto &name : names)
            if (name.contains(QLatin1String(".partial"))
                || name.contains(QLatin1String(".restoring"))
                || name.startsWith(QLatin1String("cancelled")))
                found.append(name);
        return found;
    }

private slots:
    void cleanup() { DialogSeam::reset(); } // no answer left over reaches the next test
    void initTestCase()
    {
        m_livePath = test::databasePath(m_dir);
        m_backupPath = m_dir.filePath(QStringLiteral("friday.trustdesk"));
        {
            auto db = Database::open(m_livePath);
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            for (const auto &c : {caseWithFollowUpDue(QStringLiteral("Alex Example"), 2),
                     test::minimalCase(QStringLiteral("Sam Placeholder")),
                     test::minimalCase(QStringLiteral("Robin Sample"))}) {
                auto saved = repo.save(c);
                QVERIFY(saved.ok());
                m_backedUpReferences.append(saved->reference);
            }
            m_backedUpReferences.sort();
            m_evidenceReference = m_backedUpReferences.first();
            QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("van.txt")), kEvidence));
            QVERIFY(EvidenceStore(**db, QStringLiteral("tester"))
                        .attach(m_evidenceReference, m_dir.filePath(QStringLiteral("van.txt")), {})
                        .ok());
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_livePath));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(countText(), QStringLiteral("3 case(s)"));
    }

    void menuEntriesAreTranslatableAndKeyboardReachable()
    {
        auto *backUp = find<QAction>("backUpAction");
        auto *restore = find<QAction>("restoreBackupAction");
        QVERIFY(backUp && restore);
        QCOMPARE(backUp->text(), QStringLiteral("&Back Up…"));
        QCOMPARE(restore->text(), QStringLiteral("Res&tore from Backup…"));
        QMenu *fileMenu = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(fileMenu->actions().contains(backUp));
        QVERIFY(fileMenu->actions().contains(restore));
        // No other entry of the File menu answers to the same letters.
        for (const QAction *other : fileMenu->actions()) {
            if (other == backUp || other == restore || other->text().isEmpty())
                continue;
            QVERIFY2(!other->text().contains(QLatin1String("&B"), Qt::CaseInsensitive),
                qPrintable(other->text()));
            QVERIFY2(!other->text().contains(QLatin1String("&T"), Qt::CaseInsensitive),
                qPrintable(other->text()));
        }
    }

    void suggestsADatedNameInDocuments()
    {
        const QString suggested = BackupFlow::suggestedPath(QDate(2025, 5, 3));
        QCOMPARE(QFileInfo(suggested).fileName(),
            QStringLiteral("TrustDesk backup 2025-05-03.trustdesk"));
        QCOMPARE(QFileInfo(suggested).absolutePath(),
            QFileInfo(BackupMessages::documentsFolder()).absoluteFilePath());
    }

    void refusesATakenNameBeforeStarting()
    {
        // A file that exists, then a name whose evidence folder is taken: each refused with a
        // message before any work starts, the dialog offered again (answered with Cancel here).
        bool started = false;
        BackupProgressDialog::setNextShownHandler(
            [&started](BackupProgressDialog &) { started = true; });
        const QString existing = m_dir.filePath(QStringLiteral("van.txt"));
        FileDialog::setNextFileNames({existing, QString()});
        MessageBox::acknowledgeNextWarning();
        find<QAction>("backUpAction")->trigger();
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("already exists")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(
            MessageBox::lastMessage().contains(QDir::toNativeSeparators(existing) + QChar(0x2069)));
        QCOMPARE(QFile(existing).size(), kEvidence.size());

        const QString taken = m_dir.filePath(QStringLiteral("taken.trustdesk"));
        QVERIFY(QDir().mkpath(Backup::evidenceFolder(taken)));
        FileDialog::setNextFileNames({taken, QString()});
        MessageBox::acknowledgeNextWarning();
        find<QAction>("backUpAction")->trigger();
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("taken.trustdesk.evidence")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(!QFile::exists(taken));
        QVERIFY(QDir(Backup::evidenceFolder(taken)).isEmpty());
        QCOMPARE(leftovers(), QStringList());
        QVERIFY(!started);
        BackupProgressDialog::setNextShownHandler(nullptr);
    }

    void cancelLeavesNothingBehind()
    {
        bool clicked = false;
        BackupProgressDialog::setNextShownHandler([&clicked](BackupProgressDialog &dialog) {
            QVERIFY(dialog.isVisible());
            QVERIFY(dialog.cancelButton()->isEnabled());
            QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
            clicked = true;
        });
        FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("cancelled")));
        find<QAction>("backUpAction")->trigger();
        QVERIFY(clicked);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("canceled")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(leftovers(), QStringList());
        QVERIFY(!m_window->findChild<BackupProgressDialog *>());
    }

    void backUpFromTheKeyboard()
    {
        // Alt+F opens the File menu, B backs up; ".trustdesk" is added to a bare name.
        FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("friday")));
        MessageBox::acknowledgeNextInformation();
        // The progress dialog of the previous test took the activation with it.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_B);

        QVERIFY(QFile::exists(m_backupPath));
        QVERIFY(QFile::exists(Backup::evidenceFolder(m_backupPath) + QLatin1Char('/')
            + relativeStorePath(kEvidence)));
        auto verified = Backup::verifyFile(m_backupPath);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
        // The message says where the backup is, and that its evidence folder belongs with it.
        const QString message = MessageBox::lastMessage();
        QVERIFY2(message.contains(QDir::toNativeSeparators(m_backupPath)), qPrintable(message));
        QVERIFY(message.contains(QDir::toNativeSeparators(Backup::evidenceFolder(m_backupPath))));
        QVERIFY(message.contains(QLatin1String("together")));
        QCOMPARE(leftovers(), QStringList());
        // Audited as the command-line backup is.
        auto db = Database::open(m_livePath, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto events = AuditLog(**db, QStringLiteral("tester")).events();
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("database.backup"));
        QCOMPARE(events->constFirst().detail, QStringLiteral("friday.trustdesk"));
    }

    void changeTheCasesAfterTheBackup()
    {
        auto db = Database::open(m_livePath, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto removed = repo.loadByReference(m_backedUpReferences.last());
        QVERIFY(removed.ok());
        QVERIFY(repo.remove(removed->id).ok());
        auto later = repo.save(caseWithFollowUpDue(QStringLiteral("Later Example"), 1));
        QVERIFY(later.ok());
        QVERIFY(repo.save(test::minimalCase(QStringLiteral("Another Later Example"))).ok());
        QVERIFY(test::writeFile(
            m_dir.filePath(QStringLiteral("later.txt")), "attached after the backup"));
        QVERIFY(EvidenceStore(**db, QStringLiteral("tester"))
                    .attach(later->reference, m_dir.filePath(QStringLiteral("later.txt")), {})
                    .ok());
        find<QAction>("refreshAction")->trigger();
        m_window->followUpsDock()->refresh();
        QTRY_COMPARE(countText(), QStringLiteral("4 case(s)"));
        QCOMPARE(m_window->followUpsDock()->overdueCount(), 2);
    }

    void refusesWhileACaseHasUnsavedChanges()
    {
        find<QAction>("newCaseAction")->trigger();
        CaseEditor *editor = m_window->workspace()->editor();
        QVERIFY(editor);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Unsaved Example"));
        QVERIFY(editor->hasUnsavedChanges());

        FileDialog::setNextFileName(m_backupPath);
        Questions::setNextAnswer(0);
        MessageBox::acknowledgeNextWarning();
        find<QAction>("restoreBackupAction")->trigger();
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("not saved")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(Questions::hasPendingAnswer()); // never asked to replace anything
        QCOMPARE(m_window->workspace()->editor(), editor);
        QCOMPARE(name->text(), QStringLiteral("Unsaved Example"));
        QCOMPARE(countText(), QStringLiteral("4 case(s)"));

        // Close it without saving; the file name set above is still the next answer.
        Questions::setNextAnswer(1); // Discard
        QVERIFY(m_window->workspace()->confirmCloseEditor());
        QVERIFY(!m_window->workspace()->editor());
        Questions::clearNextAnswer();
        QCOMPARE(FileDialog::openBackup(nullptr, QString()), m_backupPath);
    }

    void enterAtTheConfirmationCancels()
    {
        // The real question box: its default button is Cancel, so Enter changes nothing.
        QString asked;
        QString defaultButton;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            QTest::keyClick(box, Qt::Key_Return);
        });
        poll.start();
        FileDialog::setNextFileName(m_backupPath);
        find<QAction>("restoreBackupAction")->trigger();
        poll.stop();
        QCOMPARE(defaultButton, QStringLiteral("Cancel"));
        QVERIFY2(
            asked.contains(QLatin1String("The 4 case(s) in TrustDesk now")), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("friday.trustdesk")), qPrintable(asked));
        QVERIFY(
            asked.contains(QLatin1String("holds 3 case(s); its newest recorded change is from")));
        QCOMPARE(countText(), QStringLiteral("4 case(s)"));
        QCOMPARE(m_window->followUpsDock()->overdueCount(), 2);
    }

    void tamperedBackupIsRefusedAndNothingChanges()
    {
        // A copy of the backup whose evidence file was altered after it was written.
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.trustdesk"));
        QVERIFY(QFile::copy(m_backupPath, tampered));
        const QString stored
            = Backup::evidenceFolder(tampered) + QLatin1Char('/') + relativeStorePath(kEvidence);
        QVERIFY(QDir().mkpath(QFileInfo(stored).absolutePath()));
        QVERIFY(test::writeFile(stored, "Synthetic photo of a different van.\n"));
        const QStringList before = shownReferences();

        FileDialog::setNextFileName(tampered);
        Questions::setNextAnswer(0);
        MessageBox::acknowledgeNextWarning();
        find<QAction>("restoreBackupAction")->trigger();
        const QString message = MessageBox::lastMessage();
        QVERIFY2(message.contains(QLatin1String("cannot be restored"))
                && message.contains(QLatin1String("nothing was changed")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("CHANGED")), qPrintable(message));
        for (const char *jargon : {"sqlite3_", "SQL logic", "QSQLITE", "SELECT", "constraint"})
            QVERIFY2(!message.contains(QLatin1String(jargon)), qPrintable(message));
        QVERIFY(Questions::hasPendingAnswer());
        Questions::clearNextAnswer();
        QCOMPARE(shownReferences(), before);
        QCOMPARE(countText(), QStringLiteral("4 case(s)"));
        QVERIFY(liveEvidenceVerifies());
    }

    void restoreReplacesTheCasesAndReloadsTheWindow()
    {
        FileDialog::setNextFileName(m_backupPath);
        Questions::setNextAnswer(0); // Replace with Backup
        MessageBox::acknowledgeNextInformation();
        find<QAction>("restoreBackupAction")->trigger();
        QVERIFY2(Questions::lastQuestion().contains(QLatin1String("replaced")),
            qPrintable(Questions::lastQuestion()));
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("3 case(s)")),
            qPrintable(MessageBox::lastMessage()));

        // The list, the count, the details and the follow-ups all show the backup's cases.
        QTRY_COMPARE(countText(), QStringLiteral("3 case(s)"));
        QCOMPARE(shownReferences(), m_backedUpReferences);
        QCOMPARE(m_window->followUpsDock()->overdueCount(), 1);
        auto *table = find<QTableView>("caseTableView");
        table->setFocus();
        table->selectRow(0);
        auto *details = find<QTextBrowser>("caseDetailTextBrowser");
        QTRY_VERIFY(details->isVisible());
        const QString shown = details->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Example"))
                || shown.contains(QLatin1String("Placeholder"))
                || shown.contains(QLatin1String("Sample")),
            qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("Later Example")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("cases.sqlite")));

        // Both the backup and the restored store verify; the file attached later is gone.
        QVERIFY(Backup::verifyFile(m_backupPath).ok());
        QVERIFY(liveEvidenceVerifies());
        QVERIFY(QFile::exists(
            EvidenceStore::rootFor(m_livePath) + QLatin1Char('/') + relativeStorePath(kEvidence)));
        QVERIFY(!QFile::exists(EvidenceStore::rootFor(m_livePath) + QLatin1Char('/')
            + relativeStorePath("attached after the backup")));
        QCOMPARE(leftovers(), QStringList());
        auto db = Database::open(m_livePath, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto events = AuditLog(**db, QStringLiteral("tester")).events();
        QVERIFY(events.ok());
        QCOMPARE(events->constFirst().action, QStringLiteral("database.restore"));
    }
};

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
