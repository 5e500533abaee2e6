#include "clirun.h"

#include <QProcess>

namespace td::test {

CliRun runProgram(const QString &program, const QStringList &args)
{
    CliRun result;
    if (program.isEmpty()) {
        result.err = QStringLiteral("no program to run (is TRUSTDESK_CLI set?)");
        return result;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.stdoutBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.stdoutBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliRun runCli(const QStringList &args)
{
    return runProgram(qEnvironmentVariable("TRUSTDESK_CLI"), args);
}

CliRun runCliOn(const QString &db, const QStringList &args)
{
    return runCli(QStringList {QStringLiteral("--db"), db} + args);
}

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(run.exitCode)
        .arg(run.out.left(4000), run.err.left(4000));
}

} // namespace td::test
