#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlQuery>

#include <functional>

namespace td {

class Database;

/// The SQL of `evidence_chunks` in an office server: an item's sealed rows (EvidenceChunks in
/// app/crypto), written one at a time inside the caller's transaction and read back in order a
/// batch at a time, so no file is ever held whole in memory.
class EvidenceChunkTable
{
public:
    explicit EvidenceChunkTable(Database &db);

    Status insert(qint64 evidenceId, qint64 n, const QByteArray &data);
    Status removeAll(qint64 evidenceId);
    /// Hands the item's rows to `sink` in order of n; stops early when `sink` returns false.
    Status read(
        qint64 evidenceId, const std::function<bool(qint64 n, const QByteArray &data)> &sink);
    /// Whether the item has any rows.
    Result<bool> has(qint64 evidenceId);

private:
    Database &m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

} // namespace td
