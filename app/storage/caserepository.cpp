#include "caserepository.h"

#include "common/logging.h"
#include "custodylog.h"
#include "database.h"
#include "domain/casevalidator.h"
#include "evidence/evidencestore.h"
#include "evidence/storelock.h"
#include "evidencerepository.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace td {
namespace {

Error validationError(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const auto &issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error)
            lines.append(QStringLiteral("%1: %2").arg(issue.path, issue.message));
    }
    return {ErrorKind::BadInput,
        QCoreApplication::translate("CaseRepository", "The case was not saved:\n%1")
            .arg(lines.join(QLatin1Char('\n')))};
}

} // namespace

CaseRepository::CaseRepository(Database &db, QString actor)
    : m_db(db)
    , m_reader(db)
    , m_writer(db)
    , m_index(db)
    , m_audit(db, std::move(actor))
{ }

Result<CaseFile> CaseRepository::load(qint64 id)
{
    ReadSnapshot snapshot(m_db);
    return m_reader.load(id);
}

Result<QStringList> CaseRepository::referencesOf(const QList<qint64> &ids)
{
    ReadSnapshot snapshot(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT reference FROM cases WHERE id = ?"));
    QStringList references;
    references.reserve(ids.size());
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(
                q.lastError(), QCoreApplication::translate("CaseReader", "Reading cases"));
        if (!q.next())
            return Error {ErrorKind::NotFound,
                QCoreApplication::translate("CaseReader", "The case no longer exists.")};
        references.append(q.value(0).toString());
        q.finish();
    }
    return references;
}

Result<qint64> CaseRepository::revision(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT revision FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QCoreApplication::translate("CaseReader", "Reading cases"));
    if (!q.next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("CaseReader", "The case no longer exists.")};
    return q.value(0).toLongLong();
}

Result<qint64> CaseRepository::lockedRevision(qint64 id)
{
    // SQLite's BEGIN IMMEDIATE already keeps every other writer out until the commit. PostgreSQL's
    // plain BEGIN does not: without the row lock, two saves that both read revision N would both
    // pass the check, and the second UPDATE would wait, then silently overwrite the first.
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect() == SqlDialect::Postgres
            ? QStringLiteral("SELECT revision FROM cases WHERE id = ? FOR UPDATE")
            : QStringLiteral("SELECT revision FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q.lastError(), QCoreApplication::translate("CaseReader", "Reading cases"));
    if (!q.next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("CaseReader", "The case no longer exists.")};
    return q.value(0).toLongLong();
}

Result<std::pair<CaseFile, qint64>> CaseRepository::loadWithRevision(qint64 id)
{
    ReadSnapshot snapshot(m_db);
    auto loaded = m_reader.load(id);
    if (!loaded)
        return loaded.error();
    auto rev = revision(id);
    if (!rev)
        return rev.error();
    return std::pair {std::move(loaded.value()), rev.value()};
}

Result<CaseFile> CaseRepository::save(
    CaseFile c, std::optional<qint64> expectedRevision, const QString &auditDetail)
{
    m_lastConflict.reset();
    c.client.dropNameIfAnonymous(); // what is returned is what is stored
    const auto issues = CaseValidator().validate(c);
    if (CaseValidator::hasErrors(issues))
        return validationError(issues);

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const bool creating = c.id == 0;
    if (creating) {
        if (auto id = m_writer.insert(c); !id)
            return id.error();
    } else {
        if (auto stored = m_reader.idForReference(c.reference); !stored || stored.value() != c.id)
            return Error {ErrorKind::NotFound,
                QCoreApplication::translate(
                    "CaseRepository", "The case %1 no longer exists; it was not saved.")
                    .arg(c.reference)};
        if (expectedRevision) {
            auto current = lockedRevision(c.id);
            if (!current)
                return current.error();
            if (current.value() != *expectedRevision) {
                // Read in the same transaction as the check: exactly the revision that won.
                auto conflict = readConflict(c.id);
                if (!conflict)
                    return conflict.error();
                m_lastConflict = std::move(conflict.value());
                return Error {ErrorKind::Conflict,
                    QCoreApplication::translate(
                        "CaseRepository", "%1 Your changes were not saved; nothing was written.")
                        .arg(m_lastConflict->describe())};
            }
        }
        if (auto s = m_writer.update(c); !s)
            return s.error();
    }
    if (auto s = stampUpdatedBy(c.id); !s)
        return s.error();
    if (auto s = m_index.update(c); !s)
        return s.error();
    if (auto s = reindexCasesSharingClient(c); !s)
        return s.error();
    if (auto s
        = m_audit.record(creating ? QStringLiteral("case.create") : QStringLiteral("case.update"),
            c.reference, auditDetail);
        !s)
        return s.error();
    auto saved = revision(c.id);
    if (!saved)
        return saved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_lastSavedRevision = saved.value();
    return c;
}

Result<QStringList> CaseRepository::insertAll(QList<CaseFile> cases, const QString &auditAction)
{
    QStringList references;
    references.reserve(cases.size());
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (auto &c : cases) {
        c.id = 0;
        c.client.dropNameIfAnonymous();
        if (auto id = m_writer.insert(c); !id)
            return Error {id.error().kind,
                QCoreApplication::translate("CaseRepository", "Case %1: %2")
                    .arg(c.reference, id.error().message)};
        // No updated_by for bulk inserts (import, demo): a conflict needs a save after someone
        // loaded the case, and that save names its actor. Spares a statement per case.
        if (auto s = m_index.insert(c); !s)
            return s.error();
        references.append(c.reference);
    }
    // One audit event per case, appended together: the chain's head is read once per batch.
    if (auto s = m_audit.recordEach(auditAction, references); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return references;
}

Status CaseRepository::remove(qint64 id)
{
    auto loaded = m_reader.load(id);
    if (!loaded)
        return loaded.error();
    QStringList storedEvidence;
    // Taken after the write lock (the order attach uses too) and held until the case's files
    // have left the store: a checker never sees files whose rows are gone, and an attach of the
    // same bytes waits instead of finding a file that is about to be deleted.
    std::optional<StoreLock> storeLock;
    {
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        storeLock.emplace(EvidenceStore::rootFor(m_db.path()), StoreLock::Mode::Exclusive);
        // The case's evidence: its custody records the deletion (and outlives it); its files
        // leave the store after the commit unless another case holds the same bytes.
        auto hashes = EvidenceRepository(m_db).storedHashesOfCase(id);
        if (!hashes)
            return hashes.error();
        storedEvidence = std::move(hashes.value());
        if (auto s = CustodyLog(m_db, m_audit.actor()).recordCaseDeleted(id, loaded->reference); !s)
            return s;
        // Bound values, as everywhere: the statements stay the same for every case.
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
        del.addBindValue(id);
        if (!del.exec())
            return sqlError(del.lastError(),
                QCoreApplication::translate("CaseRepository", "Deleting the case"));
        del.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"
                                   " AND NOT EXISTS (SELECT 1 FROM cases WHERE client_id = ?)"));
        del.addBindValue(loaded->client.id);
        del.addBindValue(loaded->client.id);
        if (!del.exec())
            return sqlError(del.lastError(),
                QCoreApplication::translate("CaseRepository", "Deleting the case"));
        if (auto s = m_index.remove(id); !s)
            return s;
        if (auto s = m_audit.record(QStringLiteral("case.delete"), loaded->reference); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    // The case is gone either way; a file left behind shows up in verify as unexpected.
    if (auto s = EvidenceStore(m_db, m_audit.actor()).releaseFiles(storedEvidence); !s)
        qCWarning(lcStorage) << "evidence files of a deleted case were not released";
    // Merge the index so the deleted client's words leave the file, not just the live rows.
    return m_index.optimize();
}

Status CaseRepository::stampUpdatedBy(qint64 id)
{
    // Beside CaseWriter's row, so the writer stays the same for every actor.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cases SET updated_by = ? WHERE id = ?"));
    q.addBindValue(m_audit.actor());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("CaseRepository", "Saving the case"));
    return {};
}

Result<CaseConflict> CaseRepository::readConflict(qint64 id)
{
    auto stored = m_reader.load(id);
    if (!stored)
        return stored.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT revision, updated_by, updated_at FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), QCoreApplication::translate("CaseReader", "Reading cases"));
    CaseConflict conflict;
    conflict.stored = std::move(stored.value());
    conflict.revision = q.value(0).toLongLong();
    conflict.changedBy = q.value(1).toString();
    conflict.changedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    conflict.changedAt.setTimeZone(QTimeZone::utc());
    return conflict;
}

Status CaseRepository::reindexCasesSharingClient(const CaseFile &c)
{
    // A client linked to several cases appears in each one's search entry: keep them all in step.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE client_id = ? AND id <> ?"));
    q.addBindValue(c.client.id);
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q.lastError(),
            QCoreApplication::translate("CaseRepository", "Updating the search index"));
    QList<qint64> others;
    while (q.next())
        others.append(q.value(0).toLongLong());
    q.finish();
    if (others.isEmpty())
        return {};
    // An editor open on one of those cases holds the client as it was: its save must not
    // silently put the old client back.
    QSqlQuery bump(m_db.connection());
    bump.prepare(QStringLiteral("UPDATE cases SET revision = revision + 1, updated_by = ?,"
                                " updated_at = ? WHERE client_id = ? AND id <> ?"));
    bump.addBindValue(m_audit.actor());
    bump.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    bump.addBindValue(c.client.id);
    bump.addBindValue(c.id);
    if (!bump.exec())
        return sqlError(bump.lastError(),
            QCoreApplication::translate("CaseRepository", "Updating the search index"));
    for (const qint64 id : std::as_const(others)) {
        auto other = m_reader.load(id);
        if (!other)
            return other.error();
        if (auto s = m_index.update(other.value()); !s)
            return s;
    }
    return {};
}

Status CaseRepository::recordEach(
    const QString &action, const QStringList &references, const QString &detail)
{
    // One chained append (head read once, one head-file check after the commit), in a
    // transaction of its own when the caller has none.
    return m_audit.recordEach(action, references, detail);
}

Result<CaseFile> CaseRepository::loadByReference(const QString &reference)
{
    ReadSnapshot snapshot(m_db);
    auto id = m_reader.idForReference(reference);
    if (!id)
        return id.error();
    return m_reader.load(id.value());
}

Result<QList<CaseSummary>> CaseRepository::search(const QString &text, int limit)
{
    auto ids = m_index.search(text, limit);
    if (!ids)
        return ids.error();
    return m_reader.summaries(ids.value());
}

} // namespace td
