#include "queryinterrupt.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace td {

// libpq's cancel object for one connection: made from the connection in its own thread, then
// usable from any thread (PQcancel is documented as safe there) until it is freed.
struct QueryInterrupt::ServerCancel
{
    explicit ServerCancel(PGcancel *c)
        : cancel(c)
    { }
    ~ServerCancel() { PQfreeCancel(cancel); }
    Q_DISABLE_COPY_MOVE(ServerCancel)
    PGcancel *cancel = nullptr;
};

QueryInterrupt::QueryInterrupt(const Database &db)
    : m_handle(db.sqliteHandle())
{
    if (db.dialect() != SqlDialect::Postgres)
        return;
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    // Qt's driver hands libpq's connection out under its struct's name (Qt 6.4: "pg_conn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return;
    auto *pg = *static_cast<PGconn *const *>(handle.constData());
    if (PGcancel *cancel = pg ? PQgetCancel(pg) : nullptr)
        m_server = std::make_shared<ServerCancel>(cancel);
}

void QueryInterrupt::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
    if (m_server) {
        // Nothing to tell a person when the request does not reach the server: the statement
        // then ends on its own, as it did before there was a cancel.
        char reason[256];
        PQcancel(m_server->cancel, reason, int(sizeof reason));
    }
}

} // namespace td
