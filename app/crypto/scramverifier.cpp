#include "scramverifier.h"

#include "securekey.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace td::ScramVerifier {
namespace {

using Digest = std::array<unsigned char, crypto_auth_hmacsha256_BYTES>;

// HMAC-SHA-256 from a state already keyed (copied, so the key is hashed once, not per call).
void hmac(
    const crypto_auth_hmacsha256_state &keyed, const unsigned char *data, size_t size, Digest &out)
{
    crypto_auth_hmacsha256_state state = keyed;
    crypto_auth_hmacsha256_update(&state, data, size);
    crypto_auth_hmacsha256_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
}

// PBKDF2-HMAC-SHA-256 (RFC 8018) with one output block: SCRAM's SaltedPassword is exactly as long
// as the hash (RFC 5802, Hi()).
Digest saltedPassword(const QByteArray &password, const QByteArray &salt, int iterations)
{
    crypto_auth_hmacsha256_state keyed;
    crypto_auth_hmacsha256_init(&keyed,
        reinterpret_cast<const unsigned char *>(password.constData()), size_t(password.size()));
    QByteArray first = salt;
    first.append("\x00\x00\x00\x01", 4);
    Digest u;
    hmac(
        keyed, reinterpret_cast<const unsigned char *>(first.constData()), size_t(first.size()), u);
    Digest out = u;
    for (int i = 1; i < iterations; ++i) {
        hmac(keyed, u.data(), u.size(), u);
        for (size_t j = 0; j < out.size(); ++j)
            out[j] ^= u[j];
    }
    sodium_memzero(&keyed, sizeof keyed);
    sodium_memzero(u.data(), u.size());
    return out;
}

QByteArray base64(const unsigned char *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toBase64();
}

} // namespace

Result<QByteArray> make(const QString &password)
{
    if (!sodiumReady())
        return Error {ErrorKind::Io,
            QCoreApplication::translate(
                "ScramVerifier", "The cryptography library failed to start.")};
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return make(password, salt, kIterations);
}

Result<QByteArray> make(const QString &password, const QByteArray &salt, int iterations)
{
    if (password.isEmpty())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ScramVerifier", "The login password is empty.")};
    for (const QChar c : password) {
        // Control characters too: a NUL would end the password libpq sends at login, and nobody
        // types the others at a password prompt.
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("ScramVerifier",
                    "A login password may use only ASCII letters, digits, punctuation and spaces "
                    "(no accented letters or other scripts): the server prepares other characters "
                    "in a way TrustDesk cannot reproduce exactly, which could lock the person "
                    "out. Choose a longer password of ASCII characters instead.")};
    }
    if (salt.isEmpty() || iterations < 1 || !sodiumReady())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("ScramVerifier", "The login password cannot be prepared.")};

    // ASCII needs no SASLprep: PostgreSQL uses such a password's bytes as they are.
    QByteArray bytes = password.toLatin1();
    Digest salted = saltedPassword(bytes, salt, iterations);
    sodium_memzero(bytes.data(), size_t(bytes.size()));

    crypto_auth_hmacsha256_state keyed;
    crypto_auth_hmacsha256_init(&keyed, salted.data(), salted.size());
    sodium_memzero(salted.data(), salted.size());
    static const char kClientKey[] = "Client Key";
    static const char kServerKey[] = "Server Key";
    Digest clientKey;
    Digest serverKey;
    hmac(keyed, reinterpret_cast<const unsigned char *>(kClientKey), sizeof kClientKey - 1,
        clientKey);
    hmac(keyed, reinterpret_cast<const unsigned char *>(kServerKey), sizeof kServerKey - 1,
        serverKey);
    sodium_memzero(&keyed, sizeof keyed);
    Digest storedKey;
    crypto_hash_sha256(storedKey.data(), clientKey.data(), clientKey.size());
    sodium_memzero(clientKey.data(), clientKey.size());

    return QByteArrayLiteral("SCRAM-SHA-256$") + QByteArray::number(iterations) + ':'
        + salt.toBase64() + '$' + base64(storedKey.data(), storedKey.size()) + ':'
        + base64(serverKey.data(), serverKey.size());
}

} // namespace td::ScramVerifier
