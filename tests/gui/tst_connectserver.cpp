// File › Connect to Office Server… (issue 16): the dialog's fields make the URI, bad input is a
// sentence that keeps what was typed; and, as tst_connectserver_postgres on the throwaway
// cluster, the window on a server: its cases listed, the password never in the settings file,
// drafts sealed with the office key (or kept in memory without it), backups explained.
#include "cases/caselistpage.h"
#include "cases/caseworkspace.h"
#include "common/passphrase.h"
#include "common/settings.h"
#include "dialogs/dialogseam.h"
#include "dialogs/messagebox.h"
#include "intake/caseeditor.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "office/connectserverdialog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/databasesession.h"
#include "storage/draftstore.h"
#include "storage/officekeys.h"
#include "storage/pgconnection.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

namespace {

const QString kPassphrase = QStringLiteral("correct horse office staple");

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
}

QString messageOf(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("connectServerMessageLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

// Every file under `folder` whose bytes contain `marker`.
QStringList filesHolding(const QString &folder, const QByteArray &marker)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker))
            found << file.fileName();
    }
    return found;
}

// `uri` with a password parameter added (the cluster trusts local logins and ignores it).
QString withPassword(const QString &uri, const QString &password)
{
    return uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("password=") + password;
}

} // namespace

class TestConnectServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir::setCurrent(m_dir.path()); // a folder named after a URI would show up here
    }

    void cleanup() { DialogSeam::reset(); }

    void theFieldsMakeAVerifiedTlsUri()
    {
        const QString ca = m_dir.filePath(QStringLiteral("office-ca.pem"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
        file.close();
        ConnectServerDialog dialog;
        field(&dialog, "serverHostLineEdit")->setText(QStringLiteral("db.example.org"));
        field(&dialog, "serverPortLineEdit")->setText(QStringLiteral("5433"));
        field(&dialog, "serverDatabaseLineEdit")->setText(QStringLiteral("office"));
        field(&dialog, "serverLoginLineEdit")->setText(QStringLiteral("ana"));
        field(&dialog, "serverCaFileLineEdit")->setText(ca);
        const auto uri = dialog.connectionUri();
        QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
        QVERIFY(
            uri.value().startsWith(QStringLiteral("postgresql://ana@db.example.org:5433/office?")));
        const auto parsed = PgConnection::parse(uri.value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->host, QStringLiteral("db.example.org"));
        QCOMPARE(parsed->port, 5433);
        QCOMPARE(parsed->user, QStringLiteral("ana"));
        QCOMPARE(parsed->database, QStringLiteral("office"));
        QVERIFY(parsed->password.isEmpty());
        const QString options = parsed->connectOptions();
        QVERIFY2(options.contains(QStringLiteral("sslmode='verify-full'")), qPrintable(options));
        QVERIFY2(options.contains(QStringLiteral("sslrootcert=")), qPrintable(options));
        QVERIFY2(options.contains(QStringLiteral("connect_timeout='10'")), qPrintable(options));

        // A typed password reaches the connection, never the URI that is shown or remembered.
        field(&dialog, "serverPasswordLineEdit")->setText(QStringLiteral("s3cret pass"));
        const auto withSecret = PgConnection::parse(dialog.connectionUri().value());
        QVERIFY(withSecret.ok());
        QCOMPARE(withSecret->password, QStringLiteral("s3cret pass"));
        QVERIFY(!withSecret->displayUri.contains(QStringLiteral("s3cret")));

        // The remembered URI fills the fields again.
        ConnectServerDialog again;
        again.setUri(parsed->displayUri);
        QCOMPARE(field(&again, "serverHostLineEdit")->text(), QStringLiteral("db.example.org"));
        QCOMPARE(field(&again, "serverPortLineEdit")->text(), QStringLiteral("5433"));
        QCOMPARE(field(&again, "serverDatabaseLineEdit")->text(), QStringLiteral("office"));
        QCOMPARE(field(&again, "serverLoginLineEdit")->text(), QStringLiteral("ana"));
        QCOMPARE(field(&again, "serverCaFileLineEdit")->text(), ca);
    }

    // Every field is reached from the keyboard: a label with a buddy and a mnemonic of its own.
    void everyFieldHasItsOwnMnemonic()
    {
        ConnectServerDialog dialog;
        QStringList texts;
        for (auto *label : dialog.findChildren<QLabel *>())
            if (label->buddy())
                texts << label->text();
        for (auto *button : dialog.findChildren<QAbstractButton *>())
            texts << button->text();
        QSet<QChar> seen;
        int fields = 0;
        for (const QString &text : texts) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(text));
            seen.insert(key);
            ++fields;
        }
        QVERIFY(fields >= 10); // seven labels, Browse, the URI box and Connect
    }

    void aSocketFolderIsAQueryParameter()
    {
        ConnectServerDialog dialog;
        field(&dialog, "serverHostLineEdit")->setText(m_dir.path());
        field(&dialog, "serverDatabaseLineEdit")->setText(QStringLiteral("office"));
        field(&dialog, "serverLoginLineEdit")->setText(QStringLiteral("ana"));
        const auto uri = dialog.connectionUri();
        QVERIFY(uri.ok());
        const auto parsed = PgConnection::parse(uri.value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->host, m_dir.path());
        QCOMPARE(parsed->user, QStringLiteral("ana"));
        QVERIFY(!parsed->connectOptions().contains(QStringLiteral("verify-full")));
    }

    void badInputIsASentenceAndKeepsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no database") << "db.example.org"
                                     << ""
                                     << ""
                                     << "name of the office's database";
        QTest::newRow("bad host") << "db example"
                                  << "office"
                                  << ""
                                  << "is not a server name";
        QTest::newRow("no socket") << "/nowhere/at/all"
                                   << "office"
                                   << ""
                                   << "does not exist";
        QTest::newRow("no ca") << "db.example.org"
                               << "office"
                               << "/nowhere/ca.pem"
                               << "cannot be read";
    }

    void badInputIsASentenceAndKeepsWhatWasTyped()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, ca);
        QFETCH(QString, expected);
        ConnectServerDialog dialog;
        field(&dialog, "serverHostLineEdit")->setText(host);
        field(&dialog, "serverDatabaseLineEdit")->setText(database);
        field(&dialog, "serverCaFileLineEdit")->setText(ca);
        field(&dialog, "serverPasswordLineEdit")->setText(QStringLiteral("typed"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(messageOf(&dialog).contains(expected), qPrintable(messageOf(&dialog)));
        QCOMPARE(field(&dialog, "serverHostLineEdit")->text(), host);
        QCOMPARE(field(&dialog, "serverPasswordLineEdit")->text(), QStringLiteral("typed"));
    }

    void aPastedUriIsChecked()
    {
        ConnectServerDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("serverUseUriCheckBox"))->setChecked(true);
        field(&dialog, "serverUriLineEdit")->setText(QStringLiteral("mysql://db/office"));
        dialog.accept();
        QVERIFY2(messageOf(&dialog).contains(QStringLiteral("postgresql://")),
            qPrintable(messageOf(&dialog)));
        field(&dialog, "serverUriLineEdit")
            ->setText(QStringLiteral("postgresql://ana@db.example.org/office?service=x"));
        dialog.accept();
        QVERIFY(!messageOf(&dialog).isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void anUnreachableServerIsASentence()
    {
        ConnectServerDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("serverUseUriCheckBox"))->setChecked(true);
        // A socket folder with no server in it: refused at once, whatever the machine.
        field(&dialog, "serverUriLineEdit")
            ->setText(QStringLiteral("postgresql:///office?host=") + m_dir.path());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString message = messageOf(&dialog);
        QVERIFY2(message.startsWith(
                     QStringLiteral("Cannot reach the office server at %1.").arg(m_dir.path())),
            qPrintable(message));
        QVERIFY2(
            !message.contains(QStringLiteral("FATAL")) && !message.contains(QStringLiteral("psql")),
            qPrintable(message));
        QVERIFY(takeDatabaseIsEmpty(dialog));
    }

    // On the cluster: the window connected through the dialog lists the server's cases; the
    // settings file remembers the server without its password.
    void theWindowListsTheServersCasesAndForgetsThePassword()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_connectserver_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        {
            auto db = Database::open(location.target());
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("colleague"));
            for (const char *name : {"Amina Example", "Berto Sample", "Chen Placeholder"})
                QVERIFY(repo.save(test::minimalCase(QString::fromUtf8(name))).ok());
        }
        const QString settingsFile = m_dir.filePath(QStringLiteral("server-settings.ini"));
        Settings settings(settingsFile);
        MainWindow window(settings);
        const QString secret = QStringLiteral("Marker-Password-7f3a");
        // No office key on this server: the window says what that means, in the status bar.
        QVERIFY(window.connectToServer(withPassword(location.target(), secret)));
        QVERIFY(window.isOnServer());
        QCOMPARE(window.caseListPage()->model()->rowCount(), 3);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("memory only")));
        QVERIFY(window.windowTitle().contains(PgConnection::parse(location.target())->database));
        settings.sync();
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY2(!stored.contains(secret.toUtf8()), stored.constData());
        QVERIFY(!stored.contains("password"));
        QCOMPARE(settings.lastServerUri(), PgConnection::parse(location.target())->displayUri);
        QCOMPARE(settings.lastDatabasePath(), settings.lastServerUri());

        // Every further connection (the editor's evidence panel, statistics, officers) comes
        // from the session, with the password the window connected with, in memory.
        {
            auto other
                = DatabaseSession::of(*window.database()).open(Database::OpenMode::ExistingOnly);
            QVERIFY(other.ok());
            QCOMPARE(other.value()->connection().password(), secret);
            QVERIFY(!other.value()->path().contains(secret));
        }
        window.findChild<QAction *>(QStringLiteral("statisticsAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("officersAction"))->trigger();
        QTest::qWait(300);

        // Without an office key nothing could seal a backup: said, not attempted (the backup
        // itself: tst_officeevidence).
        MessageBox::acknowledgeNextWarning();
        window.findChild<QAction *>(QStringLiteral("backUpAction"))->trigger();
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("no office key yet")));

        // Without the office key a draft is kept in memory: nothing on disk holds what was typed.
        window.workspace()->newCase();
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(editor);
        const QString marker = QStringLiteral("Zorblax-Draftmarker");
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, marker);
        editor->saveDraftNow();
        QVERIFY(DraftStore(*window.database()).isInMemory());
        QCOMPARE(DraftStore(*window.database()).list(DraftStore::Live::Include).size(), 1);
        QCOMPARE(filesHolding(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                     marker.toUtf8()),
            QStringList());
        QCOMPARE(filesHolding(m_dir.path(), marker.toUtf8()), QStringList());
    }

    // With the office key unlocked, drafts are sealed with its drafts subkey in a per-user folder.
    void draftsOnAServerAreSealedWithTheOfficeKey()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("needs the office server (tst_connectserver_postgres)");
        test::TestDatabase location(m_dir);
        QVERIFY2(location.error().isEmpty(), qPrintable(location.error()));
        {
            auto db = Database::open(location.target());
            QVERIFY(db.ok());
            QVERIFY(OfficeKeys(**db)
                        .create(kPassphrase, QStringLiteral("admin"), KeyWrap::Cost::Fast)
                        .ok());
        }
        Settings settings(m_dir.filePath(QStringLiteral("sealed-settings.ini")));
        MainWindow window(settings);
        DialogSeam::answerNext(DialogSeam::Kind::Text, QStringLiteral("not the passphrase"));
        DialogSeam::answerNext(DialogSeam::Kind::Text, kPassphrase);
        QVERIFY(window.connectToServer(location.target()));
        QVERIFY(window.database()->officeKey());
        {
            auto other
                = DatabaseSession::of(*window.database()).open(Database::OpenMode::ExistingOnly);
            QVERIFY(other.ok());
            QVERIFY(other.value()->officeKey()); // the evidence panel's connection opens evidence
        }
        const DraftStore drafts(*window.database());
        QVERIFY(drafts.isEncrypted());
        QVERIFY(!drafts.isInMemory());
        QVERIFY(drafts.folder().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

        window.workspace()->newCase();
        CaseEditor *editor = window.workspace()->editor();
        QVERIFY(editor);
        const QString marker = QStringLiteral("Quuxley-Sealedmarker");
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, marker);
        editor->saveDraftNow();
        const QStringList sealed = QDir(drafts.folder()).entryList({QStringLiteral("*.tddraft")});
        QCOMPARE(sealed.size(), 1);
        QCOMPARE(QFile::permissions(drafts.folder())
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
            QFileDevice::Permissions());
        QCOMPARE(filesHolding(drafts.folder(), marker.toUtf8()), QStringList());
        QCOMPARE(filesHolding(m_dir.path(), marker.toUtf8()), QStringList());
        const QList<Draft> read = drafts.list(DraftStore::Live::Include);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().caseFile.client.fullName, marker);

        // The lock closes the connection and wipes the office key; the unlock asks for its
        // passphrase (not the app passphrase), and the editor comes back with what was typed.
        settings.setPassphrase(
            Passphrase::hash(QStringLiteral("app pass 42")), Passphrase::newKeySalt());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lock();
        QTRY_VERIFY(!window.database());
        auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(passphrase);
        QTest::keyClicks(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.database());
        QVERIFY(window.isOnServer());
        QVERIFY(window.database()->officeKey());
        QVERIFY(window.workspace()->editor());
        QCOMPARE(window.workspace()
                     ->editor()
                     ->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"))
                     ->text(),
            marker);
    }

private:
    static bool takeDatabaseIsEmpty(ConnectServerDialog &dialog)
    {
        return dialog.takeDatabase() == nullptr;
    }
};

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
