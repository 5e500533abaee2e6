#pragma once

#include "common/result.h"
#include "keywrap.h"
#include "securekey.h"

#include <QString>

namespace td {

/// One staff member's wrap of an office server's key: the office's random 32-byte data key
/// encrypted with XChaCha20-Poly1305 under a key derived from that person's passphrase with
/// Argon2id (as the vault's key file wraps its data key). The associated data binds the format,
/// the office, the login and the Argon2id settings, so a lowered cost or a wrap moved to another
/// login does not unlock. Stored in the server's `office_key_wraps` table (OfficeKeys in
/// app/storage); format in docs/office-mode.md.
struct OfficeKeyWrap
{
    QString login;
    KeyWrap::KdfParams kdf;
    KeyWrap::Wrapped wrapped;
};

namespace OfficeKey {

inline constexpr int kVersion = 1;
inline constexpr int kOfficeIdBytes = 16;

/// 16 random bytes naming a new office key.
QByteArray newOfficeId();
/// The keyed check stored beside the wraps: tells whether a key is this office's.
QByteArray keyCheck(const SecureKey &key, const QByteArray &officeId);
/// `key` wrapped for `login` under `passphrase` (at least VaultKeyFile's minimum length).
Result<OfficeKeyWrap> wrapFor(const QByteArray &officeId, const QString &login,
    const QString &passphrase, const SecureKey &key, KeyWrap::Cost cost);
/// The office key from `wrap`: a wrong passphrase is BadInput, a wrap that cannot be read or a
/// key that fails `keyCheck` Integrity.
Result<SecureKey> unwrap(const QByteArray &officeId, const QByteArray &storedKeyCheck,
    const OfficeKeyWrap &wrap, const QString &passphrase);

} // namespace OfficeKey
} // namespace td
