#pragma once

#include "securekey.h"

#include <QByteArray>
#include <QString>

namespace td {

/// The primitives both key formats share, the vault's key file (VaultKeyFile) and the office
/// key of an office server (docs/office-mode.md): a key-encryption key derived from a passphrase
/// with Argon2id, a 32-byte key wrapped with XChaCha20-Poly1305 under associated data that names
/// what the wrap is, and a keyed check that tells whether a key is the right one without
/// revealing it. The formats themselves (which fields, which associated data) stay with them.
namespace KeyWrap {

/// How hard a passphrase is to guess: Standard for every real key (about a second here,
/// 256 MiB); Fast only for tests that make many keys. The cost is stored with the wrap.
enum class Cost
{
    Standard,
    Fast,
};

/// Argon2id's settings for one wrap: the cost and a random salt.
struct KdfParams
{
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray salt; ///< crypto_pwhash_SALTBYTES (16)

    /// Within the bounds a reader accepts (so a changed file cannot ask for 1 TB or 0 passes).
    bool plausible() const;
};

/// New settings of this cost with a fresh random salt.
KdfParams newParams(Cost cost);

/// The key-encryption key for `passphrase` under `params`; null when memory ran out.
SecureKey passphraseKey(const QString &passphrase, const KdfParams &params);

inline constexpr int kNonceBytes = 24; ///< crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
inline constexpr int kWrappedBytes = SecureKey::kSize + 16; ///< the key and the Poly1305 tag

struct Wrapped
{
    QByteArray nonce; ///< kNonceBytes, random
    QByteArray sealed; ///< kWrappedBytes
    bool wellFormed() const
    {
        return nonce.size() == kNonceBytes && sealed.size() == kWrappedBytes;
    }
};

/// `key` encrypted under `kek`, binding `ad`, with a fresh random nonce.
Wrapped wrap(const SecureKey &kek, const SecureKey &key, const QByteArray &ad);
/// The key back, or a null key when the tag does not verify (wrong kek, changed data or ad).
SecureKey unwrap(const SecureKey &kek, const Wrapped &wrapped, const QByteArray &ad);

/// BLAKE2b-256 of `message` keyed with `key`: equal for the same key, telling nothing about it.
QByteArray keyCheck(const SecureKey &key, const QByteArray &message);

} // namespace KeyWrap
} // namespace td
