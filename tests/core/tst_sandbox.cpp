// The sandbox that untrusted files are parsed in (PDF previews, metadata removal): it must not
// see the database, the user's files, the network or our environment.
#include "common/sandbox.h"

#include "testfiles.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace td;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runIsolated(const QString &program, const QStringList &arguments, const Sandbox::Access &access)
{
    const auto command = Sandbox::isolated(program, arguments, access);
    if (!command)
        return {};
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(command->program, command->arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // bubblewrap is a dependency (scripts/deps.sh, the package's Depends): no skipping.
        QVERIFY2(Sandbox::available(),
            "bubblewrap cannot isolate a program here: is the bubblewrap package installed?");
    }

    void theChildCannotReadTheDatabase()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("cases.db"));
        const QByteArray marker
            = "marker-" + QByteArray::number(QRandomGenerator::global()->generate());
        QVERIFY(test::writeFile(database, marker));
        const QString pdf = dir.filePath(QStringLiteral("upload.pdf"));
        QVERIFY(test::writeFile(pdf, "not really a pdf"));

        // Given only the untrusted input, the database beside it is not there.
        const Run blocked = runIsolated(
            QStringLiteral("/usr/bin/cat"), {database}, {.readOnly = {pdf}, .writable = {}});
        QVERIFY(blocked.exitCode != 0);
        QVERIFY(!blocked.out.contains(marker));
        const Run listing = runIsolated(QStringLiteral("/usr/bin/ls"),
            {QStringLiteral("-a"), dir.path()}, {.readOnly = {pdf}, .writable = {}});
        QVERIFY2(!listing.out.contains("cases.db"), listing.out.constData());

        // The same command with the file bound does read it: the check above can fail.
        const Run allowed = runIsolated(
            QStringLiteral("/usr/bin/cat"), {database}, {.readOnly = {database}, .writable = {}});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(allowed.out.contains(marker));
    }

    void theChildSeesNoHomeNoEnvironmentAndNoNetwork()
    {
        qputenv("TRUSTDESK_SANDBOX_TEST_SECRET", "do-not-pass-on");
        const Run env = runIsolated(QStringLiteral("/usr/bin/env"), {}, {});
        QCOMPARE(env.exitCode, 0);
        QVERIFY(!env.out.contains("do-not-pass-on"));
        QVERIFY(!env.out.contains("HOME="));

        const Run home = runIsolated(QStringLiteral("/usr/bin/ls"), {QDir::homePath()}, {});
        QVERIFY(home.exitCode != 0 || home.out.isEmpty());
        const Run etc
            = runIsolated(QStringLiteral("/usr/bin/cat"), {QStringLiteral("/etc/passwd")}, {});
        QVERIFY(etc.exitCode != 0);

        // A new network namespace has the loopback interface only.
        const Run net
            = runIsolated(QStringLiteral("/usr/bin/cat"), {QStringLiteral("/proc/net/dev")}, {});
        QCOMPARE(net.exitCode, 0);
        const QList<QByteArray> lines = net.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // two header lines, then lo
        QVERIFY(lines.last().trimmed().startsWith("lo:"));
    }

    void onlyTheWritableFolderCanBeWritten()
    {
        QTemporaryDir out;
        QTemporaryDir in;
        const QString input = in.filePath(QStringLiteral("input"));
        QVERIFY(test::writeFile(input, "x"));
        const Run wrote = runIsolated(QStringLiteral("/usr/bin/touch"),
            {out.filePath(QStringLiteral("page.png"))},
            {.readOnly = {input}, .writable = {out.path()}});
        QCOMPARE(wrote.exitCode, 0);
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("page.png"))));
        const Run refused = runIsolated(QStringLiteral("/usr/bin/touch"),
            {in.filePath(QStringLiteral("planted"))},
            {.readOnly = {in.path()}, .writable = {out.path()}});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(!QFileInfo::exists(in.filePath(QStringLiteral("planted"))));
    }

    void theMemoryLimitApplies()
    {
        const Run limits
            = runIsolated(QStringLiteral("/usr/bin/cat"), {QStringLiteral("/proc/self/limits")},
                {.readOnly = {}, .writable = {}, .addressSpaceBytes = 300LL * 1024 * 1024});
        QCOMPARE(limits.exitCode, 0);
        const QByteArray line = [&] {
            for (const QByteArray &l : limits.out.split('\n'))
                if (l.startsWith("Max address space"))
                    return l.simplified();
            return QByteArray();
        }();
        QVERIFY2(line.contains(QByteArray::number(300LL * 1024 * 1024)), line.constData());
    }

    void onlyAbsoluteSystemProgramsAreRun()
    {
        QVERIFY(!Sandbox::isolated(QStringLiteral("cat"), {}));
        QVERIFY(!Sandbox::isolated(QStringLiteral("/tmp/cat"), {}));
        QVERIFY(!Sandbox::isolated(QStringLiteral("/usr/bin/../../tmp/cat"), {}));
        QVERIFY(!Sandbox::isolated(QStringLiteral("/usr/bin/no-such-program"), {}));
        QVERIFY(Sandbox::isolated(QStringLiteral("/usr/bin/cat"), {}));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
