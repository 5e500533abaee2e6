#include "evidencestore.h"
#include "storelock.h"

#include "evidencefile.h"
#include "evidencelogging.h"
#include "evidencemessages.h"
#include "evidencenames.h"
#include "exifdate.h"
#include "placedfile.h"
#include "sha256.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/evidencerepository.h"
#include "storage/sqlvalues.h"
#include "storedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QScopeGuard>

#include <cerrno>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

EvidenceStore::EvidenceStore(Database &db, QString actor)
    : m_db(db)
    , m_rows(db)
    , m_actor(std::move(actor))
    , m_root(rootFor(db.path()))
    , m_keys(EvidenceKeys::of(db))
    , m_custody(db, m_actor)
{ }

QString EvidenceStore::rootFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".evidence"));
}

QString EvidenceStore::relativePath(const QString &sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256.mid(2);
}

QStringList EvidenceStore::sources()
{
    return {QStringLiteral("client"), QStringLiteral("witness"), QStringLiteral("officer"),
        QStringLiteral("other")};
}

QString EvidenceStore::filePath(const QString &sha256) const
{
    const QString name = storedName(sha256);
    return name.isEmpty() ? QString() : m_root + QLatin1Char('/') + name;
}

Status EvidenceStore::ensureStoreFolders()
{
    const QFileInfo root(m_root);
    if (root.isSymLink() || (root.exists() && !root.isDir()))
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "EvidenceStore", "The evidence store \"%1\" is not a folder. Nothing was stored.")
                .arg(m_root)};
    if (!EvidenceFile::makeOwnerOnlyPath(m_root)
        || !EvidenceFile::makeOwnerOnlyPath(m_root + QStringLiteral("/tmp")))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("EvidenceStore",
                "The evidence store \"%1\" could not be created. Nothing was stored.")
                .arg(m_root)};
    StoreLock::removeInterruptedCopies(m_root);
    return {};
}

Result<AttachResult> EvidenceStore::attach(const QString &caseReference, const QString &path,
    const AttachOptions &options, const EvidenceProgress &progress)
{
    const QString name = EvidenceNames::displayName(path);
    if (!options.source.isEmpty() && !sources().contains(options.source))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore", "Unknown source \"%1\". Use one of: %2.")
                .arg(options.source, sources().join(QLatin1String(", ")))};
    const auto id = m_rows.caseIdOf(caseReference);
    if (!id)
        return id.error();

    auto source = EvidenceFile::openSource(path);
    if (source.failure != EvidenceFile::OpenFailure::None)
        return EvidenceMessages::openFailure(source.failure, source.sysErrno, name);
    if (source.size == 0)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "EvidenceStore", "The file \"%1\" is empty (0 bytes): there is nothing to attach.")
                .arg(name)};
    if (inServer())
        return attachToServer(caseReference, id.value(), name, source.fd.get(), source.size,
            source.modified, options, progress);
    if (auto s = ensureStoreFolders(); !s)
        return s.error();

    QByteArray tempName = QFile::encodeName(m_root + QStringLiteral("/tmp/import-XXXXXX"));
    FileDescriptor temp(::mkostemp(tempName.data(), O_CLOEXEC));
    if (!temp.isValid())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStore", "The evidence store cannot be written: %1. Nothing was stored.")
                .arg(EvidenceMessages::systemError(errno))};
    auto removeTemp = qScopeGuard([&tempName] { ::unlink(tempName.constData()); });
    // A checker must not mistake this file for a leftover while it is being written: the mark
    // (an flock) stays with this duplicate until attach() returns, after the rename.
    StoreLock::markBeingWritten(temp.get());
    const FileDescriptor tempMark(::dup(temp.get()));

    // One pass: read, hash the plaintext, (seal,) write.
    const auto copied = m_keys.isSealed()
        ? EvidenceFile::copySealed(source.fd.get(), temp.get(), m_keys.contentKey(), source.size,
            source.modified, progress)
        : EvidenceFile::copy(source.fd.get(), temp.get(), source.size, source.modified, progress);
    source.fd.close();
    if (copied.failure != EvidenceFile::CopyFailure::None)
        return EvidenceMessages::copyFailure(copied, name);
    if (::fchmod(temp.get(), S_IRUSR) != 0 || !temp.close())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStore", "Writing the copy of \"%1\" failed: %2. Nothing was stored.")
                .arg(name, EvidenceMessages::systemError(errno))};

    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(name, copied.head);
    // The photo's own clock when it has one; else the file's modification time, which says only
    // when the file was last written (a copy or a messaging app may have changed it), and is
    // labelled so wherever it is shown.
    QDateTime captured;
    CaptureOrigin capturedOrigin = CaptureOrigin::Unknown;
    if (mime.inherits(QStringLiteral("image/jpeg"))) {
        captured = ExifDate::dateTimeOriginal(copied.head);
        if (captured.isValid())
            capturedOrigin = CaptureOrigin::Camera;
    }
    if (!captured.isValid() && source.modified.isValid()) {
        captured = source.modified;
        capturedOrigin = CaptureOrigin::FileModified;
    }

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto onCase = m_rows.withHash(id.value(), copied.sha256, false);
    if (!onCase)
        return onCase.error();

    // Place the bytes while holding the write lock: every writer of the store holds it, so the
    // existence check and the rename cannot interleave with another attach or a removal. The
    // store lock keeps a checker (verify) from seeing the file before its row is committed.
    const StoreLock placing(m_root, StoreLock::Mode::Exclusive);
    PlacedFile placed;
    if (!placed.place(tempName, filePath(copied.sha256), m_root))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("EvidenceStore",
                "\"%1\" could not be placed in the evidence store: %2. Nothing was stored.")
                .arg(name, EvidenceMessages::systemError(errno))};
    if (placed.isNew())
        removeTemp.dismiss();

    AttachResult result;
    for (const auto &existing : onCase.value()) {
        if (existing.inStore) {
            // The same bytes are on this case already: report it, store nothing new (placing the
            // file above only restores it if it had gone missing).
            result.outcome = AttachResult::Outcome::AlreadyAttached;
            result.evidence = existing;
            placed.keep();
            return result;
        }
    }

    qint64 evidenceId = 0;
    if (!onCase->isEmpty()) {
        // Metadata that arrived without its file (an interchange import): the file completes it.
        evidenceId = onCase->constFirst().item.id;
        if (auto s = m_rows.completeFile(evidenceId, copied.size, mime.name()); !s)
            return s.error();
        result.outcome = AttachResult::Outcome::FileAdded;
    } else {
        NewEvidenceRow row;
        row.caseId = id.value();
        row.item.originalName = name;
        row.item.mediaType = mime.name();
        row.item.sizeBytes = copied.size;
        row.item.sha256 = copied.sha256;
        row.item.capturedAt = captured;
        row.item.capturedOrigin = capturedOrigin;
        row.item.addedBy = m_actor;
        row.item.description = options.description;
        row.item.source = options.source;
        const auto inserted = m_rows.insertStored(row);
        if (!inserted)
            return inserted.error();
        evidenceId = inserted.value();
        result.outcome = AttachResult::Outcome::Added;
    }
    const QString detail = result.outcome == AttachResult::Outcome::FileAdded
        ? QStringLiteral("file added to imported details")
        : placed.isNew() ? QStringLiteral("new file")
                         : QStringLiteral("bytes already in the store");
    if (auto s = m_custody.record(evidenceId, caseReference, copied.sha256,
            QStringLiteral("import"), copied.sha256, detail);
        !s)
        return s.error();
    auto stored = commitNewItem(tx, placed, evidenceId, QStringLiteral("evidence.attach"),
        caseReference, QStringLiteral("1 file"));
    if (!stored)
        return stored.error();
    qCInfo(lcEvidence) << "attached evidence" << evidenceId << "bytes" << copied.size;
    result.evidence = stored.value();
    return result;
}

Result<StoredEvidence> EvidenceStore::commitNewItem(WriteTransaction &tx, PlacedFile &placed,
    qint64 evidenceId, const QString &auditAction, const QString &caseReference,
    const QString &auditDetail)
{
    if (auto s = AuditLog(m_db, m_actor).record(auditAction, caseReference, auditDetail); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    placed.keep();
    return item(evidenceId);
}

Result<QList<StoredEvidence>> EvidenceStore::items(const QString &caseReference)
{
    const auto id = m_rows.caseIdOf(caseReference);
    if (!id)
        return id.error();
    return m_rows.forCase(id.value());
}

Result<StoredEvidence> EvidenceStore::item(qint64 evidenceId)
{
    return m_rows.find(evidenceId);
}

Result<OpenedEvidence> EvidenceStore::open(
    qint64 evidenceId, qint64 keepBytes, const EvidenceProgress &progress)
{
    const auto stored = item(evidenceId);
    if (!stored)
        return stored.error();
    const QString name = EvidenceNames::displayName(stored->item.originalName);
    if (!stored->inStore)
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("EvidenceStore",
                "\"%1\" has no file in the evidence store: only its details were imported.")
                .arg(name)};
    if (inServer()) {
        if (auto s = officeKeyReady(); !s)
            return s.error();
    }
    StoredFile::ReadOptions options;
    options.keep = keepBytes;
    auto read = readStored(stored.value(), options, progress);
    QString observed;
    QString detail = QStringLiteral("missing");
    if (read.opened()) {
        if (read.copy.failure == EvidenceFile::CopyFailure::Cancelled)
            return EvidenceMessages::copyFailure(read.copy, name);
        observed = read.copy.sha256;
        detail
            = read.intact(stored->item.sha256) ? QStringLiteral("ok") : QStringLiteral("changed");
    }
    if (auto s = m_custody.record(evidenceId, stored->caseReference, stored->item.sha256,
            QStringLiteral("view"), observed, detail);
        !s)
        return s.error();
    if (detail == QLatin1String("missing"))
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "EvidenceStore", "The file of \"%1\" is missing from the evidence store.")
                .arg(name)};
    if (detail == QLatin1String("changed"))
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate("EvidenceStore",
                "The file of \"%1\" has changed since it was attached: its SHA-256 no longer "
                "matches.")
                .arg(name)};
    OpenedEvidence opened;
    opened.complete = read.kept.size() >= read.copy.size;
    opened.content = std::move(read.kept);
    opened.inServer = inServer();
    if (!m_keys.isSealed())
        opened.path = filePath(stored->item.sha256);
    return opened;
}

Status EvidenceStore::remove(qint64 evidenceId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore",
                "Give a reason for removing evidence: it is kept in the chain of custody.")};
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto stored = item(evidenceId);
    if (!stored)
        return stored.error();
    if (auto s = m_custody.record(evidenceId, stored->caseReference, stored->item.sha256,
            QStringLiteral("remove"), QString(), reason.trimmed());
        !s)
        return s;
    if (auto s = m_rows.remove(evidenceId); !s)
        return s;
    if (auto s = AuditLog(m_db, m_actor)
                     .record(QStringLiteral("evidence.remove"), stored->caseReference,
                         QStringLiteral("1 file"));
        !s)
        return s;
    if (inServer())
        return tx.commit(); // its rows in evidence_chunks went with the item's row

    const auto stillUsed = m_rows.isHashStored(stored->item.sha256);
    if (!stillUsed)
        return stillUsed.error();

    // Move the file aside under the lock, delete it only once the removal is committed, and put it
    // back if the commit fails: the store and the database never disagree.
    const QString target = filePath(stored->item.sha256);
    // Named after the file, not the hash: a sealed store never shows a SHA-256.
    const QString aside = m_root + QStringLiteral("/tmp/removed-")
        + QString(storedName(stored->item.sha256)).remove(QLatin1Char('/'));
    // Held until the file is gone after the commit, so a checker never sees it aside.
    const StoreLock removing(m_root, StoreLock::Mode::Exclusive);
    const bool moveAside
        = stored->inStore && !stillUsed.value() && PlacedFile::existsNoFollow(target);
    if (moveAside
        && ::rename(QFile::encodeName(target).constData(), QFile::encodeName(aside).constData())
            != 0)
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStore", "The file could not be removed from the evidence store: %1")
                .arg(EvidenceMessages::systemError(errno))};
    if (auto s = tx.commit(); !s) {
        if (moveAside)
            ::rename(QFile::encodeName(aside).constData(), QFile::encodeName(target).constData());
        return s;
    }
    if (moveAside) {
        ::unlink(QFile::encodeName(aside).constData());
        EvidenceFile::syncDirectory(QFileInfo(target).absolutePath());
    }
    return {};
}

Status EvidenceStore::releaseFiles(const QStringList &sha256s)
{
    if (sha256s.isEmpty() || inServer())
        return {};
    for (const auto &sha : sha256s) {
        if (!Sha256::isValidHex(sha))
            continue;
        const auto used = m_rows.isHashStored(sha);
        if (!used)
            return used.error();
        const QString path = filePath(sha);
        if (!used.value() && PlacedFile::existsNoFollow(path)
            && ::unlink(QFile::encodeName(path).constData()) == 0)
            EvidenceFile::syncDirectory(QFileInfo(path).absolutePath());
    }
    return {};
}

Status EvidenceStore::updateDetails(qint64 evidenceId, const QString &description,
    const QString &source, const QDateTime &capturedAt)
{
    if (!source.isEmpty() && !sources().contains(source))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore", "Unknown source \"%1\". Use one of: %2.")
                .arg(source, sources().join(QLatin1String(", ")))};
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto stored = item(evidenceId);
    if (!stored)
        return stored.error();

    // Compared as stored (UTC, whole seconds), so an unchanged date never counts as an edit.
    const QVariant newCaptured = SqlValues::dateTime(capturedAt);
    const bool capturedChanged = newCaptured != SqlValues::dateTime(stored->item.capturedAt);
    // A date already stored (a camera clock set wrong) is kept when other details are corrected.
    if (capturedChanged && capturedAt.isValid() && capturedAt > QDateTime::currentDateTimeUtc())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStore",
                "The date captured is in the future. Give a date and time that have passed, or "
                "leave it unknown.")};
    QStringList changed;
    if (description != stored->item.description)
        changed.append(QStringLiteral("description"));
    if (source != stored->item.source)
        changed.append(QStringLiteral("source"));
    if (capturedChanged)
        changed.append(QStringLiteral("date captured"));
    if (changed.isEmpty())
        return {};

    // A date the caseworker changed is theirs, whatever clock it came from before.
    const CaptureOrigin origin
        = capturedChanged ? CaptureOrigin::Caseworker : stored->item.capturedOrigin;
    if (auto s = m_rows.updateDetails(evidenceId, description, source, capturedAt, origin); !s)
        return s;
    // Field names only: the custody log and the audit log never hold what was written.
    const QString fields = changed.join(QLatin1String(", "));
    if (auto s = m_custody.record(evidenceId, stored->caseReference, stored->item.sha256,
            QStringLiteral("edit"), QString(), QStringLiteral("details edited: ") + fields);
        !s)
        return s;
    if (auto s = AuditLog(m_db, m_actor)
                     .record(QStringLiteral("evidence.edit"), stored->caseReference,
                         QStringLiteral("1 file: ") + fields);
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    qCInfo(lcEvidence) << "edited the details of evidence" << evidenceId;
    return {};
}

} // namespace td
