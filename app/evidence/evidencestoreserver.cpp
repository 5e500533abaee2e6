// EvidenceStore's office-server side: evidence sealed with the office key into the server's
// `evidence_chunks` table instead of files beside a database (docs/office-mode.md).
#include "evidencestore.h"

#include "evidencelogging.h"
#include "evidencemessages.h"
#include "exifdate.h"
#include "serverevidence.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/evidencechunktable.h"

#include <QCoreApplication>
#include <QMimeDatabase>

namespace td {

bool EvidenceStore::inServer() const
{
    return m_db.dialect() == SqlDialect::Postgres;
}

Status EvidenceStore::officeKeyReady() const
{
    if (!inServer() || m_keys.isSealed())
        return {};
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("EvidenceStore",
            "The evidence on an office server is encrypted with the office key, which is not "
            "unlocked.")};
}

StoredFile::ReadResult EvidenceStore::readStored(const StoredEvidence &stored,
    const StoredFile::ReadOptions &options, const EvidenceProgress &progress)
{
    if (inServer())
        return ServerEvidence::read(m_db, m_keys, stored.item.id, stored.item.sha256,
            stored.item.sizeBytes, options, progress);
    return StoredFile::read(
        m_keys, filePath(stored.item.sha256), stored.item.sha256, options, progress);
}

Result<AttachResult> EvidenceStore::attachToServer(const QString &caseReference, qint64 caseId,
    const QString &name, int source, qint64 size, const QDateTime &modified,
    const AttachOptions &options, const EvidenceProgress &progress)
{
    if (auto s = officeKeyReady(); !s)
        return s.error();
    // Two passes over the source: the SHA-256 first, so that an item already on the case is
    // found before anything is written and the last row can bind the hash; then the sealed rows,
    // inside the transaction that records the item. Progress counts both passes.
    const qint64 total = 2 * size;
    const auto hashed = EvidenceFile::copy(source, -1, size, modified,
        [&](qint64 done, qint64) { return !progress || progress(done, total); });
    if (hashed.failure != EvidenceFile::CopyFailure::None)
        return EvidenceMessages::copyFailure(hashed, name);

    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(name, hashed.head);
    QDateTime captured;
    if (mime.inherits(QStringLiteral("image/jpeg")))
        captured = ExifDate::dateTimeOriginal(hashed.head);
    if (!captured.isValid())
        captured = modified;

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto onCase = m_rows.withHash(caseId, hashed.sha256, false);
    if (!onCase)
        return onCase.error();
    AttachResult result;
    for (const auto &existing : onCase.value()) {
        if (existing.inStore) {
            result.outcome = AttachResult::Outcome::AlreadyAttached;
            result.evidence = existing;
            return result; // nothing written: the transaction rolls back empty
        }
    }
    qint64 evidenceId = 0;
    if (!onCase->isEmpty()) {
        evidenceId = onCase->constFirst().item.id;
        if (auto s = m_rows.completeFile(evidenceId, hashed.size, mime.name()); !s)
            return s.error();
        if (auto s = EvidenceChunkTable(m_db).removeAll(evidenceId); !s)
            return s.error();
        result.outcome = AttachResult::Outcome::FileAdded;
    } else {
        NewEvidenceRow row;
        row.caseId = caseId;
        row.item.originalName = name;
        row.item.mediaType = mime.name();
        row.item.sizeBytes = hashed.size;
        row.item.sha256 = hashed.sha256;
        row.item.capturedAt = captured;
        row.item.addedBy = m_actor;
        row.item.description = options.description;
        row.item.source = options.source;
        const auto inserted = m_rows.insertStored(row);
        if (!inserted)
            return inserted.error();
        evidenceId = inserted.value();
    }
    const auto sealed
        = ServerEvidence::seal(m_db, m_keys, evidenceId, source, size, modified, hashed.sha256,
            [&](qint64 done, qint64) { return !progress || progress(size + done, total); });
    if (!sealed)
        return sealed.error();
    if (sealed->failure != EvidenceFile::CopyFailure::None)
        return EvidenceMessages::copyFailure(sealed.value(), name);
    const QString detail = result.outcome == AttachResult::Outcome::FileAdded
        ? QStringLiteral("file added to imported details")
        : QStringLiteral("new file");
    if (auto s = m_custody.record(evidenceId, caseReference, hashed.sha256,
            QStringLiteral("import"), hashed.sha256, detail);
        !s)
        return s.error();
    if (auto s
        = AuditLog(m_db, m_actor)
              .record(QStringLiteral("evidence.attach"), caseReference, QStringLiteral("1 file"));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcEvidence) << "attached evidence" << evidenceId << "to the server, bytes" << size;
    auto stored = item(evidenceId);
    if (!stored)
        return stored.error();
    result.evidence = stored.value();
    return result;
}

} // namespace td
