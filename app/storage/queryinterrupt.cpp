#include "queryinterrupt.h"

#include "database.h"

#include <sqlite3.h>

namespace td {

QueryInterrupt::QueryInterrupt(const Database &db)
    : m_handle(db.sqliteHandle())
{ }

void QueryInterrupt::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace td
