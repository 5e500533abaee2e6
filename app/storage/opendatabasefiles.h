#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

namespace td {

/// The database files this process has open through SQLite, so nothing else in the process opens
/// them. POSIX advisory locks belong to the process, not to a descriptor: closing any descriptor
/// of a file (a QFile that read the header, say) silently drops every lock SQLite holds on it, and
/// another process then believes it is alone, checkpoints and deletes the WAL under the open
/// connection. Header checks that read the raw file may run only while no connection has it open.
class OpenDatabaseFiles
{
public:
    /// One connection's claim on a file, released when destroyed (after the connection closed).
    class Claim
    {
    public:
        Claim() = default;
        ~Claim();
        Claim(Claim &&other) noexcept;
        Claim &operator=(Claim &&other) noexcept;
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;

    private:
        friend class OpenDatabaseFiles;
        explicit Claim(QString key)
            : m_key(std::move(key))
        { }
        void release();
        QString m_key;
    };

    /// Claims `path` for one more connection. `inspectRaw`, which may read the file's bytes
    /// outside SQLite, runs first, only when no connection of this process has the file open,
    /// and with the registry held, so no other thread opens it meanwhile; its failure is returned
    /// and nothing is claimed. The file must exist.
    static Result<Claim> claim(const QString &path, const std::function<Status()> &inspectRaw);
    /// How many connections of this process have `path` open (tests and assertions).
    static int connections(const QString &path);

private:
    static QString keyOf(const QString &path);
};

} // namespace td
