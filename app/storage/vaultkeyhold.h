#pragma once

#include "crypto/vaultvfs.h"

namespace td {

/// A vault data key registered with the vault VFS for as long as this lives, for raw SQLite
/// connections (backup copies, conversions) opened with VaultVfs::uriFor(path, token()).
class VaultKeyHold
{
public:
    explicit VaultKeyHold(const SecureKey &dataKey)
        : m_token(VaultVfs::ensureRegistered() ? VaultVfs::addKey(dataKey) : QString())
    { }
    ~VaultKeyHold()
    {
        if (!m_token.isEmpty())
            VaultVfs::releaseKey(m_token);
    }
    Q_DISABLE_COPY_MOVE(VaultKeyHold)

    bool isValid() const { return !m_token.isEmpty(); }
    /// The URI that opens `path` through the VFS with this key.
    QString uriFor(const QString &path) const { return VaultVfs::uriFor(path, m_token); }

private:
    QString m_token;
};

} // namespace td
