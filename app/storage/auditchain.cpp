#include "auditchain.h"

#include "database.h"
#include "sqlerror.h"
#include "sqlvalues.h"
#include "staffrolesschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace td::AuditChain {

const QString kGenesis = QString(64, QLatin1Char('0'));

namespace {

const char kColumns[] = "id, occurred_at, actor, action, case_reference, detail, carried_from,"
                        " prev_hash, entry_hash";

QString whatFailedReading()
{
    return QCoreApplication::translate("AuditLog", "Reading the audit log");
}

// A netstring: the byte length in decimal, ':', the bytes, ','. No separator can be forged by a
// field's contents, so two different entries never serialize to the same bytes.
void appendField(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}

AuditChainEntry fromQuery(const QSqlQuery &q)
{
    AuditChainEntry e;
    e.id = q.value(0).toLongLong();
    e.occurredAt = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.caseReference = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.carriedFrom = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.entryHash = q.value(8).toString();
    return e;
}

} // namespace

QByteArray canonical(const AuditChainEntry &entry)
{
    QByteArray out;
    appendField(out, QByteArrayLiteral("trustdesk-audit"));
    appendField(out, QByteArray::number(kFormatVersion));
    appendField(out, QByteArray::number(entry.id));
    appendField(out, entry.occurredAt.toUtf8());
    appendField(out, entry.actor.toUtf8());
    appendField(out, entry.action.toUtf8());
    appendField(out, entry.caseReference.toUtf8());
    appendField(out, entry.detail.toUtf8());
    appendField(out, entry.carriedFrom.toUtf8());
    appendField(out, entry.prevHash.toLatin1());
    return out;
}

QString hash(const AuditChainEntry &entry)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    const QByteArray bytes = canonical(entry);
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(bytes.constData()),
        static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(digest.toHex());
}

Result<AuditChainEntry> head(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (db.dialect() == SqlDialect::Postgres) {
        if (!q.exec(QStringLiteral("SELECT head_id, head_hash, actor FROM trustdesk_audit_head()"))
            || !q.next())
            return sqlError(q.lastError(), whatFailedReading());
        AuditChainEntry last;
        last.id = q.value(0).toLongLong();
        last.entryHash = q.value(0).isNull() ? kGenesis : q.value(1).toString();
        last.actor = q.value(2).toString();
        return last;
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY id DESC LIMIT 1")
                    .arg(QLatin1String(kColumns))))
        return sqlError(q.lastError(), whatFailedReading());
    if (!q.next()) {
        AuditChainEntry none;
        none.entryHash = kGenesis;
        return none;
    }
    return fromQuery(q);
}

Result<QList<AuditChainEntry>> all(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_events ORDER BY id").arg(QLatin1String(kColumns))))
        return sqlError(q.lastError(), whatFailedReading());
    QList<AuditChainEntry> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<QList<AuditChainEntry>> list(
    Database &db, const QString &caseReference, const QDateTime &since)
{
    QStringList where;
    if (!caseReference.isEmpty())
        where.append(QStringLiteral("case_reference = ?"));
    if (since.isValid())
        where.append(QStringLiteral("occurred_at >= ?"));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_events%2 ORDER BY id")
            .arg(QLatin1String(kColumns),
                where.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))));
    if (!caseReference.isEmpty())
        q.addBindValue(caseReference);
    // Times are stored as UTC text of one fixed shape, so text order is time order.
    if (since.isValid())
        q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q.lastError(), whatFailedReading());
    QList<AuditChainEntry> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Status append(Database &db, AuditChainEntry &entry)
{
    QList<AuditChainEntry> one {entry};
    if (auto s = appendAll(db, one); !s)
        return s;
    entry = one.constFirst();
    return {};
}

Status appendAll(Database &db, QList<AuditChainEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    // On PostgreSQL two writers of different cases do not block each other: both would read the
    // same head and the second would fail on the entry id (bench_caseworkers showed it). One
    // appender at a time, until it commits; the next then reads the new head (READ COMMITTED).
    if (db.dialect() == SqlDialect::Postgres) {
        QSqlQuery lock(db.connection());
        // The same key as trustdesk_audit_head() takes from schema 15 on (staffrolesschema.cpp):
        // two keys taken in different orders by two sessions could deadlock.
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(5523834817)")))
            return sqlError(lock.lastError(),
                QCoreApplication::translate("AuditLog", "Recording the audit log"));
    }
    const auto last = head(db);
    if (!last)
        return last.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_events (id, occurred_at, actor, action, case_reference, detail,"
        " carried_from, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 id = last->id;
    QString prevHash = last->entryHash;
    for (auto &entry : entries) {
        // On an office server head() names the login the server accepts as the actor (on SQLite
        // it is the last entry's own actor, nothing to copy).
        if (db.dialect() == SqlDialect::Postgres && !last->actor.isEmpty())
            entry.actor = last->actor;
        entry.id = ++id;
        entry.prevHash = prevHash;
        entry.entryHash = hash(entry);
        prevHash = entry.entryHash;
        q.bindValue(0, entry.id);
        q.bindValue(1, SqlValues::text(entry.occurredAt));
        q.bindValue(2, SqlValues::text(entry.actor));
        q.bindValue(3, SqlValues::text(entry.action));
        q.bindValue(4, SqlValues::text(entry.caseReference));
        q.bindValue(5, SqlValues::text(entry.detail));
        q.bindValue(6, SqlValues::text(entry.carriedFrom));
        q.bindValue(7, entry.prevHash);
        q.bindValue(8, entry.entryHash);
        if (!q.exec())
            return sqlError(
                q.lastError(), QCoreApplication::translate("AuditLog", "Recording the audit log"));
    }
    return {};
}

namespace {

// One step of a walk along the chain: checks `e` against the report so far and moves it on.
void step(AuditChainReport &report, qint64 &previousId, const AuditChainEntry &e)
{
    ++report.entries;
    if (report.ok()) {
        if (e.prevHash != report.headHash) {
            report.brokenAt = e.id;
            report.problem = previousId == 0
                ? QCoreApplication::translate("AuditLog",
                    "Audit entry %1 is the first one but does not start the chain: earlier "
                    "entries were removed.")
                      .arg(e.id)
                : QCoreApplication::translate("AuditLog",
                    "Audit entry %1 does not follow entry %2: entries between them were "
                    "removed or inserted, or entry %2 was changed.")
                      .arg(e.id)
                      .arg(previousId);
        } else if (e.entryHash != hash(e)) {
            report.brokenAt = e.id;
            report.problem = QCoreApplication::translate("AuditLog",
                "Audit entry %1 was changed after it was written: its hash does not match "
                "its contents.")
                                 .arg(e.id);
        }
    }
    report.headHash = e.entryHash;
    previousId = e.id;
}

} // namespace

namespace {

// A caseworker on an office server reads only their own entries: the links between them cannot
// be checked (the entries in between are someone else's), but each entry's own hash can.
AuditChainReport verifyOwnHashes(const QList<AuditChainEntry> &entries, qint64 total)
{
    AuditChainReport report;
    report.partial = true;
    report.totalEntries = total;
    report.headHash = kGenesis;
    for (const auto &e : entries) {
        ++report.entries;
        if (report.ok() && e.entryHash != hash(e)) {
            report.brokenAt = e.id;
            report.problem = QCoreApplication::translate("AuditLog",
                "Audit entry %1 was changed after it was written: its hash does not match "
                "its contents.")
                                 .arg(e.id);
        }
        report.headHash = e.entryHash;
    }
    return report;
}

} // namespace

Result<AuditChainReport> verify(Database &db)
{
    qint64 total = -1;
    if (db.dialect() == SqlDialect::Postgres && db.schemaVersion() >= StaffRolesSchema::kVersion) {
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT trustdesk_audit_count()")) || !count.next())
            return sqlError(count.lastError(), whatFailedReading());
        total = count.value(0).toLongLong();
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_events ORDER BY id").arg(QLatin1String(kColumns))))
        return sqlError(q.lastError(), whatFailedReading());
    QList<AuditChainEntry> entries;
    while (q.next())
        entries.append(fromQuery(q));
    if (total > entries.size())
        return verifyOwnHashes(entries, total);
    AuditChainReport report = verify(entries);
    report.totalEntries = report.entries;
    return report;
}

AuditChainReport verify(const QList<AuditChainEntry> &entries)
{
    AuditChainReport report;
    report.headHash = kGenesis;
    qint64 previousId = 0;
    for (const auto &e : entries)
        step(report, previousId, e);
    return report;
}

} // namespace td::AuditChain
