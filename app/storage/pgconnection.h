#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace td {

/// A PostgreSQL connection URI (`postgresql://user@host:port/dbname?sslmode=verify-full`, or
/// `postgresql:///dbname?host=/run/postgresql` for a unix socket), taken apart for QPSQL.
struct PgConnection
{
    QString host; ///< a name, an address, or a socket folder (starts with '/'); empty: libpq's
    int port = -1; ///< -1: libpq's default
    QString user;
    QString password;
    QString database;
    /// libpq keywords QPSQL passes on as they are (`sslmode='verify-full'`…), values quoted.
    QStringList options;
    QString displayUri; ///< the URI without its password, for titles, logs and Database::path()

    /// Whether `text` is meant as a PostgreSQL URI rather than a file name.
    static bool isUri(const QString &text);
    /// Parses a URI; unknown parameters and several hosts are refused with a clear message.
    /// A network host other than this machine gets sslmode=verify-full unless the URI names one.
    static Result<PgConnection> parse(const QString &uri);
    /// QPSQL's connect options: the libpq keywords joined by ';'.
    QString connectOptions() const { return options.join(QLatin1Char(';')); }
    /// The whole connection as one libpq conninfo string, the password included: for a libpq
    /// call of our own (PgConnectFailure). Wipe it after use.
    QString conninfo() const;
    /// Where the server is, for people: its name (and port), or its socket folder.
    QString displayHost() const;
};

} // namespace td
