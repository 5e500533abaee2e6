#pragma once

#include <memory>

struct sqlite3;

namespace td {

class Database;

/// Stops the statement running on a connection, from any thread; the statement then fails. On a
/// database file that is sqlite3_interrupt (at the statement's next step); on an office server,
/// libpq's cancel request (PQcancel: a separate message to the server, which ends the running
/// statement at once). Made in the connection's thread; interrupt() is valid only while that
/// connection is open. Lets a window that is closing (or locking) end a long count at once
/// instead of waiting for it.
class QueryInterrupt
{
public:
    QueryInterrupt() = default;
    explicit QueryInterrupt(const Database &db);
    void interrupt() const;

private:
    struct ServerCancel;

    sqlite3 *m_handle = nullptr;
    std::shared_ptr<ServerCancel> m_server;
};

} // namespace td
