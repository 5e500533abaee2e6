// EvidenceStore::attachRedactedCopy: a redacted copy made in memory becomes an item of its own.
#include "evidencestore.h"

#include "evidencefile.h"
#include "evidencelogging.h"
#include "evidencemessages.h"
#include "placedfile.h"
#include "sealedfile.h"
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

} // namespace

Result<AttachResult> EvidenceStore::attachRedactedCopy(const QByteArray &bytes,
    const QString &mediaType, const QString &extension, const RedactionRecord &record)
{
    if (bytes.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore", "The redacted copy is empty.")};
    if (inServer())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "EvidenceStore", "Redacted copies cannot be kept on an office server yet.")};
    const auto parent = item(record.parentId);
    if (!parent)
        return parent.error();
    if (parent->item.sha256 != record.parentSha256)
        return Error {ErrorKind::Conflict,
            QCoreApplication::translate("EvidenceStore",
                "Evidence item %1 is not the file the redaction was made from. Nothing was "
                "stored.")
                .arg(record.parentId)};
    if (auto s = ensureStoreFolders(); !s)
        return s.error();

    const QString sha256 = Sha256::hex(bytes);
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

    const QString base = QFileInfo(parent->item.originalName).completeBaseName();
    NewEvidenceRow row;
    row.caseId = parent->caseId;
    row.item.originalName = QStringLiteral("%1-redacted.%2")
                                .arg(base.isEmpty() ? QStringLiteral("evidence") : base, extension);
    row.item.mediaType = mediaType;
    row.item.sizeBytes = bytes.size();
    row.item.sha256 = sha256;
    row.item.capturedAt = parent->item.capturedAt;
    row.item.capturedOrigin = parent->item.capturedOrigin;
    row.item.addedBy = m_actor;
    row.item.description = parent->item.description;
    row.item.source = parent->item.source;
    row.parentId = record.parentId;
    row.redaction = record.toJson();
    const auto inserted = m_rows.insertStored(row);
    if (!inserted)
        return inserted.error();
    const qint64 copyId = inserted.value();

    // Ids and counts only: the custody and audit logs never hold what was covered.
    const QString method = RedactionRecord::methodName(record.method);
    const QString boxes = QString::number(record.boxes.size());
    if (auto s
        = m_custody.record(copyId, parent->caseReference, sha256, QStringLiteral("import"), sha256,
            QStringLiteral("redacted copy of item %1 (%2, %3 boxes)")
                .arg(QString::number(record.parentId), method, boxes));
        !s)
        return s.error();
    if (auto s = m_custody.record(record.parentId, parent->caseReference, parent->item.sha256,
            QStringLiteral("view"), record.parentSha256,
            QStringLiteral("redacted copy made: item %1").arg(copyId));
        !s)
        return s.error();
    auto stored = commitNewItem(tx, placed, copyId, QStringLiteral("evidence.redact"),
        parent->caseReference, QStringLiteral("1 file: %1, %2 boxes").arg(method, boxes));
    if (!stored)
        return stored.error();
    qCInfo(lcEvidence) << "stored redacted copy" << copyId << "of" << record.parentId;
    AttachResult result;
    result.outcome = AttachResult::Outcome::Added;
    result.evidence = stored.value();
    return result;
}

} // namespace td
