#include "verifier.h"

#include "database.h"
#include "databasefile.h"
#include "domain/casereference.h"
#include "sqlerror.h"
#include "vaultkeyhold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace td {
Verifier::Verifier(Database &db)
    : m_db(db)
{ }

Status Verifier::collect(const QString &sql, const QString &problemFormat, QStringList &problems)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(
            q.lastError(), QCoreApplication::translate("Verifier", "Verifying the database"));
    while (q.next())
        problems.append(problemFormat.arg(q.value(0).toString()));
    return {};
}

bool Verifier::checkSqliteFile(QStringList &problems)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // SQLite's own check first: if pages are damaged, nothing else can be trusted.
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        problems.append(QCoreApplication::translate("Verifier", "The database file is damaged: %1")
                            .arg(q.lastError().databaseText()));
        return false;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(
                QCoreApplication::translate("Verifier", "SQLite integrity check: %1").arg(line));
    }
    q.finish();
    if (!problems.isEmpty())
        return false;

    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()
        && q.value(0).toUInt() != DatabaseFile::kApplicationId)
        problems.append(QCoreApplication::translate(
            "Verifier", "The file does not carry TrustDesk's application id."));
    q.finish();
    return true;
}

Result<QStringList> Verifier::run()
{
    QStringList problems;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    // PostgreSQL checks its pages, foreign keys and the database's identity itself (the server,
    // and Database::open); TrustDesk's own invariants below are checked on both.
    const bool postgres = m_db.dialect() == SqlDialect::Postgres;
    if (!postgres && !checkSqliteFile(problems))
        return problems;
    const int version = m_db.schemaVersion();
    if (version != Database::latestSchemaVersion())
        problems.append(QCoreApplication::translate(
            "Verifier", "The schema is version %1; this TrustDesk uses %2 (run init to upgrade).")
                            .arg(version)
                            .arg(Database::latestSchemaVersion()));

    struct Check
    {
        QString sql;
        QString problem;
    };
    // The search index's case id, and the year of a reference (PostgreSQL's CAST fails on
    // anything but digits, where SQLite's gives 0).
    const QString indexId = postgres ? QStringLiteral("case_id") : QStringLiteral("rowid");
    const QString year = postgres
        ? QStringLiteral("CASE WHEN substr(c.reference, 4, 4) ~ '^[0-9]{4}$'"
                         " THEN CAST(substr(c.reference, 4, 4) AS INTEGER) END")
        : QStringLiteral("CAST(substr(c.reference, 4, 4) AS INTEGER)");
    QList<Check> checks {
        {QStringLiteral("SELECT reference FROM cases WHERE id NOT IN (SELECT %1 FROM case_search)")
                .arg(indexId),
            QCoreApplication::translate("Verifier", "Case %1 is missing from the search index.")},
        {QStringLiteral("SELECT %1 FROM case_search WHERE %1 NOT IN (SELECT id FROM cases)")
                .arg(indexId),
            QCoreApplication::translate("Verifier",
                "The search index holds an entry (%1) for a case that no longer exists.")},
        {QStringLiteral("SELECT id FROM clients WHERE id NOT IN (SELECT client_id FROM cases)"),
            QCoreApplication::translate("Verifier", "Client record %1 belongs to no case.")},
        {QStringLiteral("SELECT c.reference FROM cases c WHERE c.closed_on IS NOT NULL AND "
                        "c.closed_on < c.opened_on"),
            QCoreApplication::translate("Verifier", "Case %1 was closed before it was opened.")},
        {QStringLiteral("SELECT e.id FROM evidence e WHERE length(e.sha256) <> 64"),
            QCoreApplication::translate("Verifier", "Evidence record %1 has an invalid SHA-256.")},
        {QStringLiteral(
             "SELECT i.id FROM incidents i WHERE i.occurred_on IS NULL OR i.occurred_on = ''"),
            QCoreApplication::translate("Verifier", "Incident record %1 has no date.")},
    };
    if (!postgres)
        checks.prepend({QStringLiteral("SELECT \"table\" || ' row ' || rowid || ' → ' || parent"
                                       " FROM pragma_foreign_key_check"),
            QCoreApplication::translate("Verifier", "Broken link between records: %1")});
    for (const auto &check : checks) {
        if (auto s = collect(check.sql, check.problem, problems); !s)
            return s.error();
    }

    // References: the format, and a counter that is ahead of every stored sequence.
    if (!q.exec(QStringLiteral("SELECT c.reference, rc.last_sequence FROM cases c"
                               " LEFT JOIN reference_counters rc ON rc.year = ")
            + year))
        return sqlError(
            q.lastError(), QCoreApplication::translate("Verifier", "Verifying the database"));
    while (q.next()) {
        const QString ref = q.value(0).toString();
        if (!CaseReference::isValid(ref))
            problems.append(QCoreApplication::translate(
                "Verifier", "Case reference \"%1\" is not in the TD-YYYY-NNNNN form.")
                                .arg(ref));
        else if (q.value(1).isNull() || q.value(1).toInt() < CaseReference::sequence(ref))
            problems.append(QCoreApplication::translate("Verifier",
                "The case numbering for %1 is behind case %2; a new case could reuse its number.")
                                .arg(CaseReference::year(ref))
                                .arg(ref));
    }
    q.finish();

    // FTS5's own consistency check between its index and its stored text. PostgreSQL computes
    // the indexed tsvector from the stored text itself (a generated column): nothing to drift.
    if (!postgres && !searchIndexConsistent())
        problems.append(QCoreApplication::translate(
            "Verifier", "The search index is inconsistent and needs rebuilding."));
    return problems;
}

bool Verifier::searchIndexConsistent()
{
    static const QString check
        = QStringLiteral("INSERT INTO case_search (case_search) VALUES ('integrity-check')");
    if (!m_db.isReadOnly()) {
        QSqlQuery q(m_db.connection());
        return q.exec(check);
    }
    // FTS5 runs its check as a write statement, which a read-only connection refuses. A second,
    // short-lived connection runs it inside a transaction that is rolled back: nothing is written.
    if (!QFileInfo(m_db.path()).isWritable())
        return true; // cannot check; the integrity_check above still covered the file's pages
    const QString name
        = QStringLiteral("trustdesk-verify-fts-%1").arg(reinterpret_cast<quintptr>(this));
    bool consistent = true;
    {
        // A vault's second connection goes through the vault VFS with the same key.
        std::unique_ptr<VaultKeyHold> key;
        if (m_db.isEncrypted())
            key = std::make_unique<VaultKeyHold>(*m_db.dataKey());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(key ? key->uriFor(m_db.path()) : m_db.path());
        db.setConnectOptions(key ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if ((!key || key->isValid()) && db.open()) {
            if (key)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("BEGIN"))) {
                if (!q.exec(check)) {
                    // Another program holding the write lock is no inconsistency: the check is
                    // skipped then, not failed (tests/reliability/lockeddatabase.py).
                    const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
                    consistent = code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
                }
                q.exec(QStringLiteral("ROLLBACK"));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return consistent;
}

} // namespace td
