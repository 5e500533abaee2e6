// trustdesk-cli → trustdesk-cli-print for the commands that print (see printcommands.h).
#include "printhandover.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace td::cli {

namespace {

constexpr auto kPrintProgramName = "trustdesk-cli-print";

QString runningProgramDir()
{
    // /proc/self/exe: the program actually running, whatever argv[0] or PATH say.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return QFileInfo(self.canonicalFilePath()).absolutePath();
}

} // namespace

QString printProgramPath()
{
    const QDir dir(runningProgramDir());
    const QString candidates[] = {
        dir.filePath(
            QStringLiteral(TRUSTDESK_CLI_PRINT_RELATIVE "/") + QLatin1String(kPrintProgramName)),
        dir.filePath(QLatin1String(kPrintProgramName)),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

void handOverToPrintProgram(char **argv, QString &error)
{
    const QString program = printProgramPath();
    if (program.isEmpty()) {
        error = QCoreApplication::translate("trustdesk-cli",
            "This command needs %1, which is not installed next to trustdesk-cli. "
            "Reinstall TrustDesk.")
                    .arg(QLatin1String(kPrintProgramName));
        return;
    }
    const QByteArray path = QFile::encodeName(program);
    ::execv(path.constData(), argv);
    error = QCoreApplication::translate("trustdesk-cli", "Could not start %1: %2")
                .arg(program, QString::fromLocal8Bit(std::strerror(errno)));
}

void handOverToPrintProgram(const QStringList &arguments, QString &error)
{
    QList<QByteArray> bytes;
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    handOverToPrintProgram(argv.data(), error);
}

} // namespace td::cli
