#pragma once

#include "common/result.h"

#include <QStringList>

namespace td {

class Database;

/// Checks a database deeply: SQLite's integrity_check and foreign keys, plus TrustDesk's own
/// invariants (references, the search index in step with the cases, numbering, orphans).
class Verifier
{
public:
    explicit Verifier(Database &db);

    /// The problems found, one sentence each; empty when the database is sound. An Error only
    /// when the checks themselves could not run.
    Result<QStringList> run();

private:
    Status collect(const QString &sql, const QString &problemFormat, QStringList &problems);
    bool searchIndexConsistent();
    /// SQLite's page check and the file's application id; false when the pages are damaged
    /// (nothing else can be trusted then).
    bool checkSqliteFile(QStringList &problems);

    Database &m_db;
};

} // namespace td
