#include "evidenceexporter.h"

#include "domain/casetextredactor.h"
#include "domain/redactionpolicy.h"
#include "evidencefile.h"
#include "evidencemanifest.h"
#include "evidencemessages.h"
#include "evidencenames.h"
#include "evidencestore.h"
#include "exportcleaner.h"
#include "redactedorder.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

#include <cerrno>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

Status writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {ErrorKind::Io,
            QCoreApplication::translate("EvidenceExporter", "\"%1\" could not be written: %2")
                .arg(QFileInfo(path).fileName(), file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

EvidenceExporter::EvidenceExporter(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Result<EvidenceExportReport> EvidenceExporter::exportCase(const QString &caseReference,
    const QString &folder, const EvidenceProgress &progress, const EvidenceExportOptions &options)
{
    EvidenceStore store(m_db, m_actor);
    if (auto s = store.officeKeyReady(); !s)
        return s.error();
    const auto stored = store.items(caseReference);
    if (!stored)
        return stored.error();
    // A redacted copy is offered first, right before its original (docs/redaction.md).
    const Result<QList<StoredEvidence>> items = redactedCopiesFirst(stored.value());

    EvidenceExportReport report;
    report.folder = QFileInfo(folder).absoluteFilePath();
    const QFileInfo target(report.folder);
    if (target.isSymLink())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceExporter",
                "The export folder \"%1\" is a symbolic link. Choose a real folder.")
                .arg(report.folder)};
    if (target.exists() && !target.isDir())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceExporter", "\"%1\" exists and is not a folder.")
                .arg(report.folder)};
    if (target.exists()
        && !QDir(report.folder)
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceExporter",
                "The folder \"%1\" is not empty. Export into a new or empty folder so nothing is "
                "overwritten.")
                .arg(report.folder)};
    if (!EvidenceFile::makeOwnerOnlyPath(report.folder))
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceExporter", "The folder \"%1\" could not be created.")
                .arg(report.folder)};

    qint64 total = 0;
    for (const auto &e : items.value())
        total += e.inStore ? e.item.sizeBytes : 0;
    qint64 doneBefore = 0;

    QList<ManifestEntry> entries;
    int index = 0;
    for (const auto &e : items.value()) {
        ManifestEntry entry;
        entry.evidence = e;
        const QString name = EvidenceNames::displayName(e.item.originalName);
        if (!e.inStore) {
            entry.status = ManifestEntry::Status::MetadataOnly;
            ++report.metadataOnly;
            entries.append(entry);
            continue;
        }
        QByteArray tempName = QFile::encodeName(report.folder + QStringLiteral("/.partial-XXXXXX"));
        FileDescriptor out(::mkostemp(tempName.data(), O_CLOEXEC));
        if (!out.isValid())
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "EvidenceExporter", "The export folder cannot be written: %1")
                    .arg(EvidenceMessages::systemError(errno))};
        auto removeTemp = qScopeGuard([&tempName] { ::unlink(tempName.constData()); });
        const qint64 base = doneBefore;
        // The plaintext goes straight into the export folder: a sealed file is decrypted chunk by
        // chunk on the way, and what it wrote is deleted unless the whole file checks out.
        StoredFile::ReadOptions readOptions;
        readOptions.plainOut = out.get();
        const auto read = store.readStored(e, readOptions,
            [&](qint64 done, qint64) { return !progress || progress(base + done, total); });
        if (!read.opened()) {
            doneBefore += e.item.sizeBytes;
            entry.status = ManifestEntry::Status::Missing;
            report.problems.append(QCoreApplication::translate("EvidenceExporter",
                "Evidence \"%1\" is missing from the evidence store and was not exported.")
                                       .arg(name));
            entries.append(entry);
            continue;
        }
        ++index;
        const auto &copied = read.copy;
        doneBefore += e.item.sizeBytes;
        if (copied.failure == EvidenceFile::CopyFailure::Cancelled
            || copied.failure == EvidenceFile::CopyFailure::DiskFull
            || copied.failure == EvidenceFile::CopyFailure::Write) {
            auto error = EvidenceMessages::copyFailure(copied, name);
            error.message
                = QCoreApplication::translate("EvidenceExporter", "The export stopped: %1")
                      .arg(error.message);
            return error;
        }
        entry.observedSha256 = copied.sha256;
        if (copied.failure != EvidenceFile::CopyFailure::None || copied.sha256 != e.item.sha256) {
            entry.status = ManifestEntry::Status::Changed;
            report.problems.append(QCoreApplication::translate("EvidenceExporter",
                "Evidence \"%1\" has CHANGED since it was attached (SHA-256 mismatch) and was not "
                "exported.")
                                       .arg(name));
            entries.append(entry);
            continue;
        }
        if (::fchmod(out.get(), S_IRUSR) != 0 || !out.close())
            return Error {ErrorKind::Io,
                QCoreApplication::translate("EvidenceExporter", "\"%1\" could not be written: %2")
                    .arg(name, EvidenceMessages::systemError(errno))};
        // Unless a person chose to include it, the copy leaves without its metadata (GPS,
        // author, camera, comments, PDF information); a copy that cannot be cleaned stays here.
        CleanedCopy cleaned;
        if (options.includeMetadata) {
            cleaned.metadata = CleanedCopy::Metadata::Kept;
            cleaned.suffix = plainSuffix(name);
            cleaned.sha256 = copied.sha256;
        } else {
            auto result = cleanExportedCopy(QFile::decodeName(tempName), name);
            if (!result) {
                if (result.error().kind == ErrorKind::Io)
                    return result.error();
                entry.status = ManifestEntry::Status::NotCleaned;
                report.problems.append(
                    QCoreApplication::translate("EvidenceExporter", "Evidence \"%1\": %2")
                        .arg(options.includeOriginalNames
                                ? name
                                : QCoreApplication::translate("EvidenceExporter", "item %1")
                                      .arg(index),
                            result.error().message));
                entries.append(entry);
                continue;
            }
            cleaned = result.value();
        }
        const QString fileName = options.includeOriginalNames
            ? EvidenceNames::exportFileName(index, name)
            : EvidenceNames::neutralExportFileName(
                caseReference, index, cleaned.suffix, e.isRedactedCopy());
        const QString finalPath = report.folder + QLatin1Char('/') + fileName;
        if (::rename(tempName.constData(), QFile::encodeName(finalPath).constData()) != 0)
            return Error {ErrorKind::Io,
                QCoreApplication::translate("EvidenceExporter", "\"%1\" could not be written: %2")
                    .arg(fileName, EvidenceMessages::systemError(errno))};
        removeTemp.dismiss();
        entry.fileName = fileName;
        entry.status = ManifestEntry::Status::Exported;
        entry.exportedSha256 = cleaned.sha256;
        entry.metadataRemoved = cleaned.removed;
        entry.metadata = static_cast<ManifestEntry::Metadata>(cleaned.metadata);
        report.metadataRemoved += cleaned.metadata == CleanedCopy::Metadata::Removed ? 1 : 0;
        report.metadataNotRemovable
            += cleaned.metadata == CleanedCopy::Metadata::NotRemovable ? 1 : 0;
        ++report.filesWritten;
        entries.append(entry);
    }
    EvidenceFile::syncDirectory(report.folder);

    {
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        for (const auto &entry : std::as_const(entries)) {
            if (entry.status == ManifestEntry::Status::MetadataOnly)
                continue;
            const QString detail = entry.status == ManifestEntry::Status::Exported
                ? (entry.metadata == ManifestEntry::Metadata::Removed
                        ? QStringLiteral("ok, metadata removed from the copy")
                        : entry.metadata == ManifestEntry::Metadata::Kept
                        ? QStringLiteral("ok, metadata included")
                        : QStringLiteral("ok"))
                : entry.status == ManifestEntry::Status::Changed
                ? QStringLiteral("changed, not exported")
                : entry.status == ManifestEntry::Status::NotCleaned
                ? QStringLiteral("metadata could not be removed, not exported")
                : QStringLiteral("missing, not exported");
            if (auto s = store.custodyLog().record(entry.evidence.item.id, caseReference,
                    entry.evidence.item.sha256, QStringLiteral("export"), entry.observedSha256,
                    detail);
                !s)
                return s.error();
        }
        if (auto s
            = AuditLog(m_db, m_actor)
                  .record(QStringLiteral("evidence.export"), caseReference,
                      QStringLiteral("%1 files%2%3")
                          .arg(report.filesWritten)
                          .arg(options.includeMetadata ? QStringLiteral(", metadata included")
                                                       : QString())
                          .arg(options.includeOriginalNames
                                  ? QStringLiteral(", original names included")
                                  : QString()));
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }

    // Descriptions are free text: a withheld value written there (an A-number, a
    // phone) is masked as in a report or `export` (docs/redaction.md). The stored text is kept.
    auto caseFile = CaseRepository(m_db, m_actor).loadByReference(caseReference);
    if (!caseFile)
        return caseFile.error();
    const CaseTextRedactor redactor(caseFile.value(), RedactionPolicy());
    for (auto &entry : entries) {
        EvidenceItem &item = entry.evidence.item;
        item.description = redactor.redact(item.description, QString(), nullptr);
    }

    auto custody = store.custodyLog().forCase(caseReference);
    if (!custody)
        return custody.error();
    EvidenceManifest manifest(caseReference, m_actor, QDateTime::currentDateTimeUtc(), entries,
        custody.value(), options.includeOriginalNames);
    const QDir dir(report.folder);
    for (const auto &[fileName, bytes] :
        {std::pair {QStringLiteral("manifest.json"), manifest.json()},
            std::pair {QStringLiteral("manifest.txt"), manifest.text()},
            std::pair {QStringLiteral("SHA256SUMS"), manifest.sha256sums()}}) {
        if (auto s = writeOwnerOnly(dir.filePath(fileName), bytes); !s)
            return s.error();
    }
    return report;
}

} // namespace td
