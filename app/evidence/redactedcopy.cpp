// EvidenceStore::attachRedactedCopy: a redacted copy made in memory becomes an item of its own,
// a file in the store beside a database or sealed rows in an office server.
#include "evidencestore.h"

#include "evidencefile.h"
#include "evidencelogging.h"
#include "evidencemessages.h"
#include "placedfile.h"
#include "sealedfile.h"
#include "serverevidence.h"
#include "sha256.h"
#include "storage/database.h"
#include "storelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

Error storeError(const QString &what)
{
    return Error {ErrorKind::Io,
        QCoreApplication::translate(
            "EvidenceStore", "The redacted copy could not be stored: %1. Nothing was stored.")
            .arg(what)};
}

// The row of a redacted copy: its own bytes, the parent's description, source and date captured.
NewEvidenceRow redactedRow(const StoredEvidence &parent, const RedactionRecord &record,
    const QString &mediaType, const QString &extension, const QString &sha256, qint64 size,
    const QString &actor)
{
    const QString base = QFileInfo(parent.item.originalName).completeBaseName();
    NewEvidenceRow row;
    row.caseId = parent.caseId;
    row.item.originalName = QStringLiteral("%1-redacted.%2")
                                .arg(base.isEmpty() ? QStringLiteral("evidence") : base, extension);
    row.item.mediaType = mediaType;
    row.item.sizeBytes = size;
    row.item.sha256 = sha256;
    row.item.capturedAt = parent.item.capturedAt;
    row.item.capturedOrigin = parent.item.capturedOrigin;
    row.item.addedBy = actor;
    row.item.description = parent.item.description;
    row.item.source = parent.item.source;
    row.parentId = record.parentId;
    row.redaction = record.toJson();
    return row;
}

} // namespace

Result<AttachResult> EvidenceStore::attachRedactedCopy(const QByteArray &bytes,
    const QString &mediaType, const QString &extension, const RedactionRecord &record)
{
    if (bytes.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore", "The redacted copy is empty.")};
    const auto parent = item(record.parentId);
    if (!parent)
        return parent.error();
    if (parent->item.sha256 != record.parentSha256)
        return Error {ErrorKind::Conflict,
            QCoreApplication::translate("EvidenceStore",
                "Evidence item %1 is not the file the redaction was made from. Nothing was "
                "stored.")
                .arg(record.parentId)};
    const QString sha256 = Sha256::hex(bytes);
    if (inServer())
        return attachRedactedCopyToServer(
            bytes, sha256, mediaType, extension, record, parent.value());
    if (auto s = ensureStoreFolders(); !s)
        return s.error();

    QByteArray tempName = QFile::encodeName(m_root + QStringLiteral("/tmp/redact-XXXXXX"));
    FileDescriptor temp(::mkostemp(tempName.data(), O_CLOEXEC));
    if (!temp.isValid())
        return storeError(EvidenceMessages::systemError(errno));
    auto removeTemp = qScopeGuard([&tempName] { ::unlink(tempName.constData()); });
    StoreLock::markBeingWritten(temp.get());
    const FileDescriptor tempMark(::dup(temp.get()));

    bool written = false;
    if (m_keys.isSealed()) {
        SealedWriter writer(m_keys.contentKey(),
            [&temp](const char *data, qint64 size) { return writeAll(temp.get(), data, size); });
        written = writer.add(bytes.constData(), bytes.size())
            && writer.finish(QByteArray::fromHex(sha256.toLatin1()));
    } else {
        written = writeAll(temp.get(), bytes.constData(), bytes.size());
    }
    if (!written || ::fsync(temp.get()) != 0 || ::fchmod(temp.get(), S_IRUSR) != 0 || !temp.close())
        return storeError(EvidenceMessages::systemError(errno));

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto onCase = m_rows.withHash(parent->caseId, sha256, true);
    if (!onCase)
        return onCase.error();
    if (!onCase->isEmpty()) {
        AttachResult same;
        same.outcome = AttachResult::Outcome::AlreadyAttached;
        same.evidence = onCase->constFirst();
        return same;
    }

    const StoreLock placing(m_root, StoreLock::Mode::Exclusive);
    PlacedFile placed;
    if (!placed.place(tempName, filePath(sha256), m_root))
        return storeError(EvidenceMessages::systemError(errno));
    if (placed.isNew())
        removeTemp.dismiss();

    const auto inserted = m_rows.insertStored(
        redactedRow(parent.value(), record, mediaType, extension, sha256, bytes.size(), m_actor));
    if (!inserted)
        return inserted.error();
    return finishRedactedCopy(tx, placed, parent.value(), record, inserted.value(), sha256);
}

Result<AttachResult> EvidenceStore::finishRedactedCopy(WriteTransaction &tx, PlacedFile &placed,
    const StoredEvidence &parent, const RedactionRecord &record, qint64 copyId,
    const QString &sha256)
{
    // Ids and counts only: the custody and audit logs never hold what was covered.
    const QString method = RedactionRecord::methodName(record.method);
    const QString boxes = QString::number(record.boxes.size());
    if (auto s
        = m_custody.record(copyId, parent.caseReference, sha256, QStringLiteral("import"), sha256,
            QStringLiteral("redacted copy of item %1 (%2, %3 boxes)")
                .arg(QString::number(record.parentId), method, boxes));
        !s)
        return s.error();
    if (auto s = m_custody.record(record.parentId, parent.caseReference, parent.item.sha256,
            QStringLiteral("view"), record.parentSha256,
            QStringLiteral("redacted copy made: item %1").arg(copyId));
        !s)
        return s.error();
    auto stored = commitNewItem(tx, placed, copyId, QStringLiteral("evidence.redact"),
        parent.caseReference, QStringLiteral("1 file: %1, %2 boxes").arg(method, boxes));
    if (!stored)
        return stored.error();
    qCInfo(lcEvidence) << "stored redacted copy" << copyId << "of" << record.parentId;
    AttachResult result;
    result.outcome = AttachResult::Outcome::Added;
    result.evidence = stored.value();
    return result;
}

Result<AttachResult> EvidenceStore::attachRedactedCopyToServer(const QByteArray &bytes,
    const QString &sha256, const QString &mediaType, const QString &extension,
    const RedactionRecord &record, const StoredEvidence &parent)
{
    if (auto s = officeKeyReady(); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto onCase = m_rows.withHash(parent.caseId, sha256, true);
    if (!onCase)
        return onCase.error();
    if (!onCase->isEmpty()) {
        AttachResult same;
        same.outcome = AttachResult::Outcome::AlreadyAttached;
        same.evidence = onCase->constFirst();
        return same;
    }
    const auto inserted = m_rows.insertStored(
        redactedRow(parent, record, mediaType, extension, sha256, bytes.size(), m_actor));
    if (!inserted)
        return inserted.error();
    // Sealed with the office key into the server's rows, as attach does with a file; the copy
    // already lies in memory whole (it was encoded there), and is sealed a chunk at a time.
    const auto sealed = ServerEvidence::sealBytes(m_db, m_keys, inserted.value(), bytes, sha256);
    if (!sealed)
        return sealed.error();
    if (sealed->failure != EvidenceFile::CopyFailure::None)
        return storeError(EvidenceMessages::systemError(sealed->sysErrno));
    PlacedFile nothingPlaced;
    return finishRedactedCopy(tx, nothingPlaced, parent, record, inserted.value(), sha256);
}

} // namespace td
