#include "evidencerows.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td::EvidenceRows {

Result<QList<StoredEvidence>> select(Database &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT e.id, e.case_id, c.reference, e.original_name, e.media_type, "
                  "e.size_bytes, e.sha256,"
                  " e.captured_at, e.added_by, e.added_at, e.description, e.source, e.in_store,"
                  " coalesce(e.parent_id, 0), e.redaction"
                  " FROM evidence e JOIN cases c ON c.id = e.case_id WHERE ")
        + where + QStringLiteral(" ORDER BY e.id"));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("EvidenceStore", "Reading the evidence"));
    QList<StoredEvidence> out;
    while (q.next()) {
        StoredEvidence s;
        s.item.id = q.value(0).toLongLong();
        s.caseId = q.value(1).toLongLong();
        s.caseReference = q.value(2).toString();
        s.item.originalName = q.value(3).toString();
        s.item.mediaType = q.value(4).toString();
        s.item.sizeBytes = q.value(5).toLongLong();
        s.item.sha256 = q.value(6).toString();
        s.item.capturedAt = SqlValues::toDateTime(q.value(7));
        s.item.addedBy = q.value(8).toString();
        s.item.addedAt = SqlValues::toDateTime(q.value(9));
        s.item.description = q.value(10).toString();
        s.item.source = q.value(11).toString();
        s.inStore = q.value(12).toInt() == 1;
        s.parentId = q.value(13).toLongLong();
        s.redaction = q.value(14).toString();
        out.append(s);
    }
    return out;
}

} // namespace td::EvidenceRows
