// EvidenceStore::attachRedactedCopy: a redacted copy made in memory becomes an item of its own.
#include "evidencestore.h"

#include "evidencefile.h"
#include "evidencelogging.h"
#include "evidencemessages.h"
#include "evidencerows.h"
#include "sealedfile.h"
#include "sha256.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/sqlvalues.h"
#include "storelock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

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
    const auto onCase = EvidenceRows::select(m_db,
        QStringLiteral("e.case_id = ? AND e.sha256 = ? AND e.in_store = 1"),
        {parent->caseId, sha256});
    if (!onCase)
        return onCase.error();
    if (!onCase->isEmpty()) {
        AttachResult same;
        same.outcome = AttachResult::Outcome::AlreadyAttached;
        same.evidence = onCase->constFirst();
        return same;
    }

    const StoreLock placing(m_root, StoreLock::Mode::Exclusive);
    const QString target = filePath(sha256);
    bool placedNew = false;
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(target).constData(), &st) != 0) {
        const QString folder = QFileInfo(target).absolutePath();
        if (!EvidenceFile::makeOwnerOnlyPath(folder)
            || ::rename(tempName.constData(), QFile::encodeName(target).constData()) != 0)
            return storeError(EvidenceMessages::systemError(errno));
        removeTemp.dismiss();
        placedNew = true;
        EvidenceFile::syncDirectory(folder);
        EvidenceFile::syncDirectory(m_root);
    }
    auto removePlaced = qScopeGuard([&] {
        if (placedNew)
            ::unlink(QFile::encodeName(target).constData());
    });

    const QString what = QCoreApplication::translate("EvidenceStore", "Storing a redacted copy");
    const QString base = QFileInfo(parent->item.originalName).completeBaseName();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO evidence (case_id, original_name, media_type, size_bytes, sha256, "
        "captured_at, added_by, added_at, description, source, in_store, parent_id, redaction)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    q.addBindValue(parent->caseId);
    q.addBindValue(QStringLiteral("%1-redacted.%2")
                       .arg(base.isEmpty() ? QStringLiteral("evidence") : base, extension));
    q.addBindValue(mediaType);
    q.addBindValue(qint64(bytes.size()));
    q.addBindValue(sha256);
    q.addBindValue(SqlValues::dateTime(parent->item.capturedAt));
    q.addBindValue(SqlValues::text(m_actor));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(SqlValues::text(parent->item.description));
    q.addBindValue(SqlValues::text(parent->item.source));
    q.addBindValue(record.parentId);
    q.addBindValue(record.toJson());
    if (!q.exec())
        return sqlError(q.lastError(), what);
    if (!q.next())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStore", "The new evidence record could not be read back.")};
    const qint64 copyId = q.value(0).toLongLong();
    q.finish();

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
    if (auto s = AuditLog(m_db, m_actor)
                     .record(QStringLiteral("evidence.redact"), parent->caseReference,
                         QStringLiteral("1 file: %1, %2 boxes").arg(method, boxes));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    removePlaced.dismiss();
    qCInfo(lcEvidence) << "stored redacted copy" << copyId << "of" << record.parentId;

    auto stored = item(copyId);
    if (!stored)
        return stored.error();
    AttachResult result;
    result.outcome = AttachResult::Outcome::Added;
    result.evidence = stored.value();
    return result;
}

} // namespace td
