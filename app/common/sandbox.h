#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace td::Sandbox {

/// A program and its arguments, ready for QProcess::start.
struct Command
{
    QString program;
    QStringList arguments;
};

/// What the isolated program may see besides the system's programs and libraries (/usr, read
/// only) and the font configuration: nothing else of the machine's files, no network, no other
/// process, no terminal. Paths are bound at the same place inside.
struct Access
{
    QStringList readOnly; ///< files or folders it may read (the one untrusted input)
    QStringList writable; ///< folders it may write (where its output goes)
    qint64 addressSpaceBytes = 1024LL * 1024 * 1024; ///< its memory limit
};

/// Wraps `program arguments…` so it runs isolated with bubblewrap (Debian's `bubblewrap`): own
/// user, network, PID, IPC and mount namespaces, no capabilities, a new session, an empty
/// environment, a private /tmp, killed with its parent, under an address-space limit. `program`
/// must be an absolute path under /usr (it is never looked up in $PATH). Null when isolation is
/// not possible here (bwrap missing or namespaces refused); callers then refuse to run untrusted
/// input instead of running it unconfined.
std::optional<Command> isolated(
    const QString &program, const QStringList &arguments, const Access &access = {});

/// Whether isolated() can work on this machine (checked once by running a trivial program).
bool available();

/// The bubblewrap program the sandbox uses.
QString bubblewrapPath();

} // namespace td::Sandbox
