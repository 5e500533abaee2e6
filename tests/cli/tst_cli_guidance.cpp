// trustdesk-cli guidance version, show and install, run as the real executable: which pack is in
// use, an article's sources and per-language review, and an update that replaces the pack only
// when it is newer and passes every check.
#include "clirun.h"
#include "guidance/guidancepackloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

using Run = CliRun;

namespace {

/// The built-in pack on disk with another pack_version.
bool copyPack(const QString &to, const QString &packVersion)
{
    const QString from = GuidancePackLoader::builtInLocation();
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile manifest(to + QStringLiteral("/manifest.json"));
    if (!manifest.open(QIODevice::ReadWrite))
        return false;
    QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    m[QStringLiteral("pack_version")] = packVersion;
    manifest.resize(0);
    manifest.write(QJsonDocument(m).toJson());
    return true;
}

} // namespace

class TestCliGuidance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("TRUSTDESK_CLI").isEmpty())
            QSKIP("TRUSTDESK_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // Each test installs into its own data folder, never the user's.
        m_data = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", m_data->path().toLocal8Bit());
    }

    void versionNamesThePackInUse()
    {
        const Run r = runCli({QStringLiteral("guidance"), QStringLiteral("version")});
        EXPECT_EXIT(r, 0);
        const QString builtIn = GuidancePackLoader::loadBuiltIn()->packVersion;
        QVERIFY2(r.out.contains(QStringLiteral("version\t%1\n").arg(builtIn)), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("id\tboston\n")));
        QVERIFY(r.out.contains(QLatin1String("format\t2\n")));
        QVERIFY(r.out.contains(QLatin1String("location\tbuilt-in\n")));
        EXPECT_EXIT(runCli({QStringLiteral("guidance"), QStringLiteral("version"),
                        QStringLiteral("extra")}),
            1);
    }

    void showGivesSourcesAndTheArticlesReview()
    {
        const Run es = runCli({QStringLiteral("guidance"), QStringLiteral("show"),
            QStringLiteral("trust-act"), QStringLiteral("--lang"), QStringLiteral("es")});
        EXPECT_EXIT(es, 0);
        QVERIFY2(es.out.contains(QLatin1String("machine-assisted 2026-12-03")), qPrintable(es.out));
        QVERIFY(es.out.contains(QStringLiteral("El texto en inglés es el que hace fe.")));
        QVERIFY(es.out.contains(QStringLiteral(
            "Source: [4] City of Boston Code, Ordinances, Boston Trust Act (American Legal "
            "Publishing code library), §11-1.9, 2019-12")));
        QVERIFY(es.out.contains(QLatin1String("Last checked: 2026-12-03")));
        const Run en
            = runCli({QStringLiteral("guidance"), QStringLiteral("show"), QStringLiteral("lunn")});
        EXPECT_EXIT(en, 0);
        QVERIFY2(en.out.contains(QStringLiteral("· source 2026-12-03")), qPrintable(en.out));
        QVERIFY(
            en.out.contains(QLatin1String("http://masscases.com/cases/sjc/477/477mass517.html")));
    }

    void installReplacesOnlyWithANewerCheckedPack()
    {
        const QString builtIn = GuidancePackLoader::loadBuiltIn()->packVersion;
        const QString same = m_dir.filePath(QStringLiteral("same"));
        QVERIFY(copyPack(same, builtIn));
        const Run refused = runCli({QStringLiteral("guidance"), QStringLiteral("install"), same});
        EXPECT_EXIT(refused, 2);
        QVERIFY2(
            refused.err.contains(QLatin1String("Only a newer version")), qPrintable(refused.err));

        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(copyPack(broken, QStringLiteral("7.0")));
        QVERIFY(QFile::remove(broken + QStringLiteral("/so/where-to-file.md")));
        const Run bad = runCli({QStringLiteral("guidance"), QStringLiteral("install"), broken});
        EXPECT_EXIT(bad, 2);
        QVERIFY2(bad.err.contains(QLatin1String("so/where-to-file.md")), qPrintable(bad.err));

        const QString newer = m_dir.filePath(QStringLiteral("newer"));
        QVERIFY(copyPack(newer, QStringLiteral("7.1")));
        const Run ok = runCli({QStringLiteral("guidance"), QStringLiteral("install"),
            newer + QStringLiteral("/manifest.json")});
        EXPECT_EXIT(ok, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("version 7.1 (was version %1)").arg(builtIn)),
            qPrintable(ok.out));
        const Run version = runCli({QStringLiteral("guidance"), QStringLiteral("version")});
        EXPECT_EXIT(version, 0);
        QVERIFY(version.out.contains(QLatin1String("version\t7.1\n")));
        QVERIFY2(version.out.contains(
                     QStringLiteral("location\t%1/TrustDesk/guidance/boston").arg(m_data->path())),
            qPrintable(version.out));
        EXPECT_EXIT(runCli({QStringLiteral("guidance"), QStringLiteral("install")}), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_data;
};

QTEST_GUILESS_MAIN(TestCliGuidance)
#include "tst_cli_guidance.moc"
