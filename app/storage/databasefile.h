#pragma once

#include "common/result.h"

#include <QString>

namespace td {

/// Looks at a database file's bytes, without SQLite and without writing, to refuse anything that
/// is not a TrustDesk database of a schema we know before SQLite could change it (WAL rewrites
/// the header, migrations rewrite everything).
class DatabaseFile
{
public:
    static constexpr quint32 kApplicationId = 0x54444B31; // "TDK1"

    struct Header
    {
        quint32 pageSize = 0;
        quint32 pageCount = 0; ///< 0 when the in-header count is not trustworthy
        quint32 applicationId = 0;
        qint32 userVersion = 0;
    };

    /// Reads and checks the header of an existing file: readable, not empty, an SQLite file,
    /// not truncated, ours (application_id), and not from a newer schema than `newestKnownVersion`.
    static Result<Header> inspect(const QString &path, int newestKnownVersion);
    /// The file and its folder can be written (SQLite needs the folder for its -wal and -shm
    /// files).
    static Status checkWritable(const QString &path);
};

} // namespace td
