#pragma once

#include "common/result.h"

namespace td {

struct PgConnection;

/// Why a connection to an office server could not be opened, told so a caseworker knows what to
/// do: a server that cannot be reached (the network, or no server there) is not a refused
/// password. Neither Qt's driver nor libpq hands out an SQLSTATE for a failed connection (the
/// server's 28P01 or 28000 arrives only as text, in the server's language), so this asks libpq
/// itself: PQpingParams, which tells "no answer" from "answered", and, when the server answered,
/// a connection of its own, whose PQconnectionUsedPassword says whether a password was asked for.
/// The server's text is never shown.
class PgConnectFailure
{
public:
    enum class Reason
    {
        Unreachable, ///< no server answered (nothing listening, no route, timed out, starting up)
        PasswordMissing, ///< the server wants a password and none was given
        PasswordRefused, ///< the server asked for a password and refused the one given
        LoginRefused, ///< the server answered and refused without a password (pg_hba, no database)
        Unknown, ///< the parameters were unusable, or it worked on the second try
    };

    /// Asks libpq why `server` cannot be connected to (blocks for up to a few seconds; call it off
    /// the UI thread, after a failed open). `login` gets the login libpq used (its default, the
    /// system user's name, when the URI names none).
    static Reason diagnose(const PgConnection &server, QString *login = nullptr);
    /// diagnose() as a message for people: Io for an unreachable server, Unauthenticated for a
    /// missing or refused password, NotFound for a login or database the server refused otherwise.
    static Error explain(const PgConnection &server);
    /// The message for each reason (`login` and `host` fill it in).
    static Error errorFor(Reason reason, const QString &login, const PgConnection &server);
};

} // namespace td
