#include "staffroles.h"

#include "crypto/scramverifier.h"
#include "database.h"
#include "sqlerror.h"
#include "staffrolesschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td {
namespace {

QString whatFailed()
{
    return QCoreApplication::translate("StaffRoles", "Managing the office's staff");
}

// The server's refusals that are about the request rather than the server (SQLSTATE 22023,
// raised by trustdesk_staff_set for an unknown role or a login that is not staff).
Error staffError(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("22023"))
        return {ErrorKind::BadInput,
            QCoreApplication::translate("StaffRoles",
                "That login cannot be staff: it is a superuser, a group or a system role.")};
    return sqlError(error, whatFailed());
}

// A login's highest role in this office: admins are also supervisors and caseworkers.
const char kRank[] = "CASE o.role WHEN 'admin' THEN 3 WHEN 'supervisor' THEN 2 ELSE 1 END";

} // namespace

StaffRoles::StaffRoles(Database &db)
    : m_db(db)
{ }

const QStringList &StaffRoles::roles()
{
    static const QStringList all {
        QStringLiteral("caseworker"), QStringLiteral("supervisor"), QStringLiteral("admin")};
    return all;
}

Result<QString> StaffRoles::currentRole()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT CASE WHEN (SELECT rolsuper FROM pg_roles"
                               " WHERE rolname = session_user) THEN 'admin' ELSE"
                               " (SELECT o.role FROM office_roles o"
                               "  WHERE pg_has_role(session_user, o.name, 'MEMBER')"
                               "  ORDER BY %1 DESC LIMIT 1) END")
                    .arg(QLatin1String(kRank)))
        || !q.next())
        return sqlError(q.lastError(), whatFailed());
    return q.value(0).toString();
}

Status StaffRoles::requireAdmin(const QString &what)
{
    if (m_db.schemaVersion() < StaffRolesSchema::kVersion)
        return {}; // no roles on this server yet: the server's own grants decide
    const auto role = currentRole();
    if (!role)
        return role.error();
    if (role.value() == QLatin1String("admin"))
        return {};
    return Error {ErrorKind::Denied,
        QCoreApplication::translate("StaffRoles",
            "%1: only an office admin may do this, and your login is not one. Ask an admin to "
            "do it, or to make you one (trustdesk-cli staff role LOGIN admin).")
            .arg(what)};
}

Status StaffRoles::clearSeededTables()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT trustdesk_restore_clear()")))
        return sqlError(q.lastError(), whatFailed());
    return {};
}

Status StaffRoles::carryOverActors()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SET LOCAL trustdesk.restoring = 'on'")))
        return sqlError(q.lastError(), whatFailed());
    return {};
}

Status StaffRoles::endCarryOver()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SET LOCAL trustdesk.restoring = 'off'")))
        return sqlError(q.lastError(), whatFailed());
    return {};
}

Status StaffRoles::set(const QString &login, const QString &role, const QString &password)
{
    // Only the SCRAM verifier goes to the server, never the password (which a server logging
    // statements or errors would keep); the server stores a verifier as it is.
    QVariant verifier {QMetaType(QMetaType::QString)};
    if (!password.isEmpty()) {
        auto made = ScramVerifier::make(password);
        if (!made)
            return made.error();
        verifier = QString::fromLatin1(made.value());
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT trustdesk_staff_set(?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(role);
    q.addBindValue(verifier);
    if (!q.exec())
        return staffError(q.lastError());
    return {};
}

Status StaffRoles::setPassword(const QString &login, const QString &password)
{
    // The password is checked (and refused when not ASCII) before the server is asked anything.
    auto made = ScramVerifier::make(password);
    if (!made)
        return made.error();
    if (auto admin = requireAdmin(
            QCoreApplication::translate("StaffRoles", "Setting a staff member's password"));
        !admin)
        return admin;
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    // trustdesk_staff_set (schema 17) sets a password only together with a role, and would make
    // a missing login: ask for the login's own role first, so a reset neither changes the role
    // nor creates anyone.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT o.role FROM office_roles o JOIN pg_roles g ON g.rolname = o.name"
                       " JOIN pg_auth_members a ON a.roleid = g.oid"
                       " JOIN pg_roles m ON m.oid = a.member"
                       " WHERE m.rolname = ? AND m.rolcanlogin ORDER BY %1 DESC LIMIT 1")
            .arg(QLatin1String(kRank)));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q.lastError(), whatFailed());
    if (!q.next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("StaffRoles",
                "There is no staff member \"%1\" on this office server (trustdesk-cli staff list "
                "shows them).")
                .arg(login)};
    const QString role = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT trustdesk_staff_set(?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(role);
    q.addBindValue(QString::fromLatin1(made.value()));
    if (!q.exec())
        return staffError(q.lastError());
    q.finish();
    return transaction.commit();
}

Result<bool> StaffRoles::remove(const QString &login)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT trustdesk_staff_remove(?)"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return staffError(q.lastError());
    return q.value(0).toBool();
}

Result<QList<StaffMember>> StaffRoles::list()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT DISTINCT ON (m.rolname) m.rolname, o.role,"
                           " EXISTS (SELECT 1 FROM office_key_wraps w WHERE w.login = m.rolname)"
                           " FROM office_roles o JOIN pg_roles g ON g.rolname = o.name"
                           " JOIN pg_auth_members a ON a.roleid = g.oid"
                           " JOIN pg_roles m ON m.oid = a.member"
                           " WHERE m.rolcanlogin ORDER BY m.rolname, %1 DESC")
                .arg(QLatin1String(kRank))))
        return sqlError(q.lastError(), whatFailed());
    QList<StaffMember> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

} // namespace td
