#pragma once

#include <QByteArray>
#include <QString>

namespace td {

/// A new file moved from the store's tmp/ folder into its place, while the caller holds the
/// write transaction and the StoreLock. Unless keep() is called once its row is committed, the
/// file placed is removed again, so the store never keeps a file without its row. Bytes already
/// in place are left alone (nothing is placed, nothing removed).
class PlacedFile
{
public:
    PlacedFile() = default;
    ~PlacedFile();
    PlacedFile(const PlacedFile &) = delete;
    PlacedFile &operator=(const PlacedFile &) = delete;

    /// Renames `tempName` to `target` (its folder made owner-only, then synced with `root`) unless
    /// something is at `target` already. False, with errno set, when that fails.
    bool place(const QByteArray &tempName, const QString &target, const QString &root);
    /// Whether place() moved a file in (and so the temporary file is gone).
    bool isNew() const { return m_new; }
    void keep() { m_new = false; }

    /// Whether anything is at `path`, without following a link.
    static bool existsNoFollow(const QString &path);

private:
    QString m_target;
    bool m_new = false;
};

} // namespace td
