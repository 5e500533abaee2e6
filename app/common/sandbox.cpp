#include "sandbox.h"

#include <QFileInfo>
#include <QProcess>

#include <mutex>

namespace td::Sandbox {
namespace {

const QString kBubblewrap = QStringLiteral("/usr/bin/bwrap");
const QString kPrlimit = QStringLiteral("/usr/bin/prlimit");

bool isUsrProgram(const QString &program)
{
    const QFileInfo info(program);
    return info.isAbsolute() && program.startsWith(QLatin1String("/usr/"))
        && info.canonicalFilePath().startsWith(QLatin1String("/usr/")) && info.isExecutable();
}

QStringList bindArguments(const QStringList &paths, const QString &option)
{
    QStringList arguments;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        arguments << option << absolute << absolute;
    }
    return arguments;
}

} // namespace

QString bubblewrapPath()
{
    return kBubblewrap;
}

std::optional<Command> isolated(
    const QString &program, const QStringList &arguments, const Access &access)
{
    if (!isUsrProgram(program) || !QFileInfo(kBubblewrap).isExecutable()
        || !QFileInfo(kPrlimit).isExecutable())
        return std::nullopt;
    QStringList wrapped {
        QStringLiteral("--unshare-all"), // user, network, PID, IPC, UTS, cgroup
        QStringLiteral("--die-with-parent"),
        QStringLiteral("--new-session"), // no way to push keystrokes into our terminal
        QStringLiteral("--cap-drop"),
        QStringLiteral("ALL"),
        QStringLiteral("--clearenv"),
        QStringLiteral("--setenv"),
        QStringLiteral("PATH"),
        QStringLiteral("/usr/bin"),
        QStringLiteral("--setenv"),
        QStringLiteral("LANG"),
        QStringLiteral("C.UTF-8"),
        QStringLiteral("--ro-bind"),
        QStringLiteral("/usr"),
        QStringLiteral("/usr"),
        QStringLiteral("--symlink"),
        QStringLiteral("usr/lib"),
        QStringLiteral("/lib"),
        QStringLiteral("--symlink"),
        QStringLiteral("usr/lib64"),
        QStringLiteral("/lib64"),
        QStringLiteral("--symlink"),
        QStringLiteral("usr/bin"),
        QStringLiteral("/bin"),
        QStringLiteral("--symlink"),
        QStringLiteral("usr/sbin"),
        QStringLiteral("/sbin"),
        QStringLiteral("--ro-bind-try"),
        QStringLiteral("/etc/fonts"),
        QStringLiteral("/etc/fonts"),
        QStringLiteral("--proc"),
        QStringLiteral("/proc"),
        QStringLiteral("--dev"),
        QStringLiteral("/dev"),
        QStringLiteral("--tmpfs"),
        QStringLiteral("/tmp"),
    };
    wrapped += bindArguments(access.readOnly, QStringLiteral("--ro-bind"));
    wrapped += bindArguments(access.writable, QStringLiteral("--bind"));
    wrapped << QStringLiteral("--chdir") << QStringLiteral("/") << QStringLiteral("--") << kPrlimit
            << QStringLiteral("--as=%1").arg(access.addressSpaceBytes) << QStringLiteral("--")
            << program;
    wrapped += arguments;
    return Command {kBubblewrap, wrapped};
}

bool available()
{
    static std::once_flag once;
    static bool works = false;
    std::call_once(once, [] {
        const auto command = isolated(QStringLiteral("/usr/bin/true"), {});
        if (!command)
            return;
        QProcess probe;
        probe.setStandardInputFile(QProcess::nullDevice());
        probe.start(command->program, command->arguments);
        works = probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0;
    });
    return works;
}

} // namespace td::Sandbox
