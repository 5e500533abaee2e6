#pragma once

#include "common/result.h"
#include "evidenceprogress.h"

#include <QString>

#include <functional>

namespace td {

class Database;
class SecureKey;

/// Turning the evidence store of a plaintext database into a vault's sealed store, for the
/// conversion of a plaintext database into an encrypted one (`trustdesk-cli encrypt`, the app's
/// conversion). docs/encryption.md, "Converting a plaintext database", gives the whole sequence.
namespace EvidenceStoreConversion {

/// Seals every file that the rows of `encryptedDb` hold, read from the plaintext store at
/// `plainStoreRoot`, into `encryptedDb`'s own store (EvidenceStore::rootFor of its path), named
/// by its names key. Crash-safe: the files are sealed (hashed in the same pass and compared with
/// the rows) into a staging folder beside the target, fsynced, read back and checked again
/// (decrypted and hashed), and only then is the staging folder renamed into place in one step.
/// The plaintext store is never changed; delete it with removePlainStore() once the encrypted
/// database has replaced the plaintext one.
///
/// Runs again after an interruption: a leftover staging folder is deleted, and a target store that
/// is already there and checks out counts as done. A file missing or changed in the plaintext store
/// is an Integrity error listing them; nothing is placed then. `encryptedDb` must be encrypted and
/// already hold the rows (copied from the plaintext one).
Status encryptStore(
    Database &encryptedDb, const QString &plainStoreRoot, const EvidenceProgress &progress = {});

/// The evidence step of VaultConversion::encrypt (its Callbacks::evidence): opens the verified
/// encrypted copy being built for `databasePath` (VaultConversion::stagingPath) with `dataKey` and
/// seals the evidence store beside `databasePath` into the store beside the copy (encryptStore);
/// the conversion's switch then puts it in the plaintext store's place and deletes the latter.
Status sealForConversion(const QString &databasePath, const SecureKey &dataKey,
    const std::function<bool(int percent)> &progress);

/// Deletes a plaintext evidence store once the vault has replaced its database. Never follows a
/// link. (Its files are unlinked, not overwritten: on SSDs and copy-on-write file systems
/// overwriting does not reach the old blocks; docs/encryption.md says so.)
Status removePlainStore(const QString &plainStoreRoot);

} // namespace EvidenceStoreConversion
} // namespace td
