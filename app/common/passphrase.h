#pragma once

#include <QByteArray>
#include <QString>

namespace td {

/// The app passphrase that unlocks an idle TrustDesk window. Stored only as an Argon2id hash
/// (libsodium's crypto_pwhash_str: algorithm, parameters and salt in one string). A separate
/// random key-derivation salt is kept beside it so encryption at rest can later derive its key
/// from the same passphrase with Argon2id (deriveKey) without ever storing that key.
namespace Passphrase {

/// Shortest passphrase accepted.
constexpr int minimumLength()
{
    return 8;
}
/// The Argon2id hash string to store; empty if hashing failed (out of memory).
QString hash(const QString &passphrase);
bool verify(const QString &storedHash, const QString &passphrase);
/// A new random salt for deriveKey, base64.
QString newKeySalt();
/// A 32-byte key from the passphrase and salt (Argon2id, interactive limits); empty on failure.
QByteArray deriveKey(const QString &passphrase, const QString &keySaltBase64);

} // namespace Passphrase
} // namespace td
