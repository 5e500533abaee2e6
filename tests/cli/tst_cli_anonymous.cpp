// Anonymous means anonymous, end to end through trustdesk-cli: an imported anonymous client that
// came with a name is stored without it (with a warning), and show, export and search never give
// the name back.
#include "clirun.h"
#include "testdatabase.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace td::test;

class TestCliAnonymous : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_location;
    QString m_db; ///< the file, or the URI of a database on the test cluster
    QString m_reference;
    QString m_fullName;
    QString m_preferredName;

private slots:
    void initTestCase()
    {
        TestDatabase::requireClusterIfOnPostgres();
        QVERIFY(m_dir.isValid());
        QFile fixture(QStringLiteral("%1/tests/cli/fixtures/cases.json")
                          .arg(qEnvironmentVariable("TRUSTDESK_SOURCE_DIR")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QJsonObject file = QJsonDocument::fromJson(fixture.readAll()).object();
        QJsonArray cases = file.value(QLatin1String("cases")).toArray();
        QJsonObject first = cases.at(0).toObject();
        QJsonObject client = first.value(QLatin1String("client")).toObject();
        m_reference = first.value(QLatin1String("reference")).toString();
        m_fullName = client.value(QLatin1String("full_name")).toString();
        m_preferredName = client.value(QLatin1String("preferred_name")).toString();
        QVERIFY(!m_fullName.isEmpty() && !m_preferredName.isEmpty());
        client.insert(QStringLiteral("anonymous"), true);
        first.insert(QStringLiteral("client"), client);
        cases.replace(0, first);
        file.insert(QStringLiteral("cases"), cases);
        const QString json = m_dir.filePath(QStringLiteral("anonymous.json"));
        QFile out(json);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(QJsonDocument(file).toJson()) > 0);
        out.close();

        m_location = std::make_unique<TestDatabase>(m_dir);
        QVERIFY2(m_location->error().isEmpty(), qPrintable(m_location->error()));
        m_db = m_location->target();
        EXPECT_EXIT(runCliOn(m_db, {QStringLiteral("init"), QStringLiteral("--unencrypted")}), 0);
        const CliRun imported = runCliOn(m_db, {QStringLiteral("import"), json});
        EXPECT_EXIT(imported, 0);
        // The name was dropped, and the warning says where without repeating it.
        QVERIFY2(imported.err.contains(m_reference), qPrintable(describe(imported)));
        QVERIFY(!imported.err.contains(m_fullName) && !imported.err.contains(m_preferredName));
    }

    void showPrintsNoName()
    {
        const CliRun shown = runCliOn(m_db, {QStringLiteral("show"), m_reference});
        EXPECT_EXIT(shown, 0);
        QVERIFY2(!shown.out.contains(m_fullName), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(m_preferredName), qPrintable(shown.out));
        const CliRun json
            = runCliOn(m_db, {QStringLiteral("show"), m_reference, QStringLiteral("--json")});
        EXPECT_EXIT(json, 0);
        QVERIFY(!json.out.contains(m_fullName) && !json.out.contains(m_preferredName));
    }

    void exportWritesNoName()
    {
        const CliRun exported = runCliOn(m_db, {QStringLiteral("export")});
        EXPECT_EXIT(exported, 0);
        QVERIFY(exported.out.contains(m_reference));
        QVERIFY(!exported.out.contains(m_fullName));
        QVERIFY(!exported.out.contains(m_preferredName));
    }

    void searchFindsNoOneByTheName()
    {
        for (const QString &name : {m_fullName, m_preferredName}) {
            const CliRun found = runCliOn(m_db, {QStringLiteral("search"), name});
            QVERIFY2(!found.out.contains(m_reference), qPrintable(describe(found)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAnonymous)
#include "tst_cli_anonymous.moc"
