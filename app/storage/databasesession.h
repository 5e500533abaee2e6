#pragma once

#include "database.h"

#include <memory>

namespace td {

/// Where the open database is and, for a vault, its data key: what opens every further
/// connection to it (a background job's, a panel's own), so no one passes a bare path around
/// and a vault opens wherever a plaintext database did. Cheap to copy (the key is shared, in
/// locked memory, and wiped when the last copy goes).
class DatabaseSession
{
public:
    DatabaseSession() = default;
    /// A plaintext database at `path`, or a vault when `dataKey` is given.
    explicit DatabaseSession(QString path, std::shared_ptr<const SecureKey> dataKey = {});
    /// The session of an open database (a copy of its key; for an office server, of its
    /// connection's password and office key, as forServer).
    static DatabaseSession of(const Database &database);
    /// An office server: `uri` as it was connected to, with its password if one was typed (kept
    /// in memory only, never written anywhere), and the office key once unlocked (copied into
    /// every connection this session opens, so evidence and drafts open there too).
    static DatabaseSession forServer(const Database &database, const QString &uri);
    /// An office server by its URI alone (with the password, if one is needed), and the office
    /// key when one was unlocked: what the lock screen hands back after the unlock.
    static DatabaseSession forServerUri(
        const QString &uri, std::shared_ptr<const SecureKey> officeKey = {});

    DatabaseSession(const DatabaseSession &) = default;
    DatabaseSession(DatabaseSession &&) = default;
    DatabaseSession &operator=(const DatabaseSession &) = default;
    DatabaseSession &operator=(DatabaseSession &&) = default;
    /// The last copy overwrites the server URI's characters (its password) before freeing them.
    ~DatabaseSession();

    bool isNull() const { return m_path.isEmpty(); }
    /// The file, or the server's URI without its password.
    QString path() const { return m_path; }
    bool isServer() const { return !m_serverUri.isEmpty(); }
    bool isEncrypted() const { return m_dataKey != nullptr; }
    /// An office server whose office key this session holds (evidence opens there).
    bool hasOfficeKey() const { return m_officeKey != nullptr; }
    /// On a server: whether a password was typed (the lock asks for it again).
    bool hasServerPassword() const;
    /// The office key this session copies into its connections (tests watch it go at the lock).
    std::shared_ptr<const SecureKey> sharedOfficeKey() const { return m_officeKey; }
    /// The vault's data key; null for a plaintext database.
    const SecureKey *dataKey() const { return m_dataKey.get(); }
    std::shared_ptr<const SecureKey> sharedDataKey() const { return m_dataKey; }
    /// Opens a new connection, with the key when it is a vault (in the calling thread).
    Result<std::unique_ptr<Database>> open(Database::OpenMode mode) const;

private:
    QString m_path;
    std::shared_ptr<const SecureKey> m_dataKey;
    QString m_serverUri; ///< with the password: what opens a connection; empty for a file
    std::shared_ptr<const SecureKey> m_officeKey;
};

} // namespace td
