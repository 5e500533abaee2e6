#include "evidencechunktable.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace td {
namespace {

// 64 rows of 64 KiB: 4 MiB in memory at most, whatever the file's size.
constexpr int kBatchRows = 64;

} // namespace

EvidenceChunkTable::EvidenceChunkTable(Database &db)
    : m_db(db)
    , m_insert(db.connection())
{ }

Status EvidenceChunkTable::insert(qint64 evidenceId, qint64 n, const QByteArray &data)
{
    if (!m_prepared) {
        m_insert.prepare(
            QStringLiteral("INSERT INTO evidence_chunks (evidence_id, n, data) VALUES (?, ?, ?)"));
        m_prepared = true;
    }
    m_insert.bindValue(0, evidenceId);
    m_insert.bindValue(1, n);
    m_insert.bindValue(2, data);
    if (!m_insert.exec())
        return sqlError(m_insert.lastError(),
            QCoreApplication::translate("EvidenceStore", "Attaching evidence"));
    return {};
}

Status EvidenceChunkTable::removeAll(qint64 evidenceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM evidence_chunks WHERE evidence_id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("EvidenceStore", "Removing evidence"));
    return {};
}

Status EvidenceChunkTable::read(
    qint64 evidenceId, const std::function<bool(qint64 n, const QByteArray &data)> &sink)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT n, data FROM evidence_chunks WHERE evidence_id = ? AND n >= ?"
                             " ORDER BY n LIMIT %1")
                  .arg(kBatchRows));
    qint64 from = 0;
    for (;;) {
        q.bindValue(0, evidenceId);
        q.bindValue(1, from);
        if (!q.exec())
            return sqlError(q.lastError(),
                QCoreApplication::translate("EvidenceStore", "Reading the evidence"));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 n = q.value(0).toLongLong();
            from = n + 1;
            if (!sink(n, q.value(1).toByteArray())) {
                q.finish();
                return {};
            }
        }
        q.finish();
        if (rows < kBatchRows)
            return {};
    }
}

Result<bool> EvidenceChunkTable::has(qint64 evidenceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM evidence_chunks WHERE evidence_id = ? LIMIT 1"));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("EvidenceStore", "Reading the evidence"));
    return q.next();
}

} // namespace td
