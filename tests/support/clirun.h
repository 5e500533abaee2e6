#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtTest/qtestcase.h>

namespace td::test {

/// What a finished command-line program left: its exit code (-1 when it never finished, -2 when
/// it crashed) and its output.
struct CliRun
{
    int exitCode = -1;
    QByteArray stdoutBytes;
    QString out;
    QString err;
};

/// Runs `program args…` with stdin from /dev/null and waits up to two minutes.
CliRun runProgram(const QString &program, const QStringList &args);
/// The trustdesk-cli under test (TRUSTDESK_CLI, set by CTest).
CliRun runCli(const QStringList &args);
/// trustdesk-cli --db `db` args…
CliRun runCliOn(const QString &db, const QStringList &args);
/// Exit code and both outputs, for a failed check's message.
QString describe(const CliRun &run);

} // namespace td::test

#define EXPECT_EXIT(r, code) QVERIFY2((r).exitCode == (code), qPrintable(::td::test::describe(r)))
