#pragma once

#include <QString>
#include <QStringList>

namespace td::cli {

/// Where trustdesk-cli-print is: `../libexec/trustdesk/` from the directory of the running
/// program when installed, or the same directory in a build tree. Empty when neither has it.
QString printProgramPath();

/// Replaces this process with trustdesk-cli-print, passing `argv` unchanged, so the printing
/// command's output and exit code are the caller's. Returns only when that fails, with the
/// reason in `error`.
void handOverToPrintProgram(char **argv, QString &error);
/// The same with the arguments as QCoreApplication::arguments() gives them, for a command that
/// decides only after parsing its options that it needs the print program (stats --pdf).
void handOverToPrintProgram(const QStringList &arguments, QString &error);

} // namespace td::cli
