#include "keywrap.h"

#include <sodium.h>

namespace td::KeyWrap {
namespace {

// Argon2id costs. Standard: 256 MiB and as many passes as take about a second to unlock on the
// development machine (2 cores; 3 passes took 0.42 s, 7 took about 1 s). Fast is for tests only.
constexpr quint64 kStandardOps = 7;
constexpr quint64 kStandardMem = 256u * 1024 * 1024;

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

static_assert(kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kWrappedBytes == SecureKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);

bool KdfParams::plausible() const
{
    return salt.size() == crypto_pwhash_SALTBYTES && ops >= crypto_pwhash_OPSLIMIT_MIN && ops <= 64
        && mem >= crypto_pwhash_MEMLIMIT_MIN && mem <= quint64(4) * 1024 * 1024 * 1024;
}

KdfParams newParams(Cost cost)
{
    KdfParams p;
    p.ops = cost == Cost::Standard ? kStandardOps : crypto_pwhash_OPSLIMIT_MIN;
    p.mem = cost == Cost::Standard ? kStandardMem : crypto_pwhash_MEMLIMIT_MIN;
    p.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(p.salt.data(), static_cast<size_t>(p.salt.size()));
    return p;
}

SecureKey passphraseKey(const QString &passphrase, const KdfParams &params)
{
    if (!params.plausible())
        return {};
    SecureKey kek = SecureKey::random();
    QByteArray utf8 = passphrase.toUtf8();
    const bool ok = !kek.isNull()
        && crypto_pwhash(kek.data(), SecureKey::kSize, utf8.constData(),
               static_cast<unsigned long long>(utf8.size()), u(params.salt), params.ops,
               static_cast<size_t>(params.mem), crypto_pwhash_ALG_ARGON2ID13)
            == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok ? std::move(kek) : SecureKey();
}

Wrapped wrap(const SecureKey &kek, const SecureKey &key, const QByteArray &ad)
{
    Wrapped w;
    w.nonce = QByteArray(kNonceBytes, '\0');
    randombytes_buf(w.nonce.data(), static_cast<size_t>(w.nonce.size()));
    w.sealed = QByteArray(kWrappedBytes, '\0');
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(w.sealed.data()),
        &sealedLength, key.data(), SecureKey::kSize, u(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, u(w.nonce), kek.data());
    return w;
}

SecureKey unwrap(const SecureKey &kek, const Wrapped &wrapped, const QByteArray &ad)
{
    if (!wrapped.wellFormed() || kek.isNull())
        return {};
    SecureKey out = SecureKey::random(); // locked memory to decrypt into
    unsigned long long length = 0;
    if (out.isNull()
        || crypto_aead_xchacha20poly1305_ietf_decrypt(out.data(), &length, nullptr,
               u(wrapped.sealed), static_cast<unsigned long long>(wrapped.sealed.size()), u(ad),
               static_cast<unsigned long long>(ad.size()), u(wrapped.nonce), kek.data())
            != 0
        || length != SecureKey::kSize)
        return {};
    return out;
}

QByteArray keyCheck(const SecureKey &key, const QByteArray &message)
{
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        u(message), static_cast<unsigned long long>(message.size()), key.data(), SecureKey::kSize);
    return out;
}

} // namespace td::KeyWrap
