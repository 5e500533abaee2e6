#include "pgconnectfailure.h"

#include "common/logging.h"
#include "pgconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>
#include <sodium.h>

#include <algorithm>
#include <memory>

namespace td {
namespace {

// The diagnosis runs after a failed attempt: it must not double a long wait for a server that
// is away, and a server that answers does so in well under this.
constexpr int kProbeTimeoutSeconds = 5;

int givenTimeout(const PgConnection &server)
{
    for (const QString &option : server.options) {
        if (!option.startsWith(QLatin1String("connect_timeout=")))
            continue;
        QString value = option.mid(16);
        value.remove(QLatin1Char('\''));
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (ok && seconds > 0)
            return seconds;
    }
    return 0;
}

// The conninfo holds the password: wiped when the probe is done.
struct Conninfo
{
    QByteArray bytes;
    explicit Conninfo(const PgConnection &server)
    {
        const int given = givenTimeout(server);
        QString text = server.conninfo();
        // Later keywords win in a conninfo string: the probe's bound comes last.
        text += QStringLiteral(" connect_timeout='%1'")
                    .arg(given > 0 ? std::min(given, kProbeTimeoutSeconds) : kProbeTimeoutSeconds);
        bytes = text.toUtf8();
        if (text.isDetached())
            sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    ~Conninfo()
    {
        if (!bytes.isEmpty() && bytes.isDetached())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(Conninfo)
};

struct Finish
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};

} // namespace

PgConnectFailure::Reason PgConnectFailure::diagnose(const PgConnection &server, QString *login)
{
    const Conninfo conninfo(server);
    // expand_dbname: the one "dbname" value is read as the whole conninfo string.
    const char *const keywords[] = {"dbname", nullptr};
    const char *const values[] = {conninfo.bytes.constData(), nullptr};
    switch (PQpingParams(keywords, values, 1)) {
    case PQPING_OK:
        break;
    case PQPING_REJECT: // starting up, shutting down or recovering: not taking logins now
    case PQPING_NO_RESPONSE:
        qCInfo(lcStorage) << "office server: no answer";
        return Reason::Unreachable;
    case PQPING_NO_ATTEMPT:
        qCInfo(lcStorage) << "office server: connection parameters unusable";
        return Reason::Unknown;
    }
    const std::unique_ptr<PGconn, Finish> conn(PQconnectdbParams(keywords, values, 1));
    if (!conn)
        return Reason::Unknown;
    if (login)
        *login = QString::fromUtf8(PQuser(conn.get()));
    if (PQstatus(conn.get()) == CONNECTION_OK) {
        qCInfo(lcStorage) << "office server: the second attempt got in";
        return Reason::Unknown;
    }
    // The server's own text is not read: it is in the server's language, and QPSQL's failed
    // open has logged it already (sqlError).
    if (PQconnectionNeedsPassword(conn.get()))
        return Reason::PasswordMissing;
    // Set once the server asked for a password: for a wrong one, and for a login that does not
    // exist (the server asks anyway, so as not to tell which logins exist).
    if (PQconnectionUsedPassword(conn.get()))
        return Reason::PasswordRefused;
    return Reason::LoginRefused;
}

Error PgConnectFailure::explain(const PgConnection &server)
{
    QString login = server.user;
    const Reason reason = diagnose(server, &login);
    return errorFor(reason, login, server);
}

Error PgConnectFailure::errorFor(Reason reason, const QString &login, const PgConnection &server)
{
    switch (reason) {
    case Reason::Unreachable:
        return {ErrorKind::Io,
            QCoreApplication::translate("PgConnectFailure",
                "Cannot reach the office server at %1. Check the network or ask your "
                "administrator; nothing was lost, try again.")
                .arg(server.displayHost())};
    case Reason::PasswordMissing:
        return {ErrorKind::Unauthenticated,
            QCoreApplication::translate("PgConnectFailure",
                "The office server wants a password for the login %1. Enter your server password "
                "and try again.")
                .arg(login)};
    case Reason::PasswordRefused:
        return {ErrorKind::Unauthenticated,
            QCoreApplication::translate("PgConnectFailure",
                "The server refused the password for the login %1. Check the password (capitals "
                "count) and try again, or ask your administrator.")
                .arg(login)};
    case Reason::LoginRefused:
        return {ErrorKind::NotFound,
            QCoreApplication::translate("PgConnectFailure",
                "The office server at %1 did not let the login %2 open the database %3: the "
                "database may not exist there, or the server does not accept this login from "
                "this computer. Ask your administrator.")
                .arg(server.displayHost(), login, server.database)};
    case Reason::Unknown:
        break;
    }
    return {ErrorKind::Io,
        QCoreApplication::translate("PgConnectFailure",
            "The office server at %1 could not be reached, or it refused the login. Try again; "
            "nothing was lost.")
            .arg(server.displayHost())};
}

} // namespace td
