#pragma once

#include "common/result.h"
#include "securekey.h"

#include <QString>

namespace td {

/// The key file of an encrypted database, `<database>.vault`: the database's random data key,
/// wrapped twice with XChaCha20-Poly1305 — by a key derived from the passphrase with Argon2id,
/// and by a random recovery key shown once when the vault is made. The file holds no secret in
/// the clear; every field that matters (the Argon2id cost, its salt, which wrap is which) is
/// bound into the wraps as associated data, so a changed field makes unlocking fail instead of
/// weakening it. Format: docs/encryption.md.
class VaultKeyFile
{
public:
    /// How hard the passphrase is to guess: Standard for every real vault (about a second here,
    /// 256 MiB); Fast only for tests that make many vaults (the cost is recorded in the file).
    enum class Cost
    {
        Standard,
        Fast,
    };

    struct Created
    {
        SecureKey dataKey;
        QString recoveryKey; ///< to show once; "ABCD-EFGH-…", 13 groups of four
    };

    static QString pathFor(const QString &databasePath);

    /// Makes a new key file at `path` (which must not exist) with a new data key.
    static Result<Created> create(
        const QString &path, const QString &passphrase, Cost cost = Cost::Standard);
    /// The data key, if `passphrase` is the vault's; a wrong one is ErrorKind::BadInput, a
    /// damaged or changed file ErrorKind::Integrity.
    static Result<SecureKey> unlock(const QString &path, const QString &passphrase);
    static Result<SecureKey> unlockWithRecoveryKey(const QString &path, const QString &recoveryKey);
    /// Wraps the same data key under a new passphrase, replacing the file atomically: after a
    /// crash exactly one of the two passphrases works. The recovery key is unchanged.
    static Status changePassphrase(const QString &path, const SecureKey &dataKey,
        const QString &newPassphrase, Cost cost = Cost::Standard);

    /// True when `dataKey` is the key of the vault whose key file is at `path` (its keycheck,
    /// which reveals nothing about the key): a backup of the same vault opens with it.
    static bool holdsKey(const QString &path, const SecureKey &dataKey);

    static constexpr int kMinimumPassphraseLength = 8;
};

} // namespace td
