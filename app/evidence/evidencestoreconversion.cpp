#include "evidencestoreconversion.h"

#include "evidencekeys.h"
#include "evidencelogging.h"
#include "evidencestore.h"
#include "evidencestorecopy.h"
#include "storage/database.h"
#include "storage/filemoves.h"
#include "storage/vaultconversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>
#include <cstdlib>

namespace td::EvidenceStoreConversion {
namespace {

Error problems(const QString &sentence, const EvidenceCopyReport &report)
{
    return Error {ErrorKind::Integrity,
        sentence + QLatin1Char('\n') + report.problems.join(QLatin1Char('\n'))};
}

QString stagingPrefix(const QString &target)
{
    return target + QStringLiteral(".sealing-");
}

} // namespace

Status encryptStore(
    Database &encryptedDb, const QString &plainStoreRoot, const EvidenceProgress &progress)
{
    if (!encryptedDb.isEncrypted())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStoreConversion",
                "The evidence can only be encrypted into an encrypted database.")};
    const EvidenceKeys keys = EvidenceKeys::of(encryptedDb);
    const QString target = EvidenceStore::rootFor(encryptedDb.path());
    if (QFileInfo(plainStoreRoot).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceStoreConversion",
                "The encrypted evidence store must be a new folder, not the plaintext one.")};
    const auto rows = EvidenceStoreCopy::storedRows(encryptedDb);
    if (!rows)
        return rows.error();
    qint64 total = 0;
    for (const auto &row : rows.value())
        total += row.item.sizeBytes;
    const auto half = [&](qint64 offset) {
        return [&progress, offset, total](
                   qint64 done, qint64) { return !progress || progress(offset + done, 2 * total); };
    };

    if (FileMoves::existsNoFollow(target)) {
        // Placed by an earlier run that was interrupted afterwards: done if it checks out.
        const auto checked
            = EvidenceStoreCopy::copy(rows.value(), keys, target, QString(), half(0));
        if (!checked)
            return checked.error();
        if (!checked->ok())
            return problems(QCoreApplication::translate("EvidenceStoreConversion",
                                "The encrypted evidence store \"%1\" already exists and does not "
                                "hold the evidence intact:")
                                .arg(target),
                checked.value());
        return {};
    }
    if (rows->isEmpty() && !FileMoves::existsNoFollow(plainStoreRoot))
        return {}; // no evidence: a store is made on the first attach

    // Staging folders of an interrupted run hold only sealed copies: start afresh.
    const QFileInfo targetInfo(target);
    const QDir parent = targetInfo.absoluteDir();
    for (const QString &name :
        parent.entryList({QFileInfo(stagingPrefix(target)).fileName() + QLatin1Char('*')},
            QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        FileMoves::removeTree(parent.filePath(name));

    QByteArray stagingName = QFile::encodeName(stagingPrefix(target) + QStringLiteral("XXXXXX"));
    if (!::mkdtemp(stagingName.data()))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("EvidenceStoreConversion",
                "The encrypted evidence store cannot be written beside the database: %1")
                .arg(qt_error_string(errno))};
    const QString staging = QFile::decodeName(stagingName);
    auto discard = qScopeGuard([&staging] { FileMoves::removeTree(staging); });

    const auto sealed = EvidenceStoreCopy::copyInto(
        rows.value(), EvidenceKeys(), plainStoreRoot, keys, staging, half(0));
    if (!sealed)
        return sealed.error();
    if (!sealed->ok())
        return problems(QCoreApplication::translate("EvidenceStoreConversion",
                            "The evidence was not encrypted, because files in the evidence store "
                            "are missing or have changed (run verify to check the whole store):"),
            sealed.value());
    // Read back from the disk what was written, before anything relies on it.
    const auto checked
        = EvidenceStoreCopy::copy(rows.value(), keys, staging, QString(), half(total));
    if (!checked)
        return checked.error();
    if (!checked->ok())
        return problems(
            QCoreApplication::translate("EvidenceStoreConversion",
                "The encrypted evidence did not read back intact, so it was discarded:"),
            checked.value());
    if (!FileMoves::renameNoReplace(staging, target))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("EvidenceStoreConversion",
                "The encrypted evidence store could not be put in place: %1")
                .arg(qt_error_string(errno))};
    discard.dismiss();
    FileMoves::sync(QFileInfo(target).absolutePath());
    qCInfo(lcEvidence) << "evidence store sealed:" << sealed->files << "files";
    return {};
}

Status sealForConversion(const QString &databasePath, const SecureKey &dataKey,
    const std::function<bool(int percent)> &progress)
{
    auto copy = Database::open(
        VaultConversion::stagingPath(databasePath), Database::OpenMode::ExistingOnly, dataKey);
    if (!copy)
        return copy.error();
    return encryptStore(**copy, EvidenceStore::rootFor(QFileInfo(databasePath).absoluteFilePath()),
        [&progress](qint64 done, qint64 total) {
            return !progress || progress(total > 0 ? int(100 * done / total) : 100);
        });
}

Status removePlainStore(const QString &plainStoreRoot)
{
    if (FileMoves::existsNoFollow(plainStoreRoot) && !FileMoves::removeTree(plainStoreRoot))
        return Error {ErrorKind::Io,
            QCoreApplication::translate("EvidenceStoreConversion",
                "The plaintext evidence store \"%1\" could not be deleted completely.")
                .arg(plainStoreRoot)};
    FileMoves::sync(QFileInfo(plainStoreRoot).absolutePath());
    return {};
}

} // namespace td::EvidenceStoreConversion
