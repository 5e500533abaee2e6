#pragma once

#include <QString>

#include <optional>

namespace td {

class Database;

/// `<database>.audit-head`: the newest audit entry (id and hash) this machine has seen committed,
/// kept outside the database so that cutting off the log's tail, or putting an older copy of the
/// database back, shows in `audit verify` (docs/audit-log.md). One line of text, version 1.
namespace AuditHeadFile {

struct Head
{
    qint64 id = 0;
    QString hash;
};

QString pathFor(const QString &databasePath);
/// The recorded head; nullopt when there is none or it cannot be read.
std::optional<Head> read(const QString &databasePath);
/// Records the database's current head, unless the file already names a later entry: it never
/// moves back. Best effort (a failure is logged): the database is what counts.
void advance(Database &db);

} // namespace AuditHeadFile

} // namespace td
