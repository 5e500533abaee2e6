#pragma once

#include "common/result.h"
#include "domain/casefile.h"
#include "statementcache.h"

namespace td {

class Database;

/// Writes whole cases with cached prepared statements; the caller owns the transaction.
/// Used by CaseRepository for single saves and by bulk paths (import, demo data).
class CaseWriter
{
public:
    explicit CaseWriter(Database &db);

    /// Inserts a new case (id must be 0); assigns a reference when it has none. Returns the id.
    Result<qint64> insert(CaseFile &caseFile);
    /// Replaces a stored case's fields and children (evidence rows are kept: they have custody).
    Status update(CaseFile &caseFile);
    Result<QString> nextReference(int year);
    /// The case references already stored among `references`.
    Result<QStringList> existing(const QStringList &references);

private:
    Result<qint64> insertClient(const Client &client);
    Status updateClient(const Client &client);
    Status insertChildren(CaseFile &caseFile);
    Status insertEvidence(qint64 caseId, QList<EvidenceItem> &evidence);
    Status noteReference(const QString &reference);
    QSqlQuery *statement(const QString &sql);
    Status run(QSqlQuery *q);
    /// Runs an INSERT … RETURNING id and gives the new id (portable: no lastInsertId).
    Result<qint64> runInsert(QSqlQuery *q);

    StatementCache m_cache;
    QString m_now;
};

} // namespace td
