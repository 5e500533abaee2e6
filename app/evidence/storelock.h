#pragma once

#include <QString>

namespace td {

/// An advisory lock on an evidence store, so that a check never sees a file half-way into or out
/// of it. Whoever places a file in the store or takes one out holds it exclusively from the
/// rename until its database commit (and the unlink); a checker holds it shared while it compares
/// the folder with the database. flock(), not fcntl(): flock locks belong to the open file, so
/// closing another descriptor elsewhere in the process never drops them, and they are separate
/// from SQLite's locks. The lock file is `<store>/.lock`, created owner-only on first use.
class StoreLock
{
public:
    enum class Mode
    {
        Shared,
        Exclusive
    };

    /// Waits for the lock. When the store does not exist (or the lock file cannot be made) the
    /// lock is simply not held: there is nothing another process could be changing.
    StoreLock(const QString &storeRoot, Mode mode);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    bool held() const { return m_fd >= 0; }
    static QString fileName() { return QStringLiteral(".lock"); }

    /// True when a temporary file in the store is left over from an interrupted attach or
    /// removal: it still exists, no writer holds its mark, and it is not brand new (a writer
    /// marks its file a moment after creating it). A file that vanished meanwhile was work in
    /// progress, not a leftover.
    static bool isLeftover(const QString &path);
    /// Deletes the copies an attach or a redaction left in `<store>/tmp` when it was killed
    /// (`import-*`, `redact-*` files that are leftovers, see isLeftover): never placed in the
    /// store nor named by a row, so nothing but a partial copy (sealed, in a vault). Without this,
    /// one SIGKILL during an attach made `verify` fail for good. A file a removal moved aside
    /// (`removed-*`) is kept: it may be the only copy of an item whose removal did not commit.
    /// Returns how many were deleted.
    static int removeInterruptedCopies(const QString &storeRoot);
    /// Marks a temporary file the caller is writing (see isBeingWritten); the mark lasts while
    /// `fd`, or a duplicate of it, stays open.
    static void markBeingWritten(int fd);

private:
    int m_fd = -1;
};

} // namespace td
