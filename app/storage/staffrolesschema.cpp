#include "staffrolesschema.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td::StaffRolesSchema {
namespace {

QString what()
{
    return QCoreApplication::translate("Migrations", "Upgrading the database");
}

Status execAll(Database &db, const QStringList &statements)
{
    for (const auto &sql : statements) {
        if (auto s = db.exec(sql, what()); !s)
            return s;
    }
    return {};
}

// PostgreSQL roles belong to the whole cluster, which may hold other databases (other offices,
// or one database per test function). Each office database gets group roles of its own, named
// after it (or after a hash of an unusual name), so membership in one office never opens another;
// office_roles records the names, so a later rename of the database changes nothing.
const char kCreateRoles[] = R"sql(
DO $$
DECLARE
  base TEXT := CASE WHEN current_database() ~ '^[a-z0-9_]{1,40}$' THEN current_database()
                    ELSE substr(md5(current_database()), 1, 16) END;
  r TEXT;
  n TEXT;
BEGIN
  FOREACH r IN ARRAY ARRAY['caseworker', 'supervisor', 'admin'] LOOP
    n := 'trustdesk_' || base || '_' || r;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', n);
    END IF;
    INSERT INTO office_roles (role, name) VALUES (r, n) ON CONFLICT (role) DO NOTHING;
  END LOOP;
END $$)sql";

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

Status create(Database &db)
{
    if (auto s = execAll(db,
            {
                QStringLiteral("CREATE TABLE IF NOT EXISTS office_roles ("
                               " role TEXT PRIMARY KEY"
                               " CHECK (role IN ('caseworker', 'supervisor', 'admin')),"
                               " name TEXT NOT NULL UNIQUE)"),
                QString::fromUtf8(kCreateRoles),
            });
        !s)
        return s;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT name FROM office_roles WHERE role = 'caseworker'),"
            " (SELECT name FROM office_roles WHERE role = 'supervisor'),"
            " (SELECT name FROM office_roles WHERE role = 'admin'), current_database()"))
        || !q.next())
        return sqlError(q.lastError(), what());
    const QString cw = quoted(q.value(0).toString());
    const QString sv = quoted(q.value(1).toString());
    const QString ad = quoted(q.value(2).toString());
    const QString svName = literal(q.value(1).toString());
    const QString adName = literal(q.value(2).toString());
    const QString database = quoted(q.value(3).toString());
    q.finish();

    // Who is exempt from "the actor is the login": a superuser, whom no trigger binds anyway
    // (they can disable it), and an admin restoring a backup (trustdesk.restoring = on), whose
    // rows carry their original actors.
    const QString exempt = QStringLiteral(
        "CREATE OR REPLACE FUNCTION trustdesk_actor_exempt() RETURNS boolean"
        " LANGUAGE sql STABLE SET search_path = pg_catalog AS $$"
        " SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)"
        " OR (coalesce(current_setting('trustdesk.restoring', true), '') = 'on'"
        "     AND pg_has_role(session_user, %1, 'MEMBER')) $$")
                               .arg(adName);

    return execAll(db,
        {
            // Supervisors can do what caseworkers can, admins what supervisors can.
            QStringLiteral("GRANT %1 TO %2").arg(cw, sv),
            QStringLiteral("GRANT %1 TO %2").arg(sv, ad),
            // Whoever sets the database up (init, or the first open by this version) is its
            // admin. A superuser needs no membership, but it does no harm.
            QStringLiteral("GRANT %1 TO CURRENT_USER").arg(ad),
            // Nobody else in the cluster reaches the office's data.
            QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database),
            QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, cw),
            QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
            QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC"),
            QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(cw),
            // Caseworkers: every case and client (conflict checks see them all), their children
            // and search rows, evidence and its custody, reports; no deleting of a case, a
            // client or an evidence item.
            QStringLiteral("GRANT SELECT, INSERT, UPDATE ON clients, cases, reference_counters,"
                           " evidence TO %1")
                .arg(cw),
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON incidents,"
                           " incident_violations, officers, witnesses, complaint_submissions,"
                           " follow_ups, case_search TO %1")
                .arg(cw),
            QStringLiteral("GRANT SELECT, INSERT ON evidence_custody, evidence_chunks,"
                           " generated_reports, audit_events TO %1")
                .arg(cw),
            QStringLiteral("GRANT SELECT ON violation_categories, schema_version, office_roles,"
                           " office_key, office_key_wraps TO %1")
                .arg(cw),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(cw),
            // Supervisors: remove cases (and the client left without one) and evidence items.
            QStringLiteral("GRANT DELETE ON cases, clients, evidence, evidence_chunks TO %1")
                .arg(sv),
            // Admins: everything a restore needs (emptying and refilling every table, moving the
            // sequences on), the office key and its wraps. The audit log's UPDATE and DELETE
            // stay refused by its trigger.
            QStringLiteral("GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO %1").arg(ad),
            QStringLiteral("GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO %1").arg(ad),
            // Tables a later migration adds (run by the same admin) start readable and
            // writable by staff and wholly the admins'; a migration narrows them if it must.
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public"
                           " GRANT SELECT, INSERT, UPDATE ON TABLES TO %1")
                .arg(cw),
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public"
                           " GRANT USAGE, SELECT ON SEQUENCES TO %1")
                .arg(cw),
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO %1")
                .arg(ad),
            // The audit log: a caseworker reads only their own entries; supervisors and admins
            // read everyone's. Appending needs the chain's head, which trustdesk_audit_head()
            // hands out without the rows (and serialises appenders).
            QStringLiteral("ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("DROP POLICY IF EXISTS audit_events_read ON audit_events"),
            QStringLiteral("CREATE POLICY audit_events_read ON audit_events FOR SELECT"
                           " USING (actor = session_user OR pg_has_role(session_user, %1,"
                           " 'MEMBER'))")
                .arg(svName),
            // The office key's wraps: each person reads and rewraps (change-passphrase) only
            // their own; admins, who add people and back the office up, see every one. A wrap is
            // already sealed under its owner's passphrase; this keeps it from offline guessing
            // by colleagues too.
            QStringLiteral("ALTER TABLE office_key_wraps ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("DROP POLICY IF EXISTS office_key_wraps_own ON office_key_wraps"),
            QStringLiteral("CREATE POLICY office_key_wraps_own ON office_key_wraps FOR ALL"
                           " USING (login = session_user OR pg_has_role(session_user, %1,"
                           " 'MEMBER')) WITH CHECK (login = session_user OR"
                           " pg_has_role(session_user, %1, 'MEMBER'))")
                .arg(adName),
            QStringLiteral("GRANT UPDATE (kdf, ops, mem, salt, nonce, wrapped)"
                           " ON office_key_wraps TO %1")
                .arg(cw),
            QStringLiteral("DROP POLICY IF EXISTS audit_events_append ON audit_events"),
            QStringLiteral("CREATE POLICY audit_events_append ON audit_events FOR INSERT"
                           " WITH CHECK (true)"),
            exempt,
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION trustdesk_audit_head(OUT head_id BIGINT,"
                " OUT head_hash TEXT, OUT actor TEXT) LANGUAGE plpgsql SECURITY DEFINER"
                " SET search_path = public, pg_catalog AS $$ BEGIN"
                // One appender at a time until it commits: two never chain after one head.
                " PERFORM pg_advisory_xact_lock(5523834817);"
                " SELECT e.id, e.entry_hash INTO head_id, head_hash FROM audit_events e"
                "  ORDER BY e.id DESC LIMIT 1;"
                " IF NOT trustdesk_actor_exempt() THEN actor := session_user; END IF;"
                " END $$"),
            QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_audit_count() RETURNS BIGINT"
                           " LANGUAGE sql STABLE SECURITY DEFINER"
                           " SET search_path = public, pg_catalog AS $$"
                           " SELECT count(*) FROM audit_events $$"),
            // The actor is the login: the server refuses an audit entry naming anyone else (the
            // entry's hash covers the actor, so the server cannot rewrite it), and stamps the
            // login on a case's latest save and on custody events.
            QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_audit_actor() RETURNS trigger"
                           " LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$ BEGIN"
                           " IF NEW.actor IS DISTINCT FROM session_user::text"
                           "  AND NOT trustdesk_actor_exempt() THEN"
                           "  RAISE EXCEPTION 'an audit entry''s actor must be the login %',"
                           "   session_user USING ERRCODE = '42501';"
                           " END IF; RETURN NEW; END $$"),
            QStringLiteral("DROP TRIGGER IF EXISTS audit_events_actor ON audit_events"),
            QStringLiteral("CREATE TRIGGER audit_events_actor BEFORE INSERT ON audit_events"
                           " FOR EACH ROW EXECUTE FUNCTION trustdesk_audit_actor()"),
            QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_stamp_login() RETURNS trigger"
                           " LANGUAGE plpgsql SET search_path = public, pg_catalog AS $$ BEGIN"
                           " IF NOT trustdesk_actor_exempt() THEN"
                           "  IF TG_TABLE_NAME = 'cases' THEN NEW.updated_by := session_user;"
                           "  ELSE NEW.actor := session_user; END IF;"
                           " END IF; RETURN NEW; END $$"),
            QStringLiteral("DROP TRIGGER IF EXISTS cases_login ON cases"),
            QStringLiteral("CREATE TRIGGER cases_login BEFORE INSERT OR UPDATE ON cases"
                           " FOR EACH ROW EXECUTE FUNCTION trustdesk_stamp_login()"),
            QStringLiteral("DROP TRIGGER IF EXISTS evidence_custody_login ON evidence_custody"),
            QStringLiteral("CREATE TRIGGER evidence_custody_login BEFORE INSERT ON evidence_custody"
                           " FOR EACH ROW EXECUTE FUNCTION trustdesk_stamp_login()"),
            // Staff management for admins (`trustdesk-cli staff`), run with the rights of the
            // login that set the database up (CREATEROLE), never on a superuser or a group.
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION trustdesk_staff_set(login TEXT, staff_role TEXT,"
                " new_password TEXT DEFAULT NULL) RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
                " SET search_path = public, pg_catalog AS $$"
                " DECLARE target TEXT; r RECORD; BEGIN"
                " IF NOT pg_has_role(session_user, %1, 'MEMBER') THEN"
                "  RAISE EXCEPTION 'only an admin manages staff' USING ERRCODE = '42501'; END IF;"
                " SELECT name INTO target FROM office_roles WHERE role = staff_role;"
                " IF target IS NULL THEN"
                "  RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023'; END IF;"
                " IF login IS NULL OR login = '' OR login LIKE 'pg\\_%' OR EXISTS (SELECT 1 FROM"
                "  office_roles WHERE name = login) OR EXISTS (SELECT 1 FROM pg_roles WHERE"
                "  rolname = login AND (rolsuper OR NOT rolcanlogin)) THEN"
                "  RAISE EXCEPTION 'not a staff login' USING ERRCODE = '22023'; END IF;"
                " IF login = session_user AND staff_role <> 'admin' THEN"
                "  RAISE EXCEPTION 'an admin cannot demote themselves' USING ERRCODE = '42501';"
                " END IF;"
                " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN"
                "  EXECUTE format('CREATE ROLE %I LOGIN', login); END IF;"
                " IF new_password IS NOT NULL THEN"
                "  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, new_password); END IF;"
                " FOR r IN SELECT name FROM office_roles WHERE name <> target LOOP"
                "  IF pg_has_role(login, r.name, 'MEMBER') THEN"
                "   EXECUTE format('REVOKE %I FROM %I', r.name, login); END IF; END LOOP;"
                " EXECUTE format('GRANT %I TO %I', target, login);"
                " END $$")
                .arg(adName),
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION trustdesk_staff_remove(login TEXT) RETURNS boolean"
                " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$"
                " DECLARE r RECORD; removed BOOLEAN := false; BEGIN"
                " IF NOT pg_has_role(session_user, %1, 'MEMBER') THEN"
                "  RAISE EXCEPTION 'only an admin manages staff' USING ERRCODE = '42501'; END IF;"
                " IF login = session_user THEN"
                "  RAISE EXCEPTION 'an admin cannot remove themselves' USING ERRCODE = '42501';"
                " END IF;"
                " FOR r IN SELECT o.name FROM office_roles o JOIN pg_auth_members m"
                "  ON m.roleid = (SELECT oid FROM pg_roles WHERE rolname = o.name)"
                "  WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = login) LOOP"
                "  EXECUTE format('REVOKE %I FROM %I', r.name, login); removed := true; END LOOP;"
                " RETURN removed; END $$")
                .arg(adName),
            // Functions run for PUBLIC unless told otherwise.
            QStringLiteral(
                "REVOKE ALL ON FUNCTION trustdesk_actor_exempt(), trustdesk_audit_head(),"
                " trustdesk_audit_count(), trustdesk_staff_set(TEXT, TEXT, TEXT),"
                " trustdesk_staff_remove(TEXT) FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION trustdesk_actor_exempt(),"
                           " trustdesk_audit_head(), trustdesk_audit_count() TO %1")
                .arg(cw),
            QStringLiteral("GRANT EXECUTE ON FUNCTION trustdesk_staff_set(TEXT, TEXT, TEXT),"
                           " trustdesk_staff_remove(TEXT) TO %1")
                .arg(ad),
        });
}

} // namespace td::StaffRolesSchema
