#include "securekey.h"

#include <sodium.h>

#include <cstring>

namespace td {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void SecureKey::Free::operator()(unsigned char *p) const
{
    sodium_free(p); // wipes before freeing
}

SecureKey SecureKey::allocate()
{
    SecureKey k;
    if (!sodiumReady())
        return k;
    k.m_bytes.reset(static_cast<unsigned char *>(sodium_malloc(kSize)));
    return k;
}

SecureKey SecureKey::random()
{
    SecureKey k = allocate();
    if (!k.isNull())
        randombytes_buf(k.data(), kSize);
    return k;
}

SecureKey SecureKey::fromBytes(const unsigned char *bytes)
{
    SecureKey k = allocate();
    if (!k.isNull())
        std::memcpy(k.data(), bytes, kSize);
    return k;
}

SecureKey SecureKey::derive(quint64 purpose, const char context[8]) const
{
    static_assert(crypto_kdf_KEYBYTES == kSize && crypto_kdf_CONTEXTBYTES == 8);
    SecureKey sub = allocate();
    if (isNull() || sub.isNull()
        || crypto_kdf_derive_from_key(sub.data(), kSize, purpose, context, data()) != 0)
        return {};
    return sub;
}

SecureKey SecureKey::derive(KeyPurpose purpose) const
{
    return derive(static_cast<quint64>(purpose), keyContext(purpose));
}

} // namespace td
