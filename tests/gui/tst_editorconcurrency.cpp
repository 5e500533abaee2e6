// The case editor with a colleague on the same database (issue 16), on SQLite and, as
// tst_editorconcurrency_postgres, on the office server: the conflict question and a save after
// the server dropped the session.
#include "dialogs/dialogseam.h"
#include "dialogs/questions.h"
#include "intake/caseeditor.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::ui;

class TestEditorConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    qint64 m_id = 0;

    QString storedCaseworker()
    {
        auto db = Database::open(m_location->target(), Database::OpenMode::ExistingOnly);
        if (!db)
            return QStringLiteral("<unreadable>");
        return CaseRepository(**db, QStringLiteral("reader")).load(m_id)->assignedCaseworker;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase::requireClusterIfOnPostgres();
        QVERIFY(m_dir.isValid());
        // Drafts of a file are kept beside it (here); a server's go to a per-user folder or memory.
        QDir::setCurrent(m_dir.path());
    }

    void init()
    {
        m_location = std::make_unique<test::TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        auto db = Database::open(m_location->target());
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_repo = std::make_unique<CaseRepository>(*m_db, QStringLiteral("ana"));
        auto saved = m_repo->save(test::minimalCase(QStringLiteral("Amina Example")));
        QVERIFY(saved.ok());
        m_id = saved->id;
    }

    void cleanup()
    {
        DialogSeam::reset();
        m_repo.reset();
        m_db.reset();
        m_location.reset();
    }

    void theQuestionNamesTheColleagueAndWhatTheyChanged()
    {
        CaseEditor editor(*m_db, *m_repo);
        editor.setDraftInterval(60000);
        QVERIFY(editor.editCase(m_id));
        auto *caseworker
            = editor.findChild<QLineEdit *>(QStringLiteral("assignedCaseworkerLineEdit"));
        QVERIFY(caseworker);
        type(caseworker, QStringLiteral("Ana Typed"));

        {
            auto other = Database::open(m_location->target(), Database::OpenMode::ExistingOnly);
            QVERIFY(other.ok());
            CaseRepository ben(**other, QStringLiteral("ben"));
            auto c = ben.load(m_id);
            QVERIFY(c.ok());
            c->client.phone = QStringLiteral("+1 617 555 0123");
            QVERIFY(ben.save(c.value()).ok());
        }

        Questions::setNextAnswer(0); // keep editing
        QVERIFY(!editor.save());
        const QString asked = Questions::lastQuestion();
        QVERIFY2(asked.contains(QLatin1String("ben changed case ")), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("Changed since you opened it: Client.")),
            qPrintable(asked));
        QCOMPARE(caseworker->text(), QStringLiteral("Ana Typed"));

        Questions::setNextAnswer(1); // keep mine
        QVERIFY(editor.save());
        QCOMPARE(storedCaseworker(), QStringLiteral("Ana Typed"));
    }

    void aSaveAfterTheServerDroppedTheSessionReconnectsOnRetry()
    {
        if (!test::TestDatabase::onPostgres())
            QSKIP("an SQLite file has no server to lose");
        CaseEditor editor(*m_db, *m_repo);
        editor.setDraftInterval(60000);
        QVERIFY(editor.editCase(m_id));
        auto *caseworker
            = editor.findChild<QLineEdit *>(QStringLiteral("assignedCaseworkerLineEdit"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("editorMessageLabel"));
        QVERIFY(caseworker && message);
        type(caseworker, QStringLiteral("Typed Before The Drop"));

        const auto dropSessions = [this] {
            return m_location->execOnServer(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                               " WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        };
        QCOMPARE(dropSessions(), QString());

        // Keep editing: nothing saved, nothing lost, a sentence for people (no SQL).
        Questions::setNextAnswer(1);
        QVERIFY(!editor.save());
        QVERIFY2(Questions::lastQuestion().contains(QLatin1String("cannot be reached")),
            qPrintable(Questions::lastQuestion()));
        QVERIFY2(message->text().contains(QLatin1String("cannot be reached")),
            qPrintable(message->text()));
        QVERIFY(!message->text().contains(QLatin1String("ERROR")));
        QCOMPARE(caseworker->text(), QStringLiteral("Typed Before The Drop"));
        QVERIFY(editor.hasUnsavedChanges());

        // Retry: reconnected and saved.
        Questions::setNextAnswer(0);
        QVERIFY2(editor.save(), qPrintable(message->text()));
        QCOMPARE(storedCaseworker(), QStringLiteral("Typed Before The Drop"));
        QVERIFY(!editor.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestEditorConcurrency)
#include "tst_editorconcurrency.moc"
