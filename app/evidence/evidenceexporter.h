#pragma once

#include "common/result.h"
#include "evidenceprogress.h"

#include <QStringList>

namespace td {

class Database;

/// What an export hands over besides the files' content. Both are off by default; turning one on
/// is a deliberate choice, recorded in the audit log.
struct EvidenceExportOptions
{
    bool includeMetadata = false; ///< copies as stored, with EXIF (GPS, author), XMP, PDF info
    bool includeOriginalNames = false; ///< file names and the manifest keep the original names
};

/// What an evidence export wrote.
struct EvidenceExportReport
{
    QString folder;
    int filesWritten = 0;
    int metadataOnly = 0; ///< items listed in the manifest without a file (imported details only)
    QStringList problems; ///< items whose stored file was changed or missing: listed, not copied
    int metadataRemoved = 0; ///< copies handed over without the metadata their original carries
    int metadataNotRemovable = 0; ///< copies of kinds whose metadata TrustDesk cannot remove
    bool ok() const { return problems.isEmpty(); }
};

/// Copies a case's evidence into a new or empty folder for a lawyer, with manifest.json,
/// manifest.txt and SHA256SUMS (names, hashes, sizes and the chain of custody). Each file is
/// re-hashed while it is copied; a file that no longer matches is not handed over. Every copied
/// item gets an "export" custody event. Unless the options say otherwise, the copies leave
/// without metadata (exportcleaner.h) and are named by case and item number, and the manifest
/// withholds the original names.
class EvidenceExporter
{
public:
    EvidenceExporter(Database &db, QString actor);

    Result<EvidenceExportReport> exportCase(const QString &caseReference, const QString &folder,
        const EvidenceProgress &progress = {}, const EvidenceExportOptions &options = {});

private:
    Database &m_db;
    QString m_actor;
};

} // namespace td
