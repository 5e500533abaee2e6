#include "evidencestorecopy.h"

#include "evidencefile.h"
#include "evidencekeys.h"
#include "evidencelogging.h"
#include "evidencemessages.h"
#include "evidencenames.h"
#include "evidencestore.h"
#include "sha256.h"
#include "storage/database.h"
#include "storage/evidencerepository.h"
#include "storedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td::EvidenceStoreCopy {
namespace {

// One distinct file and the items that hold it (for naming them in a problem).
struct DistinctFile
{
    QString sha256;
    qint64 size = 0;
    QList<const StoredEvidence *> holders;
};

QList<DistinctFile> distinctFiles(const QList<StoredEvidence> &rows)
{
    QList<DistinctFile> files;
    QHash<QString, qsizetype> index;
    for (const auto &row : rows) {
        const auto it = index.constFind(row.item.sha256);
        if (it != index.cend()) {
            files[*it].holders.append(&row);
            continue;
        }
        index.insert(row.item.sha256, files.size());
        files.append(DistinctFile {row.item.sha256, row.item.sizeBytes, {&row}});
    }
    return files;
}

// `sentence` names the item: it gets the case reference and the item's display name.
template<typename Sentence>
void addProblems(const DistinctFile &file, Sentence sentence, EvidenceCopyReport &report)
{
    for (const auto *row : file.holders)
        report.problems.append(
            sentence(row->caseReference, EvidenceNames::displayName(row->item.originalName)));
}

void reportMissing(const DistinctFile &file, const QString &path, EvidenceCopyReport &report)
{
    report.missing.append(file.sha256);
    addProblems(
        file,
        [&](const QString &reference, const QString &name) {
            return QCoreApplication::translate(
                "EvidenceStoreCopy", "Case %1: evidence \"%2\" is missing (expected at %3).")
                .arg(reference, name, path);
        },
        report);
}

// A file that is there but cannot be vouched for: it no longer matches its hash, or cannot be read.
template<typename Sentence>
void reportChanged(const DistinctFile &file, Sentence sentence, EvidenceCopyReport &report)
{
    report.changed.append(file.sha256);
    addProblems(file, sentence, report);
}

Error writeFailed(int sysErrno)
{
    if (sysErrno == ENOSPC || sysErrno == EDQUOT)
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "EvidenceStoreCopy", "The disk is full: the evidence could not be copied.")};
    return Error {ErrorKind::Io,
        QCoreApplication::translate("EvidenceStoreCopy", "The evidence could not be copied: %1")
            .arg(EvidenceMessages::systemError(sysErrno))};
}

} // namespace

Result<QList<StoredEvidence>> storedRows(Database &db)
{
    if (db.schemaVersion() < 2)
        return QList<StoredEvidence>();
    return EvidenceRepository(db).stored();
}

Result<EvidenceCopyReport> copy(const QList<StoredEvidence> &rows, const EvidenceKeys &keys,
    const QString &sourceRoot, const QString &destinationRoot, const EvidenceProgress &progress)
{
    return copyInto(rows, keys, sourceRoot, keys, destinationRoot, progress);
}

Result<EvidenceCopyReport> copyInto(const QList<StoredEvidence> &rows,
    const EvidenceKeys &sourceKeys, const QString &sourceRoot, const EvidenceKeys &destinationKeys,
    const QString &destinationRoot, const EvidenceProgress &progress)
{
    const QList<DistinctFile> files = distinctFiles(rows);
    qint64 total = 0;
    for (const auto &file : files)
        total += file.size;

    EvidenceCopyReport report;
    QSet<QString> folders;
    qint64 doneBefore = 0;
    for (const auto &file : files) {
        const qint64 base = doneBefore;
        doneBefore += file.size;
        const QString relative = destinationKeys.relativePath(file.sha256);
        const QString sourcePath
            = sourceRoot + QLatin1Char('/') + sourceKeys.relativePath(file.sha256);
        if (!Sha256::isValidHex(file.sha256)) {
            reportMissing(file, sourcePath, report); // no such name can be in a store
            continue;
        }
        const auto fileProgress
            = [&](qint64 done, qint64) { return !progress || progress(base + done, total); };
        // Sealing a plaintext store (a conversion) needs the source open before the target.
        auto plainSource = !sourceKeys.isSealed() && destinationKeys.isSealed()
            ? EvidenceFile::openSource(sourcePath)
            : EvidenceFile::OpenedSource {};
        const auto openFailure = [&] {
            if (!sourceKeys.isSealed() && destinationKeys.isSealed())
                return plainSource.failure;
            // Only looked at (lstat), so a missing file is told apart before a target exists.
            struct stat st
            {
            };
            if (::lstat(QFile::encodeName(sourcePath).constData(), &st) != 0)
                return errno == ENOENT || errno == ENOTDIR ? EvidenceFile::OpenFailure::Missing
                                                           : EvidenceFile::OpenFailure::Unreadable;
            if (S_ISLNK(st.st_mode))
                return EvidenceFile::OpenFailure::SymbolicLink;
            if (S_ISDIR(st.st_mode))
                return EvidenceFile::OpenFailure::Directory;
            return S_ISREG(st.st_mode) ? EvidenceFile::OpenFailure::None
                                       : EvidenceFile::OpenFailure::NotRegular;
        }();
        if (openFailure == EvidenceFile::OpenFailure::Missing) {
            reportMissing(file, sourcePath, report);
            continue;
        }
        if (openFailure != EvidenceFile::OpenFailure::None) {
            const bool unreadable = openFailure == EvidenceFile::OpenFailure::Unreadable;
            reportChanged(
                file,
                [&](const QString &reference, const QString &name) {
                    return unreadable ? QCoreApplication::translate(
                               "EvidenceStoreCopy", "Case %1: evidence \"%2\" cannot be read (%3).")
                                            .arg(reference, name, sourcePath)
                                      : QCoreApplication::translate("EvidenceStoreCopy",
                                          "Case %1: evidence \"%2\" cannot be checked: a link or "
                                          "folder is in its place (%3).")
                                            .arg(reference, name, sourcePath);
                },
                report);
            continue;
        }

        FileDescriptor target;
        QByteArray targetName;
        if (!destinationRoot.isEmpty()) {
            const QString folder = destinationRoot + QLatin1Char('/') + relative.left(2);
            if (!EvidenceFile::makeOwnerOnlyPath(folder))
                return writeFailed(errno);
            folders.insert(folder);
            targetName = QFile::encodeName(destinationRoot + QLatin1Char('/') + relative);
            target = FileDescriptor(::open(targetName.constData(),
                O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR));
            if (!target.isValid())
                return writeFailed(errno);
        }
        EvidenceFile::CopyResult copied;
        if (!sourceKeys.isSealed() && destinationKeys.isSealed()) {
            copied = target.isValid() ? EvidenceFile::copySealed(plainSource.fd.get(), target.get(),
                         destinationKeys.contentKey(), plainSource.size, plainSource.modified,
                         fileProgress)
                                      : EvidenceFile::copy(plainSource.fd.get(), -1,
                                          plainSource.size, plainSource.modified, fileProgress);
            plainSource.fd.close();
        } else {
            // Same kind: the stored bytes as they are (a sealed file stays sealed), checked by
            // decrypting and hashing them on the way; sealed to plaintext: decrypted.
            StoredFile::ReadOptions options;
            if (target.isValid()) {
                if (sourceKeys.isSealed() == destinationKeys.isSealed())
                    options.rawOut = target.get();
                else
                    options.plainOut = target.get();
            }
            auto read
                = StoredFile::read(sourceKeys, sourcePath, file.sha256, options, fileProgress);
            if (!read.opened()) {
                // Changed between the look and the open: gone (as if never found) or unreadable.
                if (target.isValid())
                    ::unlink(targetName.constData());
                if (read.openFailure == EvidenceFile::OpenFailure::Missing) {
                    reportMissing(file, sourcePath, report);
                } else {
                    reportChanged(
                        file,
                        [&](const QString &reference, const QString &name) {
                            return QCoreApplication::translate("EvidenceStoreCopy",
                                "Case %1: evidence \"%2\" cannot be read (%3).")
                                .arg(reference, name, sourcePath);
                        },
                        report);
                }
                continue;
            }
            copied = std::move(read.copy);
        }
        switch (copied.failure) {
        case EvidenceFile::CopyFailure::Cancelled:
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate(
                    "EvidenceStoreCopy", "Copying the evidence was canceled.")};
        case EvidenceFile::CopyFailure::Write:
        case EvidenceFile::CopyFailure::DiskFull:
            return writeFailed(copied.sysErrno);
        case EvidenceFile::CopyFailure::None:
            break;
        case EvidenceFile::CopyFailure::Vanished:
            // Deleted while read (a removal in another window): missing, like a file never found.
            report.missing.append(file.sha256);
            addProblems(
                file,
                [&](const QString &reference, const QString &name) {
                    return QCoreApplication::translate("EvidenceStoreCopy",
                        "Case %1: evidence \"%2\" was deleted while it was being read (%3).")
                        .arg(reference, name, sourcePath);
                },
                report);
            if (target.isValid())
                ::unlink(targetName.constData());
            continue;
        default: {
            // A read error, the file changing while read, or a sealed file that does not decrypt:
            // it cannot be vouched for.
            if (copied.failure == EvidenceFile::CopyFailure::Damaged) {
                reportChanged(
                    file,
                    [&](const QString &reference, const QString &name) {
                        return QCoreApplication::translate("EvidenceStoreCopy",
                            "Case %1: evidence \"%2\" is damaged: it does not decrypt, so it was "
                            "changed, cut short, extended or replaced (%3).")
                            .arg(reference, name, sourcePath);
                    },
                    report);
                if (target.isValid())
                    ::unlink(targetName.constData());
                continue;
            }
            const bool unreadable = copied.failure == EvidenceFile::CopyFailure::Read;
            reportChanged(
                file,
                [&](const QString &reference, const QString &name) {
                    return unreadable
                        ? QCoreApplication::translate("EvidenceStoreCopy",
                            "Case %1: evidence \"%2\" cannot be read to the end (%3).")
                              .arg(reference, name, sourcePath)
                        : QCoreApplication::translate("EvidenceStoreCopy",
                            "Case %1: evidence \"%2\" changed while it was being read (%3).")
                              .arg(reference, name, sourcePath);
                },
                report);
            if (target.isValid())
                ::unlink(targetName.constData());
            continue;
        }
        }
        if (copied.sha256 != file.sha256) {
            reportChanged(
                file,
                [&](const QString &reference, const QString &name) {
                    return QCoreApplication::translate("EvidenceStoreCopy",
                        "Case %1: evidence \"%2\" has CHANGED since it was attached: SHA-256 %3 "
                        "expected, %4 found.")
                        .arg(reference, name, file.sha256, copied.sha256);
                },
                report);
            if (target.isValid())
                ::unlink(targetName.constData());
            continue;
        }
        if (target.isValid() && (::fchmod(target.get(), S_IRUSR) != 0 || !target.close()))
            return writeFailed(errno);
        ++report.files;
    }
    for (const auto &folder : std::as_const(folders))
        EvidenceFile::syncDirectory(folder);
    if (!destinationRoot.isEmpty())
        EvidenceFile::syncDirectory(destinationRoot);
    qCInfo(lcEvidence) << "evidence files copied or checked" << report.files << "missing"
                       << report.missing.size() << "changed" << report.changed.size();
    return report;
}

} // namespace td::EvidenceStoreCopy
