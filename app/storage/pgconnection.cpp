#include "pgconnection.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace td {
namespace {

// The libpq parameters an office URI may carry besides host, port, user, password and dbname.
// Anything else (service files, GSSAPI, replication…) is refused rather than silently ignored.
const QStringList &passedOnKeywords()
{
    static const QStringList keywords {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
    };
    return keywords;
}

Error badUri(const QString &why)
{
    return Error {ErrorKind::BadInput,
        QCoreApplication::translate("PgConnection", "The server address is not usable: %1")
            .arg(why)};
}

// libpq's conninfo quoting; QPSQL turns ';' into the separating space, so ';' cannot be quoted.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool isThisMachine(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")
        || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

bool PgConnection::isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PgConnection> PgConnection::parse(const QString &uri)
{
    if (!isUri(uri))
        return badUri(
            QCoreApplication::translate("PgConnection", "it must start with postgresql://"));
    if (uri.contains(QLatin1Char(',')))
        return badUri(QCoreApplication::translate(
            "PgConnection", "only one server can be named (no commas)."));
    QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return badUri(url.errorString());

    PgConnection c;
    c.host = url.host(QUrl::FullyDecoded);
    c.port = url.port(-1);
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    c.database = url.path(QUrl::FullyDecoded);
    if (c.database.startsWith(QLatin1Char('/')))
        c.database.remove(0, 1);
    if (c.database.contains(QLatin1Char('/')))
        return badUri(
            QCoreApplication::translate("PgConnection", "the database name cannot contain \"/\"."));

    bool sslModeGiven = false;
    QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            c.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            c.port = value.toInt(&ok);
            if (!ok || c.port <= 0 || c.port > 65535)
                return badUri(QCoreApplication::translate(
                    "PgConnection", "the port \"%1\" is not a number from 1 to 65535.")
                                  .arg(value));
        } else if (key == QLatin1String("user")) {
            c.user = value;
        } else if (key == QLatin1String("password")) {
            c.password = value;
        } else if (key == QLatin1String("dbname")) {
            c.database = value;
        } else if (passedOnKeywords().contains(key)) {
            if (value.contains(QLatin1Char(';')))
                return badUri(QCoreApplication::translate(
                    "PgConnection", "the value of \"%1\" cannot contain \";\".")
                                  .arg(key));
            sslModeGiven = sslModeGiven || key == QLatin1String("sslmode");
            c.options.append(key + QLatin1Char('=') + quoted(value));
        } else {
            return badUri(QCoreApplication::translate(
                "PgConnection", "the parameter \"%1\" is not supported.")
                              .arg(key));
        }
    }
    // Case data crosses the network only over TLS to a server whose certificate matches its name.
    if (!sslModeGiven && !isThisMachine(c.host))
        c.options.append(QStringLiteral("sslmode='verify-full'"));

    url.setPassword(QString());
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    c.displayUri = url.toString();
    return c;
}

QString PgConnection::conninfo() const
{
    QStringList parts;
    auto add = [&parts](const char *keyword, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(keyword) + QLatin1Char('=') + quoted(value));
    };
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    add("user", user);
    add("password", password);
    add("dbname", database);
    return (parts + options).join(QLatin1Char(' '));
}

QString PgConnection::displayHost() const
{
    if (host.isEmpty())
        return QCoreApplication::translate("PgConnection", "this computer");
    return port > 0 && !host.startsWith(QLatin1Char('/'))
        ? QStringLiteral("%1:%2").arg(host).arg(port)
        : host;
}

} // namespace td
