#pragma once

#include <QString>

namespace td {
class DatabaseSession;
}

namespace td::ui {

/// What the lock screen asks for to reconnect a window that was on an office server, since the
/// lock wipes the session's password and office key (docs/office-mode.md, "The lock on a
/// server"): the passphrase of the login's office key when it was unlocked (it replaces the app
/// passphrase, as a vault's does), and the server password when one was typed at the connect.
/// Nothing secret is kept here.
struct LockedServer
{
    QString uri; ///< without its password
    QString databaseName;
    QString login;
    bool askOfficeKey = false;
    bool askPassword = false;

    /// Null when the lock screen has nothing of its own to ask: a file, or a server reached
    /// without a password (~/.pgpass, peer or trust) whose office key was not unlocked.
    bool isNull() const { return uri.isEmpty(); }
    static LockedServer of(const DatabaseSession &session, const QString &login);
};

} // namespace td::ui
