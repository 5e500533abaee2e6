#include "staffhardeningschema.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td::StaffHardeningSchema {
namespace {

QString what()
{
    return QCoreApplication::translate("Migrations", "Upgrading the database");
}

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

// trustdesk_staff_set of schema 15, now taking a password only as a SCRAM-SHA-256 verifier
// (ScramVerifier, made on the client): PostgreSQL stores a verifier as it is, and a plaintext
// password, which a server logging statements or errors would keep, is refused unread.
const char kStaffSet[] = R"sql(
CREATE OR REPLACE FUNCTION trustdesk_staff_set(login TEXT, staff_role TEXT,
  new_password TEXT DEFAULT NULL) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_catalog AS $$
DECLARE target TEXT; r RECORD;
BEGIN
  IF NOT pg_has_role(session_user, %1, 'MEMBER') THEN
    RAISE EXCEPTION 'only an admin manages staff' USING ERRCODE = '42501';
  END IF;
  IF new_password IS NOT NULL AND new_password !~
      '^SCRAM-SHA-256[$][0-9]+:[A-Za-z0-9+/]+={0,2}[$][A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}$' THEN
    RAISE EXCEPTION 'a password is accepted only as a SCRAM-SHA-256 verifier'
      USING ERRCODE = '22023';
  END IF;
  SELECT name INTO target FROM office_roles WHERE role = staff_role;
  IF target IS NULL THEN
    RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023';
  END IF;
  IF login IS NULL OR login = '' OR login LIKE 'pg\_%' OR EXISTS (SELECT 1 FROM office_roles
      WHERE name = login) OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
      AND (rolsuper OR NOT rolcanlogin)) THEN
    RAISE EXCEPTION 'not a staff login' USING ERRCODE = '22023';
  END IF;
  IF login = session_user AND staff_role <> 'admin' THEN
    RAISE EXCEPTION 'an admin cannot demote themselves' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', login);
  END IF;
  IF new_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, new_password);
  END IF;
  FOR r IN SELECT name FROM office_roles WHERE name <> target LOOP
    IF pg_has_role(login, r.name, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', r.name, login);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', target, login);
END $$)sql";

// What a restore or a migration empties before writing: the categories every new database is
// given. Only an admin, and only while the database holds no case, client or evidence, so the
// function cannot become a way to wipe an office.
const char kRestoreClear[] = R"sql(
CREATE OR REPLACE FUNCTION trustdesk_restore_clear() RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
  IF NOT pg_has_role(session_user, %1, 'MEMBER') THEN
    RAISE EXCEPTION 'only an admin restores' USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM cases) OR EXISTS (SELECT 1 FROM clients)
      OR EXISTS (SELECT 1 FROM evidence) OR EXISTS (SELECT 1 FROM evidence_chunks) THEN
    RAISE EXCEPTION 'the office database is not empty' USING ERRCODE = '55000';
  END IF;
  DELETE FROM violation_categories;
END $$)sql";

} // namespace

Status create(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM office_roles WHERE role = 'admin'")) || !q.next())
        return sqlError(q.lastError(), what());
    const QString admin = q.value(0).toString();
    q.finish();
    const QString ad = quoted(admin);

    const QStringList statements {
        QString::fromUtf8(kStaffSet).arg(literal(admin)),
        QString::fromUtf8(kRestoreClear).arg(literal(admin)),
        QStringLiteral("REVOKE ALL ON FUNCTION trustdesk_restore_clear() FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION trustdesk_restore_clear() TO %1").arg(ad),
        // TRUNCATE fires no row trigger, so it was the one way past the audit log's append-only
        // rule for an admin; a restore needs it no longer (trustdesk_restore_clear). Tables of
        // later migrations come without it too.
        QStringLiteral("REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM %1").arg(ad),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE TRUNCATE ON TABLES"
                       " FROM %1")
            .arg(ad),
        // The table's owner (the login that set the database up) keeps TRUNCATE by ownership:
        // the audit log refuses it from everyone, as it refuses UPDATE and DELETE.
        QStringLiteral("CREATE OR REPLACE FUNCTION trustdesk_audit_no_truncate() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       " RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501';"
                       " END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events"),
        QStringLiteral("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events"
                       " FOR EACH STATEMENT EXECUTE FUNCTION trustdesk_audit_no_truncate()"),
    };
    for (const auto &sql : statements) {
        if (auto s = db.exec(sql, what()); !s)
            return s;
    }
    return {};
}

} // namespace td::StaffHardeningSchema
