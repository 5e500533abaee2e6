// The app on an office server (issue 16), as tst_officeevidence_postgres on the throwaway
// cluster: evidence sealed in the server's rows is attached, shown as a thumbnail and in the
// preview, and redacted through the evidence panel, with nothing decrypted on any disk file;
// without the office key each says why in a sentence; File › Back Up… writes the office backup
// that `trustdesk-cli verify --backup` accepts, and refuses a caseworker with the server's rule.
#include "backup/backupprogressdialog.h"
#include "backup/officebackupflow.h"
#include "cases/caseworkspace.h"
#include "clirun.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "evidence/evidencedialogs.h"
#include "evidence/evidencepanel.h"
#include "evidence/evidencestore.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/evidencelistmodel.h"
#include "redaction/redactcanvas.h"
#include "redaction/redactdialog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/officekeys.h"
#include "storage/staffroles.h"
#include "testcases.h"
#include "testdatabase.h"
#include "testfiles.h"
#include "whenmodal.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

#include <unistd.h>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("office key staple battery");

// A red photo with a blue square; `marker` rides after the PNG's end, where decoders ignore it,
// so any decrypted copy of the file's bytes holds it.
QByteArray markedPng(const QByteArray &marker)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(200, 20, 20));
    for (int y = 80; y < 160; ++y)
        for (int x = 120; x < 200; ++x)
            image.setPixelColor(x, y, QColor(20, 20, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes + marker;
}

using test::whenModal;

bool redMostly(const QColor &c)
{
    return c.red() > 150 && c.green() < 80 && c.blue() < 80;
}

} // namespace

class TestOfficeEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;

    // A server database with the office key (wrapped for the cluster's login) and one case.
    struct Office
    {
        std::unique_ptr<test::TestDatabase> location;
        qint64 caseId = 0;
        QString reference;
        SecureKey key;
    };

    bool makeOffice(Office &office)
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
        office.key = std::move(key.value());
        auto saved = CaseRepository(**db, QStringLiteral("colleague"))
                         .save(test::minimalCase(QStringLiteral("Evidence Sample Person")));
        if (!saved)
            return false;
        office.caseId = saved->id;
        office.reference = saved->reference;
        return true;
    }

    // The window connected to the office, the office key unlocked (or not), the case open.
    static EvidencePanel *openCase(MainWindow &window, const Office &office, bool withKey)
    {
        if (withKey)
            DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        else
            DialogSeam::answerNext(DialogSeam::Kind::Text, QVariant()); // Cancel
        if (!window.connectToServer(office.location->target()))
            return nullptr;
        window.workspace()->editCase(office.caseId);
        CaseEditor *editor = window.workspace()->editor();
        return editor ? editor->findChild<EvidencePanel *>() : nullptr;
    }

    QString writeSource(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        return test::writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QVERIFY(m_dir.isValid());
        // Everything this process may write outside the server goes under the temporary folder,
        // so searching it for a marker covers the home, the temporary files and the settings.
        m_home = m_dir.filePath(QStringLiteral("home"));
        const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_home) && QDir().mkpath(tmp));
        qputenv("HOME", m_home.toUtf8());
        qputenv("TMPDIR", tmp.toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home + QStringLiteral("/.local/share")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_home + QStringLiteral("/.cache")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QDir::setCurrent(m_dir.path());
        QVERIFY(QDir::tempPath().startsWith(m_dir.path()));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    .startsWith(m_dir.path()));
        EvidenceDialogs::setRecordOpensOnly(true);
    }

    void cleanup() { DialogSeam::reset(); }

    // Attach, thumbnail, preview and a redacted copy, all through the window's evidence panel on
    // the server; the file's bytes are then nowhere on disk in the clear.
    void evidenceOnTheServerShowsAndIsRedacted()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officeevidence_postgres)");
        Office office;
        QVERIFY(makeOffice(office));
        Settings settings(m_dir.filePath(QStringLiteral("evidence-settings.ini")));
        MainWindow window(settings);
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EvidencePanel *panel = openCase(window, office, true);
        QVERIFY(panel);
        QVERIFY(window.database()->officeKey());

        const QByteArray marker
            = "Xylomarker-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString source = writeSource(QStringLiteral("scene.png"), markedPng(marker));
        QVERIFY(!source.isEmpty());
        QSignalSpy finished(panel, &EvidencePanel::jobFinished);
        EvidenceDialogs::setNextFiles({source});
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("attachPushButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(panel->statusText()));
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(QFile::remove(source)); // from here on, no file may hold the marker

        // The thumbnail comes from the server's rows, decoded in memory.
        auto *table = panel->findChild<QTableView *>(QStringLiteral("evidenceTableView"));
        QVERIFY(table);
        const QModelIndex photo = table->model()->index(0, EvidenceListModel::NameColumn);
        (void)photo.data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(
            photo.data(Qt::DecorationRole).typeId() == QMetaType::QPixmap, 20000);
        const QImage thumbnail = photo.data(Qt::DecorationRole).value<QPixmap>().toImage();
        QVERIFY(thumbnail.width() <= 48 && thumbnail.height() <= 48);
        QVERIFY(redMostly(thumbnail.pixelColor(2, 2)));

        // Open: checked in the background, shown in the preview from memory.
        table->selectRow(0);
        finished.clear();
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("openPushButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(panel->statusText()));
        auto *preview = panel->findChild<QDialog *>(QStringLiteral("evidencePreviewDialog"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        auto *image = preview->findChild<QLabel *>(QStringLiteral("imageLabel"));
        QVERIFY(image);
        const QImage shown = image->pixmap().toImage();
        QVERIFY(!shown.isNull());
        QVERIFY(redMostly(shown.pixelColor(2, 2)));
        const QColor middle = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        QVERIFY(middle.blue() > 150 && middle.red() < 80);
        auto *external
            = preview->findChild<QPushButton *>(QStringLiteral("openExternallyPushButton"));
        QVERIFY(!external->isEnabled()); // a system viewer would need a decrypted file
        QVERIFY(external->toolTip().contains(QLatin1String("office server")));
        preview->close();

        // Redact…: the dialog covers the blue square; the copy is sealed into the server's rows.
        table->selectRow(0);
        finished.clear();
        whenModal<RedactDialog>([](RedactDialog *dialog) {
            dialog->canvas()->addBox(QRect(110, 70, 100, 100), false);
            dialog->accept();
        });
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("redactPushButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 20000);
        QVERIFY2(panel->statusText().contains(QLatin1String("Saved the redacted copy")),
            qPrintable(panel->statusText()));
        {
            auto db = window.session().open(Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            EvidenceStore store(**db, QStringLiteral("tester"));
            const auto items = store.items(office.reference);
            QVERIFY(items.ok());
            QCOMPARE(items->size(), 2);
            const StoredEvidence copy = items->at(1);
            QVERIFY(copy.isRedactedCopy());
            const auto opened = store.open(copy.item.id, copy.item.sizeBytes);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QVERIFY(opened->path.isEmpty());
            QImage redacted;
            QVERIFY(redacted.loadFromData(opened->content));
            const QColor covered = redacted.pixelColor(160, 120);
            QVERIFY(!(covered.blue() > 150 && covered.red() < 80)); // the square is covered
        }
        const QModelIndex copyName = table->model()->index(1, EvidenceListModel::NameColumn);
        (void)copyName.data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(
            copyName.data(Qt::DecorationRole).typeId() == QMetaType::QPixmap, 20000);

        // Verify All re-reads both items' rows with the session's office key.
        finished.clear();
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("verifyPushButton")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().contains(QLatin1String("All 2 evidence file")),
            qPrintable(panel->statusText()));

        // Nothing decrypted reached a disk file: not the home, the temporary files, the settings,
        // nor a store folder beside the "database".
        QCOMPARE(test::filesWithMarker(m_dir.path(), QString::fromLatin1(marker)), QStringList());
    }

    // Without the office key the panel shows no thumbnail or preview, and says why.
    void withoutTheOfficeKeyASentenceSaysWhy()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officeevidence_postgres)");
        Office office;
        QVERIFY(makeOffice(office));
        {
            auto db = Database::open(office.location->target());
            QVERIFY(db.ok());
            (*db)->setOfficeKey(SecureKey::fromBytes(office.key.data()));
            const QString source
                = writeSource(QStringLiteral("locked.png"), markedPng("Lockedmarker"));
            QVERIFY(EvidenceStore(**db, QStringLiteral("colleague"))
                        .attach(office.reference, source, {})
                        .ok());
            QFile::remove(source);
        }
        Settings settings(m_dir.filePath(QStringLiteral("locked-settings.ini")));
        MainWindow window(settings);
        EvidencePanel *panel = openCase(window, office, false);
        QVERIFY(panel);
        QVERIFY(!window.database()->officeKey());
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY2(panel->statusText().contains(QLatin1String("office key")),
            qPrintable(panel->statusText()));

        auto *table = panel->findChild<QTableView *>(QStringLiteral("evidenceTableView"));
        const QModelIndex photo = table->model()->index(0, EvidenceListModel::NameColumn);
        (void)photo.data(Qt::DecorationRole);
        QTest::qWait(300);
        QVERIFY(photo.data(Qt::DecorationRole).typeId() != QMetaType::QPixmap);
        QVERIFY(photo.data(Qt::ToolTipRole).toString().contains(QLatin1String("not unlocked")));

        table->selectRow(0);
        auto *details = panel->findChild<QLabel *>(QStringLiteral("evidenceDetailsLabel"));
        QVERIFY(details->text().contains(QLatin1String("not unlocked")));
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("openPushButton")), Qt::LeftButton);
        QVERIFY(!panel->isBusy());
        QVERIFY(!panel->findChild<QDialog *>(QStringLiteral("evidencePreviewDialog")));
        QVERIFY(panel->statusText().contains(QLatin1String("not unlocked")));

        // Attach Files… says so before a file is chosen.
        EvidenceDialogs::setNextFiles({m_dir.filePath(QStringLiteral("never-asked.png"))});
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("attachPushButton")), Qt::LeftButton);
        QVERIFY(!panel->isBusy());
        QVERIFY(DialogSeam::hasPending(DialogSeam::Kind::Files));
        QCOMPARE(panel->model()->rowCount(), 1);
    }

    // File › Back Up… on the server writes the sealed office backup; the CLI verifies it.
    void backUpWritesTheOfficeBackup()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officeevidence_postgres)");
        Office office;
        QVERIFY(makeOffice(office));
        const QByteArray marker = "Backupmarker-" + QByteArray::number(::getpid());
        {
            auto db = Database::open(office.location->target());
            QVERIFY(db.ok());
            (*db)->setOfficeKey(SecureKey::fromBytes(office.key.data()));
            const QString source = writeSource(QStringLiteral("kept.png"), markedPng(marker));
            QVERIFY(EvidenceStore(**db, QStringLiteral("colleague"))
                        .attach(office.reference, source, {})
                        .ok());
            QFile::remove(source);
        }
        Settings settings(m_dir.filePath(QStringLiteral("backup-settings.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openCase(window, office, true));

        // Proposed in the home folder when there is no Documents folder (never the working one).
        QCOMPARE(OfficeBackupFlow::suggestedPath(QDate(2026, 3, 4)),
            m_home + QStringLiteral("/TrustDesk office backup 2026-03-04.tdob"));
        const QString file = m_dir.filePath(QStringLiteral("office-from-the-app.tdob"));
        FileDialog::setNextFileName(file);
        bool sawProgress = false;
        BackupProgressDialog::setNextShownHandler(
            [&sawProgress](BackupProgressDialog &dialog) { sawProgress = dialog.isVisible(); });
        MessageBox::acknowledgeNextInformation();
        window.findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
        QVERIFY(sawProgress);
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("written and checked")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        const QString passphraseFile = m_dir.filePath(QStringLiteral("office.pass"));
        QVERIFY(test::writeFile(passphraseFile, kPassphrase.toUtf8()));
        const auto verified = test::runCli({QStringLiteral("verify"), QStringLiteral("--backup"),
            file, QStringLiteral("--passphrase-file"), passphraseFile});
        EXPECT_EXIT(verified, 0);
        QVERIFY2(verified.out.contains(QLatin1String("1 evidence item")), qPrintable(verified.out));
        QCOMPARE(test::filesWithMarker(m_dir.path(), QString::fromLatin1(marker)), QStringList());

        // A backup never replaces a file: the same name again is refused before anything runs.
        FileDialog::setNextFileNames({file, QString()}); // then Cancel
        MessageBox::acknowledgeNextWarning();
        window.findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
        QVERIFY(MessageBox::lastMessage().contains(QLatin1String("already exists")));
    }

    // Only an office admin backs up: a caseworker hears the server's rule, and nothing is asked.
    void aCaseworkerIsToldOnlyAdminsBackUp()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_officeevidence_postgres)");
        Office office;
        QVERIFY(makeOffice(office));
        const QString login = QStringLiteral("td_guicw_%1").arg(::getpid());
        {
            auto db = Database::open(office.location->target());
            QVERIFY(db.ok());
            QVERIFY(StaffRoles(**db).set(login, QStringLiteral("caseworker")).ok());
            QVERIFY(OfficeKeys(**db)
                        .add(office.key, login, kPassphrase, QStringLiteral("admin"),
                            KeyWrap::Cost::Fast)
                        .ok());
        }
        Settings settings(m_dir.filePath(QStringLiteral("caseworker-settings.ini")));
        MainWindow window(settings);
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        QVERIFY(window.connectToServer(test::asLogin(office.location->target(), login)));
        QVERIFY(window.database()->officeKey());

        const QString file = m_dir.filePath(QStringLiteral("caseworker.tdob"));
        FileDialog::setNextFileName(file);
        MessageBox::acknowledgeNextWarning();
        window.findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
        QVERIFY2(MessageBox::lastMessage().contains(QLatin1String("only an office admin")),
            qPrintable(MessageBox::lastMessage()));
        QVERIFY(DialogSeam::hasPending(DialogSeam::Kind::FileName)); // no file was asked for
        QVERIFY(!QFileInfo::exists(file));
    }
};

QTEST_MAIN(TestOfficeEvidence)
#include "tst_officeevidence.moc"
