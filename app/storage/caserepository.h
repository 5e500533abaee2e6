#pragma once

#include "auditlog.h"
#include "caseconflict.h"
#include "casequery.h"
#include "casereader.h"
#include "casewriter.h"
#include "common/result.h"
#include "domain/casefile.h"
#include "searchindex.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace td {

class Database;

/// The one way in and out for cases: every change is validated, saved in one transaction with
/// its search-index entry and its audit event, or not saved at all.
class CaseRepository
{
public:
    CaseRepository(Database &db, QString actor);

    /// Creates (id 0) or updates a case. Validation errors come back as BadInput naming the field.
    /// With `expectedRevision`, an update is refused (ErrorKind::Conflict, nothing written) when
    /// the stored case is no longer at that revision: someone else saved it meanwhile; the
    /// message says who and when, and lastConflict() holds the stored case to compare with.
    /// `auditDetail` goes with the audit event (a deliberate overwrite says so).
    Result<CaseFile> save(CaseFile caseFile, std::optional<qint64> expectedRevision = {},
        const QString &auditDetail = {});
    /// What the last save() refused as a conflict met; empty after any other outcome.
    const std::optional<CaseConflict> &lastConflict() const { return m_lastConflict; }
    /// The revision the last successful save() left the case at (read in its transaction).
    qint64 lastSavedRevision() const { return m_lastSavedRevision; }
    /// A case's revision: it grows with every save of the case or of a client it shares.
    Result<qint64> revision(qint64 id);
    /// A case and its revision, read in one snapshot (what an editor starts from).
    Result<std::pair<CaseFile, qint64>> loadWithRevision(qint64 id);
    /// Inserts many new cases in one transaction: all are stored, or none. Cases must be valid
    /// already (the importer validates with field paths); references must be free or empty.
    /// `auditAction` is recorded once per case.
    Result<QStringList> insertAll(QList<CaseFile> cases, const QString &auditAction);
    Status remove(qint64 id);
    /// Records one audit event per case reference, in one transaction (exports, bulk views).
    Status recordEach(
        const QString &action, const QStringList &references, const QString &detail = {});

    /// A whole case, read in one snapshot (never half of another process's save).
    Result<CaseFile> load(qint64 id);
    Result<CaseFile> loadByReference(const QString &reference);
    /// The references of these cases, in the same order.
    Result<QStringList> referencesOf(const QList<qint64> &ids);
    Result<qint64> idForReference(const QString &reference)
    {
        return m_reader.idForReference(reference);
    }
    Result<QList<CaseSummary>> page(const CaseQuery &query, qint64 beforeId, int limit)
    {
        return m_reader.page(query, beforeId, limit);
    }
    Result<QList<CaseSummary>> pageAfter(
        const CaseQuery &query, const CaseSummary *after, int limit)
    {
        return m_reader.pageAfter(query, after, limit);
    }
    Result<qint64> count(const CaseQuery &query) { return m_reader.count(query); }
    /// See CaseReader::countUpTo.
    Result<qint64> countUpTo(const CaseQuery &query, qint64 limit)
    {
        return m_reader.countUpTo(query, limit);
    }
    /// Ranked search (see SearchIndex::search), as summaries.
    Result<QList<CaseSummary>> search(const QString &text, int limit);
    Result<QStringList> existingReferences(const QStringList &references)
    {
        return m_writer.existing(references);
    }

    AuditLog &audit() { return m_audit; }

private:
    Status reindexCasesSharingClient(const CaseFile &caseFile);
    Status stampUpdatedBy(qint64 id);
    Result<qint64> lockedRevision(qint64 id);
    Result<CaseConflict> readConflict(qint64 id);

    Database &m_db;
    CaseReader m_reader;
    CaseWriter m_writer;
    SearchIndex m_index;
    AuditLog m_audit;
    qint64 m_lastSavedRevision = 0;
    std::optional<CaseConflict> m_lastConflict;
};

} // namespace td
