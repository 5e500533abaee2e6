#pragma once

struct sqlite3;

namespace td {

class Database;

/// Stops the statement running on a connection at its next step (sqlite3_interrupt), from any
/// thread; the statement then fails. Made in the connection's thread; interrupt() is valid only
/// while that connection is open. Lets a window that is closing (or locking) end a long count
/// at once instead of waiting for it.
class QueryInterrupt
{
public:
    QueryInterrupt() = default;
    explicit QueryInterrupt(const Database &db);
    void interrupt() const;

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace td
