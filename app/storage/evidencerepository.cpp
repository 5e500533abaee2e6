#include "evidencerepository.h"

#include "database.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td {
namespace {

// The messages keep the context "EvidenceStore", where they were written first, so their
// translations stay valid.
Status run(QSqlQuery &q, const QString &whatFailed)
{
    if (!q.exec())
        return sqlError(q.lastError(), whatFailed);
    return {};
}

} // namespace

EvidenceRepository::EvidenceRepository(Database &db)
    : m_db(db)
{ }

Result<qint64> EvidenceRepository::caseIdOf(const QString &caseReference)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE reference = ?"));
    q.addBindValue(caseReference);
    if (auto s = run(q, QCoreApplication::translate("EvidenceStore", "Looking up the case")); !s)
        return s.error();
    if (!q.next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("EvidenceStore", "There is no case %1.")
                .arg(caseReference)};
    return q.value(0).toLongLong();
}

Result<QList<StoredEvidence>> EvidenceRepository::select(
    const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT e.id, e.case_id, c.reference, e.original_name, e.media_type, "
                  "e.size_bytes, e.sha256,"
                  " e.captured_at, e.added_by, e.added_at, e.description, e.source, e.in_store,"
                  " coalesce(e.parent_id, 0), e.redaction, e.captured_origin"
                  " FROM evidence e JOIN cases c ON c.id = e.case_id WHERE ")
        + where + QStringLiteral(" ORDER BY e.id"));
    for (const auto &v : values)
        q.addBindValue(v);
    if (auto s = run(q, QCoreApplication::translate("EvidenceStore", "Reading the evidence")); !s)
        return s.error();
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
        s.item.capturedOrigin
            = captureOriginFromCode(q.value(15).toString()).value_or(CaptureOrigin::Unknown);
        out.append(s);
    }
    return out;
}

Result<QList<StoredEvidence>> EvidenceRepository::forCase(qint64 caseId)
{
    return select(QStringLiteral("e.case_id = ?"), {caseId});
}

Result<StoredEvidence> EvidenceRepository::find(qint64 evidenceId)
{
    auto rows = select(QStringLiteral("e.id = ?"), {evidenceId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("EvidenceStore", "There is no evidence item %1.")
                .arg(evidenceId)};
    return rows->constFirst();
}

Result<QList<StoredEvidence>> EvidenceRepository::withHash(
    qint64 caseId, const QString &sha256, bool storedOnly)
{
    return select(storedOnly ? QStringLiteral("e.case_id = ? AND e.sha256 = ? AND e.in_store = 1")
                             : QStringLiteral("e.case_id = ? AND e.sha256 = ?"),
        {caseId, sha256});
}

Result<QList<StoredEvidence>> EvidenceRepository::stored()
{
    return select(QStringLiteral("e.in_store = 1"), {});
}

Result<bool> EvidenceRepository::isHashStored(const QString &sha256)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM evidence WHERE sha256 = ? AND in_store = 1"));
    q.addBindValue(sha256);
    if (auto s = run(q, QCoreApplication::translate("EvidenceStore", "Removing evidence")); !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QStringList> EvidenceRepository::storedHashesOfCase(qint64 caseId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT DISTINCT sha256 FROM evidence WHERE case_id = ? AND in_store = 1"));
    q.addBindValue(caseId);
    if (auto s = run(q, QCoreApplication::translate("EvidenceStore", "Reading the evidence")); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<qint64> EvidenceRepository::insertStored(const NewEvidenceRow &row)
{
    const QString what = row.parentId != 0
        ? QCoreApplication::translate("EvidenceStore", "Storing a redacted copy")
        : QCoreApplication::translate("EvidenceStore", "Attaching evidence");
    const EvidenceItem &e = row.item;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO evidence (case_id, original_name, media_type, size_bytes, sha256, "
        "captured_at, captured_origin, added_by, added_at, description, source, in_store,"
        " parent_id, redaction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    q.addBindValue(row.caseId);
    q.addBindValue(SqlValues::text(e.originalName));
    q.addBindValue(SqlValues::text(e.mediaType));
    q.addBindValue(e.sizeBytes);
    q.addBindValue(SqlValues::text(e.sha256));
    q.addBindValue(SqlValues::dateTime(e.capturedAt));
    q.addBindValue(captureOriginCode(e.capturedOrigin));
    q.addBindValue(SqlValues::text(e.addedBy));
    q.addBindValue(
        SqlValues::dateTime(e.addedAt.isValid() ? e.addedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(SqlValues::text(e.description));
    q.addBindValue(SqlValues::text(e.source));
    // An original has no parent (NULL, which the foreign key allows) and no record ('').
    q.addBindValue(
        row.parentId != 0 ? QVariant(row.parentId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(SqlValues::text(row.redaction));
    if (auto s = run(q, what); !s)
        return s.error();
    if (!q.next())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStore", "The new evidence record could not be read back.")};
    return q.value(0).toLongLong();
}

Status EvidenceRepository::completeFile(
    qint64 evidenceId, qint64 sizeBytes, const QString &mediaType)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE evidence SET in_store = 1, size_bytes = ?,"
        " media_type = CASE WHEN media_type = '' THEN ? ELSE media_type END WHERE id = ?"));
    q.addBindValue(sizeBytes);
    q.addBindValue(SqlValues::text(mediaType));
    q.addBindValue(evidenceId);
    return run(q, QCoreApplication::translate("EvidenceStore", "Attaching evidence"));
}

Status EvidenceRepository::updateDetails(qint64 evidenceId, const QString &description,
    const QString &source, const QDateTime &capturedAt, CaptureOrigin capturedOrigin)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence SET description = ?, source = ?, captured_at = ?,"
                             " captured_origin = ? WHERE id = ?"));
    q.addBindValue(SqlValues::text(description));
    q.addBindValue(SqlValues::text(source));
    q.addBindValue(SqlValues::dateTime(capturedAt));
    q.addBindValue(captureOriginCode(capturedOrigin));
    q.addBindValue(evidenceId);
    return run(q, QCoreApplication::translate("EvidenceStore", "Saving the evidence details"));
}

Status EvidenceRepository::remove(qint64 evidenceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    return run(q, QCoreApplication::translate("EvidenceStore", "Removing evidence"));
}

} // namespace td
