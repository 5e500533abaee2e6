#pragma once

#include "domain/custodyevent.h"
#include "storedevidence.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace td {

/// One item of an evidence export and what happened to it.
struct ManifestEntry
{
    enum class Status
    {
        Exported,
        MetadataOnly,
        Changed,
        Missing,
        NotCleaned, ///< its metadata could not be removed, so it was not handed over
    };
    enum class Metadata
    {
        Removed,
        NoneFound,
        Kept,
        NotRemovable,
    };
    StoredEvidence evidence;
    Status status = Status::MetadataOnly;
    QString fileName; ///< in the export folder; empty when no file was written
    QString observedSha256; ///< the hash computed while copying
    QString exportedSha256; ///< of the file as written (differs when metadata was removed)
    Metadata metadata = Metadata::NotRemovable;
    QStringList metadataRemoved;
};

/// The manifest of an evidence export: a JSON document for tools, a text for people and a
/// SHA256SUMS file that `sha256sum -c` checks.
class EvidenceManifest
{
public:
    EvidenceManifest(QString caseReference, QString exportedBy, QDateTime exportedAt,
        QList<ManifestEntry> entries, QList<CustodyEvent> custody, bool withOriginalNames = true);

    QByteArray json() const;
    QByteArray text() const;
    QByteArray sha256sums() const;

    static QString statusCode(ManifestEntry::Status status);
    static QString metadataCode(ManifestEntry::Metadata metadata);

private:
    QList<CustodyEvent> custodyOf(qint64 evidenceId) const;

    QString m_caseReference;
    QString m_exportedBy;
    QDateTime m_exportedAt;
    QList<ManifestEntry> m_entries;
    QList<CustodyEvent> m_custody;
    bool m_withOriginalNames = true;
};

} // namespace td
