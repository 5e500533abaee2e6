#include "lockedserver.h"

#include "storage/databasesession.h"
#include "storage/pgconnection.h"

namespace td::ui {

LockedServer LockedServer::of(const DatabaseSession &session, const QString &login)
{
    LockedServer server;
    if (!session.isServer() || (!session.hasOfficeKey() && !session.hasServerPassword()))
        return server;
    server.uri = session.path();
    const auto parsed = PgConnection::parse(server.uri);
    server.databaseName = parsed ? parsed.value().database : server.uri;
    server.login = login;
    server.askOfficeKey = session.hasOfficeKey();
    server.askPassword = session.hasServerPassword();
    return server;
}

} // namespace td::ui
