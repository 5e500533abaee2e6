#pragma once

#include "common/result.h"
#include "evidenceprogress.h"

#include <QStringList>

namespace td {

class Database;

/// What an evidence export wrote.
struct EvidenceExportReport
{
    QString folder;
    int filesWritten = 0;
    int metadataOnly = 0; ///< items listed in the manifest without a file (imported details only)
    QStringList problems; ///< items whose stored file was changed or missing: listed, not copied
    bool ok() const { return problems.isEmpty(); }
};

/// Copies a case's evidence into a new or empty folder for a lawyer, with manifest.json,
/// manifest.txt and SHA256SUMS (names, hashes, sizes and the chain of custody). Each file is
/// re-hashed while it is copied; a file that no longer matches is not handed over. Every copied
/// item gets an "export" custody event.
class EvidenceExporter
{
public:
    EvidenceExporter(Database &db, QString actor);

    Result<EvidenceExportReport> exportCase(
        const QString &caseReference, const QString &folder, const EvidenceProgress &progress = {});

private:
    Database &m_db;
    QString m_actor;
};

} // namespace td
