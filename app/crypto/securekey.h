#pragma once

#include "keypurpose.h"

#include <QtGlobal>

#include <cstddef>
#include <memory>

namespace td {

/// A 32-byte secret key in memory that is locked (never swapped out), guarded against overruns,
/// excluded from core dumps where the system allows, and wiped when freed (libsodium's
/// sodium_malloc). Move-only; an empty SecureKey holds nothing.
class SecureKey
{
public:
    static constexpr std::size_t kSize = 32;

    SecureKey() = default;
    /// A new key of random bytes.
    static SecureKey random();
    /// A copy of `bytes` (kSize of them); the caller wipes its own copy.
    static SecureKey fromBytes(const unsigned char *bytes);

    SecureKey(SecureKey &&other) noexcept = default;
    SecureKey &operator=(SecureKey &&other) noexcept = default;
    SecureKey(const SecureKey &) = delete;
    SecureKey &operator=(const SecureKey &) = delete;

    bool isNull() const { return !m_bytes; }
    const unsigned char *data() const { return m_bytes.get(); }
    unsigned char *data() { return m_bytes.get(); }
    /// A subkey for one purpose (libsodium's crypto_kdf: BLAKE2b keyed with this key), so the
    /// pages, the WAL and the evidence never share a key.
    SecureKey derive(quint64 purpose, const char context[8]) const;
    /// The subkey of a KeyPurpose (keypurpose.h).
    SecureKey derive(KeyPurpose purpose) const;
    /// Wipes and frees the key now.
    void clear() { m_bytes.reset(); }

private:
    struct Free
    {
        void operator()(unsigned char *p) const;
    };
    static SecureKey allocate();
    std::unique_ptr<unsigned char, Free> m_bytes;
};

/// Makes libsodium ready (once per process); false when it cannot start.
bool sodiumReady();

} // namespace td
