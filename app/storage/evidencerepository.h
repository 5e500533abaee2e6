#pragma once

#include "common/result.h"
#include "evidence/storedevidence.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace td {

class Database;

/// A file placed in the evidence store, to be recorded as a new row: an attached file, or a
/// redacted copy of an item (`parentId`, and the RedactionRecord as JSON in `redaction`).
struct NewEvidenceRow
{
    qint64 caseId = 0;
    EvidenceItem item; ///< its id is ignored; addedAt invalid means now
    qint64 parentId = 0; ///< 0 for an original
    QString redaction;
};

/// The SQL of the evidence table (rows that point into the evidence store), for the store, its
/// verifier and the backup. Errors come back as values with a message for people. Reads are
/// ordered by id and joined with the case reference.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(Database &db);

    /// The id of the case with exactly this reference; NotFound otherwise.
    Result<qint64> caseIdOf(const QString &caseReference);

    Result<QList<StoredEvidence>> forCase(qint64 caseId);
    /// NotFound when there is no such item.
    Result<StoredEvidence> find(qint64 evidenceId);
    /// The items of a case holding these bytes; with `storedOnly`, only those whose file was
    /// attached (not metadata an import brought without its file).
    Result<QList<StoredEvidence>> withHash(qint64 caseId, const QString &sha256, bool storedOnly);
    /// Every item whose file is in the store, on every case.
    Result<QList<StoredEvidence>> stored();
    /// Whether any item still holds these bytes in the store.
    Result<bool> isHashStored(const QString &sha256);
    /// The distinct hashes of the files a case holds in the store.
    Result<QStringList> storedHashesOfCase(qint64 caseId);

    /// Inserts a row whose file is in the store and returns its id (INSERT … RETURNING, so it
    /// works the same on PostgreSQL). Serves both an attach and a redacted copy.
    Result<qint64> insertStored(const NewEvidenceRow &row);
    /// Marks an item that arrived without its file (an interchange import) as now in the store;
    /// its media type is set only where it was not known.
    Status completeFile(qint64 evidenceId, qint64 sizeBytes, const QString &mediaType);
    /// What a person may correct: description, source, the date captured (invalid: not known)
    /// and where that date came from.
    Status updateDetails(qint64 evidenceId, const QString &description, const QString &source,
        const QDateTime &capturedAt, CaptureOrigin capturedOrigin);
    /// Deletes the row; its custody events stay (they name the item by id).
    Status remove(qint64 evidenceId);

private:
    Result<QList<StoredEvidence>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace td
