#include "storage/database.h"
#include "storage/databasefile.h"
#include "testcases.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace td;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

mode_t mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 0777;
}

// A plain SQLite database written by "another application" through its own connection.
void makeForeignSqlite(const QString &path, int userVersion, quint32 appId)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(appId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsOwnerOnlyFileInOwnerOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/cases.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(mode(path), mode_t(0600));
        QCOMPARE(mode(dir.filePath(QStringLiteral("new/folder"))), mode_t(0700));
        for (const auto &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(path + suffix))
                QCOMPARE(mode(path + suffix), mode_t(0600));
        }
    }

    void appliesPragmasAndSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(test::databasePath(dir));
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toUInt(), DatabaseFile::kApplicationId);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM violation_categories")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        {
            QVERIFY(Database::open(path).ok());
        }
        auto again = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    }

    void headerIsOursBeforeWal()
    {
        // The application id must be in the main file's header even while the WAL is open.
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto header = DatabaseFile::inspect(path, Database::latestSchemaVersion());
        QVERIFY2(header.ok(), qPrintable(header.ok() ? QString() : header.error().message));
        QCOMPARE(header->applicationId, DatabaseFile::kApplicationId);
    }

    void missingFileWithExistingOnly()
    {
        QTemporaryDir dir;
        auto db = Database::open(test::databasePath(dir), Database::OpenMode::ExistingOnly);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::NotFound);
        QVERIFY(!QFile::exists(test::databasePath(dir)));
    }

    void refusesBadFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("empty") << "empty"
                               << "empty";
        QTest::newRow("text") << "text"
                              << "not an SQLite";
        QTest::newRow("random") << "random"
                                << "not an SQLite";
        QTest::newRow("foreign") << "foreign"
                                 << "another application";
        QTest::newRow("foreign-with-version") << "foreign-version"
                                              << "another application";
        QTest::newRow("newer") << "newer"
                               << "newer version";
        QTest::newRow("truncated") << "truncated"
                                   << "shorter than";
        QTest::newRow("corrupt-header") << "corrupt-header"
                                        << "damaged";
    }

    void refusesBadFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        QTemporaryDir dir;
        const QString path = test::databasePath(dir, QStringLiteral("bad.sqlite"));
        if (kind == QLatin1String("empty")) {
            QVERIFY(test::writeFile(path, {}));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(test::writeFile(path, "Dear caseworker,\nthis is a letter, not a database.\n"));
        } else if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, '\0');
            QRandomGenerator rng(42);
            for (auto &b : bytes)
                b = static_cast<char>(rng.bounded(256));
            QVERIFY(test::writeFile(path, bytes));
        } else if (kind == QLatin1String("foreign")) {
            makeForeignSqlite(path, 0, 0);
        } else if (kind == QLatin1String("foreign-version")) {
            makeForeignSqlite(path, 1, 0x12345678);
        } else if (kind == QLatin1String("newer")) {
            makeForeignSqlite(
                path, Database::latestSchemaVersion() + 1, DatabaseFile::kApplicationId);
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("corrupt-header")) {
            const QString good = test::databasePath(dir, QStringLiteral("good.sqlite"));
            {
                auto db = Database::open(good);
                QVERIFY(db.ok());
            }
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            if (kind == QLatin1String("truncated")) {
                bytes.truncate(bytes.size() / 2 - 100);
            } else {
                bytes[16] = 0x03; // page size 0x03xx: not a power of two
            }
            QVERIFY(test::writeFile(path, bytes));
        }
        const QByteArray before = digest(path);
        const auto sizeBefore = QFileInfo(path).size();

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(expectedWords, Qt::CaseInsensitive),
            qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1String("SQL"), Qt::CaseSensitive)
            || db.error().message.contains(QLatin1String("SQLite")));
        QCOMPARE(digest(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesReadOnlyFileUntouched()
    {
        // Mode bits, not access(2): CI runs as root, for whom access() says every file is writable.
        QTemporaryDir dir;
        const QString path = test::databasePath(dir);
        {
            QVERIFY(Database::open(path).ok());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("read-only")),
            qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
        QCOMPARE(mode(path), mode_t(0400));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
