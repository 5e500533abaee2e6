#pragma once

#include "common/result.h"
#include "crypto/keywrap.h"
#include "crypto/securekey.h"

#include <QStringList>

namespace td {

class Database;

/// The office key of an office server (PostgreSQL): one random 32-byte key that encrypts the
/// evidence kept in the server, wrapped once per staff member's login (OfficeKeyWrap) in the
/// tables `office_key` and `office_key_wraps`. Adding a person wraps the same key once more:
/// nothing is re-encrypted. Format: docs/office-mode.md, "The office key".
class OfficeKeys
{
public:
    explicit OfficeKeys(Database &db);

    /// Whether the server has an office key yet.
    Result<bool> exists();
    /// The login of this connection (PostgreSQL's current_user): whose wrap unlocks.
    Result<QString> currentLogin();
    /// The logins holding a wrap, in order.
    Result<QStringList> logins();

    /// Makes the office key and wraps it for this connection's login; refused when one exists.
    Result<SecureKey> create(const QString &passphrase, const QString &actor,
        KeyWrap::Cost cost = KeyWrap::Cost::Standard);
    /// The office key from the wrap of this connection's login. A wrong passphrase is
    /// BadInput, no wrap for the login NotFound, a damaged wrap or key Integrity.
    Result<SecureKey> unlock(const QString &passphrase);
    /// Wraps `key` (unlocked by an existing member) for `login`, whose passphrase is
    /// `passphrase`; refused when `login` has a wrap already or `key` is not the office's.
    Status add(const SecureKey &key, const QString &login, const QString &passphrase,
        const QString &actor, KeyWrap::Cost cost = KeyWrap::Cost::Standard);

    /// Wraps `key` (unlocked by this connection's login) again under `newPassphrase`, replacing
    /// that login's wrap in one statement: afterwards exactly one of the two passphrases opens
    /// it. Nothing is re-encrypted; no other login's wrap changes.
    Status changePassphrase(const SecureKey &key, const QString &newPassphrase,
        KeyWrap::Cost cost = KeyWrap::Cost::Standard);

private:
    struct Office
    {
        QByteArray id;
        QByteArray keycheck;
    };
    Result<Office> office();
    Status insertWrap(const QString &login, const QString &passphrase, const SecureKey &key,
        const Office &office, const QString &actor, KeyWrap::Cost cost);

    Database &m_db;
};

} // namespace td
