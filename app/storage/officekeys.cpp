#include "officekeys.h"

#include "crypto/officekey.h"
#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace td {
namespace {

QString context()
{
    return QCoreApplication::translate("OfficeKeys", "Reading the office key");
}

Error notOnServer()
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate(
            "OfficeKeys", "An office key exists only in an office server's database.")};
}

Error noOfficeKey()
{
    return Error {ErrorKind::NotFound,
        QCoreApplication::translate("OfficeKeys",
            "This office server has no office key yet, so it cannot hold evidence. An "
            "administrator makes one with `trustdesk-cli office-key init`.")};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

OfficeKeys::OfficeKeys(Database &db)
    : m_db(db)
{ }

Result<bool> OfficeKeys::exists()
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM office_key")))
        return sqlError(q.lastError(), context());
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QString> OfficeKeys::currentLogin()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return sqlError(q.lastError(), context());
    return q.value(0).toString();
}

Result<QStringList> OfficeKeys::logins()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT login FROM office_key_wraps ORDER BY login")))
        return sqlError(q.lastError(), context());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<OfficeKeys::Office> OfficeKeys::office()
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return notOnServer();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT version, office, keycheck FROM office_key WHERE id = 1")))
        return sqlError(q.lastError(), context());
    if (!q.next())
        return noOfficeKey();
    if (q.value(0).toInt() != OfficeKey::kVersion)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeKeys",
                "The office key was made by a newer version of TrustDesk. Update TrustDesk to "
                "use the evidence on this server.")};
    return Office {q.value(1).toByteArray(), q.value(2).toByteArray()};
}

Status OfficeKeys::insertWrap(const QString &login, const QString &passphrase, const SecureKey &key,
    const Office &office, const QString &actor, KeyWrap::Cost cost)
{
    auto wrap = OfficeKey::wrapFor(office.id, login, passphrase, key, cost);
    if (!wrap)
        return wrap.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO office_key_wraps (login, kdf, ops, mem, salt, nonce, wrapped, added_at,"
        " added_by) VALUES (?, 'argon2id13', ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(qint64(wrap->kdf.ops));
    q.addBindValue(qint64(wrap->kdf.mem));
    q.addBindValue(wrap->kdf.salt);
    q.addBindValue(wrap->wrapped.nonce);
    q.addBindValue(wrap->wrapped.sealed);
    q.addBindValue(now());
    q.addBindValue(actor);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("OfficeKeys", "Storing the office key"));
    return {};
}

Result<SecureKey> OfficeKeys::create(
    const QString &passphrase, const QString &actor, KeyWrap::Cost cost)
{
    if (m_db.dialect() != SqlDialect::Postgres)
        return notOnServer();
    const auto login = currentLogin();
    if (!login)
        return login.error();
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto there = exists();
    if (!there)
        return there.error();
    if (there.value())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeKeys",
                "This office server has an office key already; it is never replaced (that would "
                "make its evidence unreadable). Add people with `trustdesk-cli office-key add`.")};
    SecureKey key = SecureKey::random();
    if (key.isNull())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "VaultKeyFile", "Encryption is not available on this system.")};
    const Office made {OfficeKey::newOfficeId(), {}};
    const Office office {made.id, OfficeKey::keyCheck(key, made.id)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO office_key (id, version, office, keycheck, created_at,"
                             " created_by) VALUES (1, ?, ?, ?, ?, ?)"));
    q.addBindValue(OfficeKey::kVersion);
    q.addBindValue(office.id);
    q.addBindValue(office.keycheck);
    q.addBindValue(now());
    q.addBindValue(actor);
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("OfficeKeys", "Storing the office key"));
    if (auto s = insertWrap(login.value(), passphrase, key, office, actor, cost); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return key;
}

Result<SecureKey> OfficeKeys::unlock(const QString &passphrase)
{
    const auto off = office();
    if (!off)
        return off.error();
    const auto login = currentLogin();
    if (!login)
        return login.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT kdf, ops, mem, salt, nonce, wrapped FROM office_key_wraps WHERE login = ?"));
    q.addBindValue(login.value());
    if (!q.exec())
        return sqlError(q.lastError(), context());
    if (!q.next())
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("OfficeKeys",
                "The login \"%1\" holds no copy of the office key. A colleague who has one adds "
                "it with `trustdesk-cli office-key add %1`.")
                .arg(login.value())};
    OfficeKeyWrap wrap;
    wrap.login = login.value();
    wrap.kdf.ops = quint64(q.value(1).toLongLong());
    wrap.kdf.mem = quint64(q.value(2).toLongLong());
    wrap.kdf.salt = q.value(3).toByteArray();
    wrap.wrapped.nonce = q.value(4).toByteArray();
    wrap.wrapped.sealed = q.value(5).toByteArray();
    return OfficeKey::unwrap(off->id, off->keycheck, wrap, passphrase);
}

Status OfficeKeys::add(const SecureKey &key, const QString &login, const QString &passphrase,
    const QString &actor, KeyWrap::Cost cost)
{
    if (login.trimmed().isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeKeys", "Name the login to add.")};
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto off = office();
    if (!off)
        return off.error();
    if (OfficeKey::keyCheck(key, off->id) != off->keycheck)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeKeys", "That key is not this office's key; nothing was added.")};
    const auto have = logins();
    if (!have)
        return have.error();
    if (have->contains(login))
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("OfficeKeys",
                "The login \"%1\" holds a copy of the office key already; nothing was changed.")
                .arg(login)};
    if (auto s = insertWrap(login, passphrase, key, off.value(), actor, cost); !s)
        return s;
    return tx.commit();
}

Status OfficeKeys::changePassphrase(
    const SecureKey &key, const QString &newPassphrase, KeyWrap::Cost cost)
{
    const auto off = office();
    if (!off)
        return off.error();
    if (OfficeKey::keyCheck(key, off->id) != off->keycheck)
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "OfficeKeys", "That key is not this office's key; nothing was changed.")};
    const auto login = currentLogin();
    if (!login)
        return login.error();
    auto wrap = OfficeKey::wrapFor(off->id, login.value(), newPassphrase, key, cost);
    if (!wrap)
        return wrap.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE office_key_wraps SET kdf = 'argon2id13', ops = ?, mem = ?,"
                             " salt = ?, nonce = ?, wrapped = ? WHERE login = ?"));
    q.addBindValue(qint64(wrap->kdf.ops));
    q.addBindValue(qint64(wrap->kdf.mem));
    q.addBindValue(wrap->kdf.salt);
    q.addBindValue(wrap->wrapped.nonce);
    q.addBindValue(wrap->wrapped.sealed);
    q.addBindValue(login.value());
    if (!q.exec())
        return sqlError(
            q.lastError(), QCoreApplication::translate("OfficeKeys", "Storing the office key"));
    if (q.numRowsAffected() != 1)
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate("OfficeKeys",
                "The login \"%1\" holds no copy of the office key; nothing was changed.")
                .arg(login.value())};
    return {};
}

} // namespace td
