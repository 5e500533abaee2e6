#pragma once

#include <QtGlobal>

namespace td {

/// What a subkey of a vault's data key is for. Each purpose gets its own key (SecureKey::derive
/// with the purpose's number and context), so no two uses ever share a key. Numbers and contexts
/// are part of the on-disk format (docs/encryption.md): never renumber, only add.
enum class KeyPurpose : quint64
{
    Pages = 1, ///< database and WAL pages (VaultVfs)
    EvidenceContent = 2, ///< evidence files (secretstream)
    EvidenceNames = 3, ///< keyed names of evidence files on disk
    Drafts = 4, ///< unsaved editor drafts
    Thumbnails = 5, ///< anything cached about evidence (previews, thumbnails)
    Backups = 6, ///< backup manifests and anything else a backup writes beside the vault
};

/// The 8-byte crypto_kdf context of a purpose ("TDpages1", "TDevid01"…).
const char *keyContext(KeyPurpose purpose);

} // namespace td
