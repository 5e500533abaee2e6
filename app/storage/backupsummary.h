#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace td {

class Database;
class SecureKey;

/// What a database holds, in two figures a person can weigh before replacing one with another.
struct BackupSummary
{
    qint64 cases = 0;
    QDateTime lastChange; ///< UTC; the newest event of its audit log, invalid when there is none

    /// Reads the figures of an open database (two indexed queries, cheap on any size).
    static Result<BackupSummary> of(Database &db);
    /// Opens `path` read-only and reads its figures; `dataKey` opens an encrypted backup (the
    /// key its FILE.vault unwraps).
    static Result<BackupSummary> ofFile(const QString &path, const SecureKey *dataKey = nullptr);
};

} // namespace td
