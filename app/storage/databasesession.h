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
    /// The session of an open database (a copy of its key).
    static DatabaseSession of(const Database &database);

    bool isNull() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }
    bool isEncrypted() const { return m_dataKey != nullptr; }
    /// The vault's data key; null for a plaintext database.
    const SecureKey *dataKey() const { return m_dataKey.get(); }
    std::shared_ptr<const SecureKey> sharedDataKey() const { return m_dataKey; }
    /// Opens a new connection, with the key when it is a vault (in the calling thread).
    Result<std::unique_ptr<Database>> open(Database::OpenMode mode) const;

private:
    QString m_path;
    std::shared_ptr<const SecureKey> m_dataKey;
};

} // namespace td
