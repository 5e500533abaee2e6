// Anonymous means anonymous: an anonymous client's name is never stored or indexed, whichever
// path the case takes (save, import), and schema 9 clears the names older files still hold.
#include "interchange/caseexporter.h"
#include "interchange/caseimporter.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/searchindex.h"
#include "testcases.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace td;

namespace {

const QString kName = QStringLiteral("Marisol Quintero-Vance");
const QString kPreferred = QStringLiteral("Mari");

// The names stored for every client, straight from SQL.
QStringList storedNames(Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT full_name, preferred_name FROM clients ORDER BY id")))
        return {QStringLiteral("<query failed>")};
    while (q.next())
        names << q.value(0).toString() << q.value(1).toString();
    names.removeAll(QString());
    return names;
}

// Cases whose search entry holds the word, straight from the index.
qint64 indexed(Database &db, const QString &word)
{
    auto n = SearchIndex(db).count(word);
    return n ? n.value() : -1;
}

CaseFile anonymousWithName()
{
    CaseFile c = test::minimalCase(kName);
    c.client.preferredName = kPreferred;
    c.client.anonymous = true;
    return c;
}

} // namespace

class TestAnonymousClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // One database per test function, a file or (the `_postgres` run) a server database.
    std::vector<std::unique_ptr<test::TestDatabase>> m_databases;

    QString freshPath()
    {
        m_databases.push_back(std::make_unique<test::TestDatabase>(m_dir));
        if (!m_databases.back()->error().isEmpty())
            qWarning("%s", qPrintable(m_databases.back()->error()));
        return m_databases.back()->target();
    }

private slots:
    void initTestCase() { test::TestDatabase::requireClusterIfOnPostgres(); }
    void cleanup() { m_databases.clear(); }

    void saveStoresNoName()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(anonymousWithName());
        QVERIFY(saved.ok());
        QVERIFY(saved->client.fullName.isEmpty());
        QVERIFY(saved->client.preferredName.isEmpty());
        QCOMPARE(storedNames(**db), QStringList());
        QCOMPARE(indexed(**db, QStringLiteral("Quintero")), 0);
        QCOMPARE(indexed(**db, kPreferred), 0);
        QVERIFY(repo.search(kName, 10)->isEmpty());
        QVERIFY(repo.load(saved->id)->client.fullName.isEmpty());
    }

    void tickingAnonymousLaterForgetsTheName()
    {
        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto saved = repo.save(test::minimalCase(kName));
        QVERIFY(saved.ok());
        QCOMPARE(indexed(**db, QStringLiteral("Quintero")), 1);
        CaseFile c = saved.value();
        c.client.anonymous = true;
        QVERIFY(repo.save(c).ok());
        QCOMPARE(storedNames(**db), QStringList());
        QCOMPARE(indexed(**db, QStringLiteral("Quintero")), 0);
    }

    // Dropped with a warning, not refused: files exported before schema 9 carry such names.
    void importDropsTheNameAndSaysSo()
    {
        QByteArray bytes;
        {
            auto source = Database::open(freshPath());
            QVERIFY(source.ok());
            CaseRepository repo(**source, QStringLiteral("tester"));
            QVERIFY(repo.save(test::minimalCase(kName)).ok());
            CaseExporter exporter(repo);
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(exporter.write(buffer, exporter.allIds().value(), RedactionPolicy()).ok());
        }
        QJsonObject file = QJsonDocument::fromJson(bytes).object();
        QJsonArray cases = file.value(QLatin1String("cases")).toArray();
        QJsonObject first = cases.at(0).toObject();
        QJsonObject client = first.value(QLatin1String("client")).toObject();
        QCOMPARE(client.value(QLatin1String("full_name")).toString(), kName);
        client.insert(QStringLiteral("anonymous"), true);
        first.insert(QStringLiteral("client"), client);
        cases.replace(0, first);
        file.insert(QStringLiteral("cases"), cases);

        auto db = Database::open(freshPath());
        QVERIFY(db.ok());
        CaseRepository repo(**db, QStringLiteral("tester"));
        auto summary = CaseImporter(repo).importBytes(QJsonDocument(file).toJson());
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->references.size(), 1);
        QCOMPARE(summary->droppedAnonymousNames.size(), 1);
        QVERIFY(!summary->droppedAnonymousNames.constFirst().contains(QLatin1String("Quintero")));
        QCOMPARE(storedNames(**db), QStringList());
        QCOMPARE(indexed(**db, QStringLiteral("Quintero")), 0);
    }

    // A file from before schema 9: an anonymous client with a name, in the table and the index.
    void migrationClearsNamesAndTheirIndexEntries()
    {
        if (test::TestDatabase::onPostgres())
            QSKIP("An office database starts at the current version: no file from before 9.");
        const QString path = freshPath();
        qint64 otherId = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            CaseRepository repo(**db, QStringLiteral("tester"));
            QVERIFY(repo.save(test::minimalCase(kName)).ok());
            otherId = repo.save(test::minimalCase(QStringLiteral("Tomasz Example")))->id;
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE clients SET anonymous = 1, preferred_name = 'Mari' WHERE full_name = '%1'")
                               .arg(kName)));
            QVERIFY(q.exec(
                // 8: the version before clearAnonymousNames (schema 9), whatever came after it.
                QStringLiteral("PRAGMA user_version = %1").arg(8)));
            QCOMPARE(indexed(**db, QStringLiteral("Quintero")), 1);
        }
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(storedNames(**db), QStringList {QStringLiteral("Tomasz Example")});
        QCOMPARE(indexed(**db, QStringLiteral("Quintero")), 0);
        QCOMPARE(indexed(**db, QStringLiteral("Marisol")), 0);
        // Other clients keep their names and their place in the index.
        QCOMPARE(SearchIndex(**db).search(QStringLiteral("Tomasz"), 5).value(), QList {otherId});
    }
};

QTEST_GUILESS_MAIN(TestAnonymousClient)
#include "tst_anonymousclient.moc"
