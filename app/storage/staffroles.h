#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace td {

class Database;

/// One staff member of an office server: a login in one of the office's roles.
struct StaffMember
{
    QString login;
    QString role; ///< "caseworker", "supervisor" or "admin"
    bool holdsOfficeKey = false;
};

/// The staff of an office server (docs/office-mode.md, "People and roles"): PostgreSQL logins in
/// the office's group roles. The server enforces what each role may do; this class only asks it.
class StaffRoles
{
public:
    explicit StaffRoles(Database &db);

    static const QStringList &roles(); ///< caseworker, supervisor, admin

    /// The role of this connection's login: "admin", "supervisor", "caseworker", or empty when it
    /// has none (a superuser has every right without one and answers "admin").
    Result<QString> currentRole();
    /// Puts `login` in `role` (creating the login, without a password unless one is given, when
    /// missing); only an admin may. A password is sent as its SCRAM-SHA-256 verifier only
    /// (ScramVerifier; ASCII passwords only).
    Status set(const QString &login, const QString &role, const QString &password = {});
    /// Gives `login`, already staff of this office, a new password and keeps its role (a
    /// forgotten or leaked password); only an admin may (ErrorKind::Denied otherwise), and a login
    /// in no role of this office is ErrorKind::NotFound. Sent as set() sends it: the SCRAM-SHA-256
    /// verifier only, ASCII passwords only.
    Status setPassword(const QString &login, const QString &password);
    /// Takes every role away from `login` (the login itself stays); false when it had none.
    Result<bool> remove(const QString &login);
    /// Everyone in a role, by login.
    Result<QList<StaffMember>> list();

    /// A clear refusal (ErrorKind::Denied) unless this login is an office admin: restoring and
    /// migrating write every table, and rows that carry other people's names.
    Status requireAdmin(const QString &what);
    /// Inside the write transaction of a restore or a migration into an empty office database:
    /// empties the tables a new database is given rows in (the violation categories), through
    /// the server's trustdesk_restore_clear(), which refuses unless this login is an admin and the
    /// database holds no cases or evidence. Admins hold no TRUNCATE of their own (schema 17).
    Status clearSeededTables();
    /// Inside a write transaction of a restore or a migration: the rows written keep the actors
    /// they carry (audit entries, custody events, who last changed a case) instead of this
    /// login's. The server allows it to admins and superusers only (trustdesk_actor_exempt).
    Status carryOverActors();
    /// Ends carryOverActors() for the rest of the transaction: what is written from here on (the
    /// restore's or the migration's own audit entry) names this login again.
    Status endCarryOver();

private:
    Database &m_db;
};

} // namespace td
