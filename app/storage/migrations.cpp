#include "migrations.h"

#include "auditchain.h"
#include "database.h"
#include "databasefile.h"
#include "domain/officeridentity.h"
#include "domain/violationcategory.h"
#include "postgresschema.h"
#include "searchindex.h"
#include "sqlerror.h"
#include "sqlvalues.h"
#include "staffhardeningschema.h"
#include "staffrolesschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace td::Migrations {
namespace {

Status execAll(Database &db, const QStringList &statements)
{
    for (const auto &sql : statements) {
        if (auto s
            = db.exec(sql, QCoreApplication::translate("Migrations", "Upgrading the database"));
            !s)
            return s;
    }
    return {};
}

// Portable SQL (it must also run on PostgreSQL): INTEGER keys, TEXT dates in ISO 8601, 0/1
// booleans.
Status createCaseTables(Database &db)
{
    auto s = execAll(db,
        {
            QStringLiteral(
                "CREATE TABLE clients ("
                " id INTEGER PRIMARY KEY,"
                " anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),"
                " full_name TEXT NOT NULL DEFAULT '',"
                " preferred_name TEXT NOT NULL DEFAULT '',"
                " preferred_language TEXT NOT NULL DEFAULT '',"
                " interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, "
                "1)),"
                " phone TEXT NOT NULL DEFAULT '',"
                " email TEXT NOT NULL DEFAULT '',"
                " address TEXT NOT NULL DEFAULT '',"
                " date_of_birth TEXT,"
                " country_of_birth TEXT NOT NULL DEFAULT '',"
                " immigration_status TEXT NOT NULL DEFAULT '',"
                " a_number TEXT NOT NULL DEFAULT '',"
                " consent_to_file INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_file IN (0, 1)),"
                " consent_date TEXT,"
                " notes TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE violation_categories ("
                           " code TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE reference_counters ("
                           " year INTEGER PRIMARY KEY,"
                           " last_sequence INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE cases ("
                " id INTEGER PRIMARY KEY,"
                " reference TEXT NOT NULL UNIQUE,"
                " client_id INTEGER NOT NULL REFERENCES clients(id),"
                " status TEXT NOT NULL CHECK (status IN ('intake', 'evidence', 'ready', 'filed',"
                "   'under_review', 'closed')),"
                " opened_on TEXT NOT NULL,"
                " closed_on TEXT,"
                " assigned_caseworker TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cases_status ON cases(status, id)"),
            QStringLiteral("CREATE INDEX cases_client ON cases(client_id)"),
            QStringLiteral("CREATE TABLE incidents ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " occurred_on TEXT NOT NULL,"
                           " occurred_time TEXT,"
                           " location TEXT NOT NULL DEFAULT '',"
                           " police_district TEXT NOT NULL DEFAULT '',"
                           " agency TEXT NOT NULL DEFAULT '',"
                           " narrative TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX incidents_case ON incidents(case_id, position)"),
            QStringLiteral(
                "CREATE TABLE incident_violations ("
                " incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                " category_code TEXT NOT NULL REFERENCES violation_categories(code),"
                " position INTEGER NOT NULL,"
                " PRIMARY KEY (incident_id, category_code))"),
            QStringLiteral(
                "CREATE TABLE officers ("
                " id INTEGER PRIMARY KEY,"
                " incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " name TEXT NOT NULL DEFAULT '',"
                " badge_number TEXT NOT NULL DEFAULT '',"
                " unit TEXT NOT NULL DEFAULT '',"
                " description TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX officers_incident ON officers(incident_id, position)"),
            QStringLiteral(
                "CREATE TABLE witnesses ("
                " id INTEGER PRIMARY KEY,"
                " incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " name TEXT NOT NULL DEFAULT '',"
                " contact TEXT NOT NULL DEFAULT '',"
                " statement TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX witnesses_incident ON witnesses(incident_id, position)"),
            QStringLiteral("CREATE TABLE evidence ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " original_name TEXT NOT NULL,"
                           " media_type TEXT NOT NULL DEFAULT '',"
                           " size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),"
                           " sha256 TEXT NOT NULL,"
                           " captured_at TEXT,"
                           " added_by TEXT NOT NULL DEFAULT '',"
                           " added_at TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX evidence_case ON evidence(case_id, id)"),
            QStringLiteral("CREATE TABLE complaint_submissions ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " filed_with TEXT NOT NULL,"
                           " filed_on TEXT,"
                           " channel TEXT NOT NULL DEFAULT '',"
                           " tracking_number TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX complaints_case ON complaint_submissions(case_id, position)"),
            QStringLiteral("CREATE TABLE follow_ups ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " due_on TEXT NOT NULL,"
                           " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX follow_ups_due ON follow_ups(done, due_on)"),
            QStringLiteral("CREATE INDEX follow_ups_case ON follow_ups(case_id, position)"),
            // No foreign key to cases: the record of a deleted case must outlive it.
            QStringLiteral("CREATE TABLE audit_events ("
                           " id INTEGER PRIMARY KEY,"
                           " occurred_at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " case_reference TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_events_case ON audit_events(case_reference, id)"),
        });
    if (!s)
        return s;

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO violation_categories (code, position) VALUES (?, ?)"));
    int position = 0;
    for (const auto &category : violationCategories()) {
        q.addBindValue(category.codeString());
        q.addBindValue(position++);
        if (!q.exec())
            return sqlError(
                q.lastError(), QCoreApplication::translate("Migrations", "Upgrading the database"));
    }
    return SearchIndex::createSchema(db);
}

// Version 2: evidence files in the content-addressed store, and their chain of custody.
// `in_store` separates items whose bytes were attached (the store must hold them) from metadata
// that arrived without a file (interchange imports, demo data, version 1 rows).
// The custody log has no foreign key to evidence: it must outlive a removed item or a deleted case,
// and it holds hashes and ids, never file names.
Status addEvidenceCustody(Database &db)
{
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE evidence ADD COLUMN in_store INTEGER NOT NULL DEFAULT 0"
                           " CHECK (in_store IN (0, 1))"),
            QStringLiteral("CREATE INDEX evidence_sha256 ON evidence(sha256)"),
            QStringLiteral("CREATE TABLE evidence_custody ("
                           " id INTEGER PRIMARY KEY,"
                           " evidence_id INTEGER NOT NULL,"
                           " case_reference TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " occurred_at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('import', 'view', 'export', "
                           "'verify', 'remove')),"
                           " observed_sha256 TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX evidence_custody_item ON evidence_custody(evidence_id, id)"),
            QStringLiteral(
                "CREATE INDEX evidence_custody_case ON evidence_custody(case_reference, id)"),
        });
}

// Version 3: every complaint submission or client copy generated from a case, so the case shows
// what left the office: when, to whom, on which paper, which sensitive field keys were included
// (never their values) and the SHA-256 of the PDF.
Status addGeneratedReports(Database &db)
{
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE generated_reports ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('complaint', 'client_copy')),"
                           " generated_at TEXT NOT NULL,"
                           " recipient TEXT NOT NULL DEFAULT '',"
                           " included_fields TEXT NOT NULL DEFAULT '',"
                           " sha256 TEXT NOT NULL,"
                           " paper TEXT NOT NULL CHECK (paper IN ('a4', 'letter')),"
                           " language TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX generated_reports_case ON generated_reports(case_id, id)"),
        });
}

// Version 4: a correction of an item's details (description, source, date captured) is a link
// in its chain of custody too, so the action check gains 'edit'. A CHECK cannot be altered in
// place on SQLite, so the table is rebuilt (portable: PostgreSQL runs the same statements).
Status allowCustodyEdits(Database &db)
{
    return execAll(db,
        {
            QStringLiteral("CREATE TABLE evidence_custody_v4 ("
                           " id INTEGER PRIMARY KEY,"
                           " evidence_id INTEGER NOT NULL,"
                           " case_reference TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " occurred_at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('import', 'view', 'export', "
                           "'verify', 'remove', 'edit')),"
                           " observed_sha256 TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("INSERT INTO evidence_custody_v4 (id, evidence_id, case_reference, "
                           "sha256, occurred_at, actor, action,"
                           " observed_sha256, detail) SELECT id, evidence_id, case_reference, "
                           "sha256, occurred_at, actor, action,"
                           " observed_sha256, detail FROM evidence_custody"),
            QStringLiteral("DROP TABLE evidence_custody"),
            QStringLiteral("ALTER TABLE evidence_custody_v4 RENAME TO evidence_custody"),
            QStringLiteral(
                "CREATE INDEX evidence_custody_item ON evidence_custody(evidence_id, id)"),
            QStringLiteral(
                "CREATE INDEX evidence_custody_case ON evidence_custody(case_reference, id)"),
        });
}

// Version 5: a revision per case, raised by every save of the case (and of the client it shares
// with other cases), so an editor that loaded revision N can tell that another window or
// trustdesk-cli saved the case meanwhile instead of silently overwriting it.
Status addCaseRevisions(Database &db)
{
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
        });
}

// Version 6: the audit log becomes a hash chain (docs/audit-log.md). Each entry stores the hash
// of the one before it and its own hash over every field; the entries already there are chained
// in id order, so two copies of one log migrate to the same hashes. `carried_from` marks an entry
// that a restore carried over from the log it replaced. A UNIQUE prev_hash means two entries can
// never follow the same one, and the triggers refuse UPDATE and DELETE: defence in depth only
// (anyone who can write the file can drop them), the chain is what makes a change evident.
Status chainAuditLog(Database &db)
{
    auto s = execAll(db,
        {
            QStringLiteral(
                "ALTER TABLE audit_events ADD COLUMN carried_from TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE audit_events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE audit_events ADD COLUMN entry_hash TEXT NOT NULL DEFAULT ''"),
        });
    if (!s)
        return s;
    auto entries = AuditChain::all(db);
    if (!entries)
        return entries.error();
    QSqlQuery update(db.connection());
    update.prepare(
        QStringLiteral("UPDATE audit_events SET prev_hash = ?, entry_hash = ? WHERE id = ?"));
    QString previous = AuditChain::kGenesis;
    for (auto &entry : entries.value()) {
        entry.prevHash = previous;
        entry.entryHash = AuditChain::hash(entry);
        update.addBindValue(entry.prevHash);
        update.addBindValue(entry.entryHash);
        update.addBindValue(entry.id);
        if (!update.exec())
            return sqlError(update.lastError(),
                QCoreApplication::translate("Migrations", "Upgrading the database"));
        previous = entry.entryHash;
    }
    return execAll(db,
        {
            QStringLiteral("CREATE UNIQUE INDEX audit_events_prev ON audit_events(prev_hash)"),
            QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        });
}

// Version 7: ordering the case list by a column stays fast at 100 000 cases. The date of a
// case's latest incident is kept on the case (CaseWriter writes it with the incidents) instead of
// being computed per row, and the columns a list is ordered by have indexes ending in the id,
// the tie breaker of keyset paging.
Status addListOrderIndexes(Database &db)
{
    return execAll(db,
        {
            QStringLiteral(
                "ALTER TABLE cases ADD COLUMN last_incident_on TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE cases SET last_incident_on = coalesce((SELECT max(i.occurred_on)"
                           " FROM incidents i WHERE i.case_id = cases.id), '')"),
            QStringLiteral("CREATE INDEX cases_list_last_incident ON cases(last_incident_on, id)"),
            QStringLiteral("CREATE INDEX cases_list_opened ON cases(coalesce(opened_on, ''), id)"),
            QStringLiteral("CREATE INDEX cases_list_caseworker ON cases(assigned_caseworker "
                           "COLLATE NOCASE, id)"),
        });
}

// Version 8: an evidence item can be a redacted copy of another (docs/redaction.md, "Redacted
// copies"): the item it was made from, and the boxes and method as JSON. No foreign key: the copy
// and its custody outlive a removed original, as the custody log does.
Status addEvidenceDerivation(Database &db)
{
    return execAll(db,
        {
            QStringLiteral("ALTER TABLE evidence ADD COLUMN parent_id INTEGER"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN redaction TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX evidence_parent ON evidence(parent_id)"),
        });
}

// Version 9: anonymous means anonymous. Before it, a client marked anonymous kept the name typed
// before the box was ticked, in the file and in the search index. The names go, and those cases'
// index entries lose them; merging the index then drops the old words from its segments too
// (no FTS5 secure-delete before SQLite 3.42). Cases whose client names were cleared keep their
// revision: nothing can be open on them while the file is being upgraded.
Status clearAnonymousNames(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE clients SET full_name = '', preferred_name = ''"
                             " WHERE anonymous = 1 AND (full_name <> '' OR preferred_name <> '')"));
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("Migrations", "Upgrading the database"));
    if (q.numRowsAffected() <= 0)
        return {};
    return execAll(db,
        {
            QStringLiteral(
                "UPDATE case_search SET client = '' WHERE rowid IN (SELECT c.id FROM"
                " cases c JOIN clients cl ON cl.id = c.client_id WHERE cl.anonymous = 1)"),
            QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')"),
        });
}

// Version 10: repeat officers. An officer is recognised across cases by badge number and agency as
// a caseworker compares them (OfficerIdentity); the normalised keys are stored beside what was
// typed, because no SQL engine folds "# 0123" into "123", and SQLite's lower() folds only ASCII.
// CaseWriter writes them with every officer. The agency key is the incident's, copied onto each
// officer so that one index answers "which cases is this badge in".
Status fillOfficerKeys(Database &db);

Status addOfficerKeys(Database &db)
{
    // Safe to run again on a file that has the columns already (tests wind user_version back on
    // a current file to replay older steps): the keys are then simply recomputed.
    QSqlQuery probe(db.connection());
    if (!probe.exec(QStringLiteral("SELECT badge_key, agency_key FROM officers WHERE 0 = 1"))) {
        auto s = execAll(db,
            {
                QStringLiteral(
                    "ALTER TABLE officers ADD COLUMN badge_key TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "ALTER TABLE officers ADD COLUMN agency_key TEXT NOT NULL DEFAULT ''"),
            });
        if (!s)
            return s;
    }
    probe.finish();
    return fillOfficerKeys(db);
}

// Schema 10 on an office server: the same columns and keys. PostgreSQL aborts a transaction on a
// failed statement, so the columns are added with IF NOT EXISTS rather than probed for.
Status addOfficerKeysPostgres(Database &db)
{
    if (auto s = execAll(db,
            {
                QStringLiteral("ALTER TABLE officers ADD COLUMN IF NOT EXISTS badge_key TEXT NOT "
                               "NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE officers ADD COLUMN IF NOT EXISTS agency_key TEXT NOT "
                               "NULL DEFAULT ''"),
            });
        !s)
        return s;
    return fillOfficerKeys(db);
}

Status fillOfficerKeys(Database &db)
{
    const QString context = QCoreApplication::translate("Migrations", "Upgrading the database");
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT o.id, o.badge_number, i.agency FROM officers o"
                                  " JOIN incidents i ON i.id = o.incident_id"
                                  " WHERE o.badge_number <> ''")))
        return sqlError(read.lastError(), context);
    // Read first, then write: an update never runs under an open scan of the same table.
    struct Keys
    {
        QVariant id;
        QString badge;
        QString agency;
    };
    std::vector<Keys> keys;
    while (read.next()) {
        const QString badge = OfficerIdentity::badgeKey(read.value(1).toString());
        if (!badge.isEmpty())
            keys.push_back(
                {read.value(0), badge, OfficerIdentity::agencyKey(read.value(2).toString())});
    }
    read.finish();
    QSqlQuery update(db.connection());
    update.prepare(
        QStringLiteral("UPDATE officers SET badge_key = ?, agency_key = ? WHERE id = ?"));
    for (const auto &k : keys) {
        update.bindValue(0, k.badge);
        update.bindValue(1, SqlValues::text(k.agency));
        update.bindValue(2, k.id);
        if (!update.exec())
            return sqlError(update.lastError(), context);
    }
    return execAll(db,
        {QStringLiteral(
            "CREATE INDEX IF NOT EXISTS officers_identity ON officers(badge_key, agency_key)")});
}

// Version 11: statistics read only the incidents' keys. One index on the case, the position and
// the columns a statistics table groups by lets its ordered pass over every incident read the
// index alone instead of each incident's row with its narrative (about 1 KB): month, district and
// agency tables cost 30-45 % less at 100 000 cases (BENCHMARKS.md, "Statistics"). It starts with
// incidents_case's columns, so it replaces that index (one index to write per incident, not two).
// The same statements on PostgreSQL, where they allow index-only scans.
Status addIncidentKeysIndex(Database &db)
{
    return execAll(db,
        {
            QStringLiteral("CREATE INDEX IF NOT EXISTS incidents_case_keys ON incidents(case_id,"
                           " position, occurred_on, police_district, agency)"),
            QStringLiteral("DROP INDEX IF EXISTS incidents_case"),
        });
}

// Version 12: where each evidence item's "captured" time came from (CaptureOrigin,
// docs/evidence.md): the photo's own clock, the file's modification time, or a caseworker. What
// attached the older items is not known (the file's clock and the camera's looked the same), so
// they say "unknown"; only an item whose date a caseworker corrected is known for certain (its
// custody log names the edit; matched on case and hash too, since SQLite may reuse a removed item's
// id).
Status addCaptureOrigin(Database &db)
{
    const QString column = QStringLiteral(
        "captured_origin TEXT NOT NULL DEFAULT 'unknown'"
        " CHECK (captured_origin IN ('unknown', 'camera', 'file_modified', 'caseworker'))");
    QStringList statements;
    if (db.dialect() == SqlDialect::Postgres) {
        statements.append(
            QStringLiteral("ALTER TABLE evidence ADD COLUMN IF NOT EXISTS ") + column);
    } else {
        // Safe to replay on a file that has the column (tests wind user_version back).
        QSqlQuery probe(db.connection());
        if (!probe.exec(QStringLiteral("SELECT captured_origin FROM evidence WHERE 0 = 1")))
            statements.append(QStringLiteral("ALTER TABLE evidence ADD COLUMN ") + column);
    }
    statements.append(QStringLiteral(
        "UPDATE evidence SET captured_origin = 'caseworker' WHERE captured_origin = 'unknown'"
        " AND EXISTS (SELECT 1 FROM evidence_custody k JOIN cases c ON c.id = evidence.case_id"
        " WHERE k.evidence_id = evidence.id AND k.case_reference = c.reference"
        " AND k.sha256 = evidence.sha256 AND k.action = 'edit'"
        " AND k.detail LIKE '%date captured%')"));
    return execAll(db, statements);
}

// Version 13: evidence and the office key in an office server (docs/office-mode.md, "Evidence
// in the server"). A file database keeps its evidence beside it, so SQLite has nothing to add.
Status addServerEvidence(Database &)
{
    return {};
}

Status addServerEvidencePostgres(Database &db)
{
    return execAll(db,
        {
            // One row: which office key this is, and a keyed check that tells whether a key
            // unwrapped from a wrap below is it.
            QStringLiteral("CREATE TABLE IF NOT EXISTS office_key ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " version INTEGER NOT NULL,"
                           " office BYTEA NOT NULL CHECK (length(office) = 16),"
                           " keycheck BYTEA NOT NULL CHECK (length(keycheck) = 32),"
                           " created_at TEXT NOT NULL,"
                           " created_by TEXT NOT NULL)"),
            // The office key wrapped once per staff member's login and passphrase.
            QStringLiteral("CREATE TABLE IF NOT EXISTS office_key_wraps ("
                           " login TEXT PRIMARY KEY,"
                           " kdf TEXT NOT NULL CHECK (kdf = 'argon2id13'),"
                           " ops BIGINT NOT NULL,"
                           " mem BIGINT NOT NULL,"
                           " salt BYTEA NOT NULL,"
                           " nonce BYTEA NOT NULL,"
                           " wrapped BYTEA NOT NULL,"
                           " added_at TEXT NOT NULL,"
                           " added_by TEXT NOT NULL)"),
            // Sealed evidence: row 0 the stream header, rows 1… the chunks. Deleting the item
            // deletes its rows.
            QStringLiteral("CREATE TABLE IF NOT EXISTS evidence_chunks ("
                           " evidence_id BIGINT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
                           " n BIGINT NOT NULL CHECK (n >= 0),"
                           " data BYTEA NOT NULL,"
                           " PRIMARY KEY (evidence_id, n))"),
            // Ciphertext does not compress: store it out of line without trying.
            QStringLiteral("ALTER TABLE evidence_chunks ALTER COLUMN data SET STORAGE EXTERNAL"),
        });
}

// Version 14 (concurrent editing): who made a case's latest revision, so a save refused as a
// conflict can say "Ana changed this case at 14:02" (`updated_at` already says when). Empty for
// cases saved before; the audit log holds their history.
Status addCaseUpdatedBy(Database &db)
{
    QSqlQuery probe(db.connection());
    if (probe.exec(QStringLiteral("SELECT updated_by FROM cases WHERE 0 = 1")))
        return {}; // replayed on a file that has it already
    probe.finish();
    return execAll(
        db, {QStringLiteral("ALTER TABLE cases ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''")});
}

// Version 14 on an office server: the same column, and a NOTIFY on every committed change of the
// cases table, whoever writes it (the app, trustdesk-cli, psql), so every open case list and
// Follow-ups dock refreshes (CaseChangeFeed). A trigger rather than a NOTIFY in the saving code:
// no writer can forget it, and PostgreSQL delivers it only on commit, once per transaction.
Status addCaseUpdatedByPostgres(Database &db)
{
    return execAll(db,
        {
            QStringLiteral(
                "ALTER TABLE cases ADD COLUMN IF NOT EXISTS updated_by TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_cases_changed() RETURNS trigger"
                           " LANGUAGE plpgsql AS $$ BEGIN"
                           " PERFORM pg_notify('trustdesk_cases_changed', '');"
                           " RETURN NULL; END $$"),
            QStringLiteral("DROP TRIGGER IF EXISTS cases_changed ON cases"),
            QStringLiteral("CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE OR DELETE ON cases"
                           " FOR EACH STATEMENT EXECUTE FUNCTION trustdesk_cases_changed()"),
        });
}

// Version 15: staff roles enforced by an office server (docs/office-mode.md, "People and
// roles"). A database file has one person and no server to enforce anything: nothing to add.
Status addStaffRoles(Database &)
{
    return {};
}

// Version 16: the case list ordered by client stays fast at 1 000 000 cases on an office server.
// The name the list shows is an expression over `clients`, so every case was joined and sorted
// per page (a second at 1 000 000; BENCHMARKS.md). PostgreSQL keeps that name on the case, in
// `client_sort`, written by triggers whoever writes (the app, the CLI, psql): a case takes its
// client's name when it is inserted or updated, and a client's new name reaches all its cases.
// The list walks an index on it. A file database keeps the join: a top-N sort that stays well
// under 50 ms at the sizes a laptop holds, and no column to keep in step.
Status addClientSortName(Database &)
{
    return {};
}

// Version 17: an office server takes a login's password only as its SCRAM verifier, and admins
// lose TRUNCATE (StaffHardeningSchema). A database file has no logins: nothing to add.
Status hardenStaffRoles(Database &)
{
    return {};
}

Status hardenStaffRolesPostgres(Database &db)
{
    return StaffHardeningSchema::create(db);
}

Status addStaffRolesPostgres(Database &db)
{
    return StaffRolesSchema::create(db);
}

Status addClientSortNamePostgres(Database &db)
{
    // The same expression as the list's on SQLite (casereader.cpp, CaseSort::Client): anonymous
    // clients sort first, without their stored name.
    const QString name = QStringLiteral("CASE WHEN cl.anonymous = 1 THEN '' WHEN cl.full_name <> ''"
                                        " THEN cl.full_name ELSE cl.preferred_name END");
    return execAll(db,
        {
            QStringLiteral(
                "ALTER TABLE cases ADD COLUMN IF NOT EXISTS client_sort TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE cases c SET client_sort = ") + name
                + QStringLiteral(" FROM clients cl WHERE cl.id = c.client_id"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS cases_list_client"
                           " ON cases(client_sort COLLATE nocase, id)"),
            QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_case_client_sort() RETURNS trigger"
                           " LANGUAGE plpgsql AS $$ BEGIN"
                           " NEW.client_sort := coalesce((SELECT ")
                + name
                + QStringLiteral(" FROM clients cl WHERE cl.id = NEW.client_id), '');"
                                 " RETURN NEW; END $$"),
            QStringLiteral("DROP TRIGGER IF EXISTS cases_client_sort ON cases"),
            QStringLiteral("CREATE TRIGGER cases_client_sort BEFORE INSERT OR UPDATE ON cases"
                           " FOR EACH ROW EXECUTE FUNCTION trustdesk_case_client_sort()"),
            // Touching the client's cases is enough: the trigger above reads the new name.
            QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_client_sort_changed()"
                           " RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                           " UPDATE cases SET client_sort = client_sort WHERE client_id = NEW.id;"
                           " RETURN NULL; END $$"),
            QStringLiteral("DROP TRIGGER IF EXISTS clients_sort_name ON clients"),
            QStringLiteral("CREATE TRIGGER clients_sort_name"
                           " AFTER UPDATE OF anonymous, full_name, preferred_name ON clients"
                           " FOR EACH ROW WHEN (OLD.anonymous IS DISTINCT FROM NEW.anonymous"
                           " OR OLD.full_name IS DISTINCT FROM NEW.full_name"
                           " OR OLD.preferred_name IS DISTINCT FROM NEW.preferred_name)"
                           " EXECUTE FUNCTION trustdesk_client_sort_changed()"),
        });
}

using Step = std::function<Status(Database &)>;

// Versions after PostgresSchema::kBaseVersion on PostgreSQL, in order: each SQLite step above the
// base needs its twin here (latestVersion() must be the same for both dialects).
const std::vector<Step> &postgresSteps()
{
    static const std::vector<Step> all {
        addOfficerKeysPostgres, // version 10
        addIncidentKeysIndex, // version 11
        addCaptureOrigin, // version 12
        addServerEvidencePostgres, // version 13
        addCaseUpdatedByPostgres, // version 14
        addStaffRolesPostgres, // version 15
        addClientSortNamePostgres, // version 16
        hardenStaffRolesPostgres, // version 17
    };
    return all;
}

// An office database is created at the current version; the steps after it run as on SQLite.
Status migratePostgres(Database &db, int current);

const std::vector<Step> &steps()
{
    static const std::vector<Step> all {
        createCaseTables, // version 1
        addEvidenceCustody, // version 2
        addGeneratedReports, // version 3
        allowCustodyEdits, // version 4
        addCaseRevisions, // version 5
        chainAuditLog, // version 6
        addListOrderIndexes, // version 7
        addEvidenceDerivation, // version 8
        clearAnonymousNames, // version 9
        addOfficerKeys, // version 10
        addIncidentKeysIndex, // version 11
        addCaptureOrigin, // version 12
        addServerEvidence, // version 13
        addCaseUpdatedBy, // version 14
        addStaffRoles, // version 15
        addClientSortName, // version 16
        hardenStaffRoles, // version 17
    };
    return all;
}

} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

namespace {

Status migratePostgres(Database &db, int current)
{
    if (PostgresSchema::kBaseVersion + static_cast<int>(postgresSteps().size()) != latestVersion())
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "Migrations", "This version of TrustDesk cannot set up an office database.")};
    if (current == 0) {
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (auto s = PostgresSchema::createCurrent(db); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        current = PostgresSchema::kBaseVersion;
    }
    if (current < PostgresSchema::kBaseVersion)
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "Migrations", "The office database is damaged: its schema version is unknown.")};
    for (int version = current + 1; version <= latestVersion(); ++version) {
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        const auto &step
            = postgresSteps().at(static_cast<size_t>(version - PostgresSchema::kBaseVersion - 1));
        if (auto s = step(db); !s)
            return s;
        if (auto s = db.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version),
                QCoreApplication::translate("Migrations", "Upgrading the database"));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace

Status migrate(Database &db)
{
    const int current = db.schemaVersion();
    if (current < 0)
        return Error {ErrorKind::Integrity,
            QCoreApplication::translate(
                "Migrations", "The database file is damaged and cannot be read.")};
    if (db.dialect() == SqlDialect::Postgres)
        return migratePostgres(db, current);
    for (int version = current + 1; version <= latestVersion(); ++version) {
        WriteTransaction tx(db);
        if (!tx.begun())
            return tx.begun();
        if (version == 1) {
            const auto setId = db.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::kApplicationId),
                QCoreApplication::translate("Migrations", "Creating the database"));
            if (!setId)
                return setId;
        }
        if (auto s = steps().at(static_cast<size_t>(version - 1))(db); !s)
            return s;
        if (auto s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version),
                QCoreApplication::translate("Migrations", "Upgrading the database"));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace td::Migrations
