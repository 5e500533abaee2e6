#pragma once

#include <QString>

#include <memory>

namespace td {

class Database;
class SecureKey;

/// How an evidence store keeps its files: in the clear and named by their SHA-256 (the store of
/// a plaintext database, unchanged), or sealed (SealedFile) and named by a keyed hash of the
/// SHA-256 (a vault's store), so that holding a known document does not tell whether it is
/// stored. Cheap to copy and safe to share between threads; the keys stay in locked memory.
class EvidenceKeys
{
public:
    /// A plaintext store.
    EvidenceKeys() = default;
    /// The store of `db`: sealed with its EvidenceContent and EvidenceNames subkeys when the
    /// database is encrypted, plaintext otherwise.
    static EvidenceKeys of(const Database &db);
    /// A sealed store with these subkeys (taken over).
    static EvidenceKeys sealed(SecureKey contentKey, SecureKey namesKey);

    bool isSealed() const { return m_content != nullptr; }
    /// "ab/cdef…" for the file holding these bytes: the SHA-256 itself in a plaintext store; in a
    /// sealed one BLAKE2b-256 keyed with the names key of "trustdesk-evidence-name/1|" and the
    /// raw digest, in hex. Empty for anything that is not 64 lowercase hex digits.
    QString relativePath(const QString &sha256) const;
    /// The content key of a sealed store (null for a plaintext one).
    const SecureKey &contentKey() const;

private:
    std::shared_ptr<const SecureKey> m_content;
    std::shared_ptr<const SecureKey> m_names;
};

} // namespace td
