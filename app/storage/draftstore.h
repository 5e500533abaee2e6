#pragma once

#include "common/result.h"
#include "crypto/securekey.h"
#include "domain/casefile.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace td {

class Database;

/// An unsaved intake form: what was typed, kept so a crash or a killed laptop loses nothing.
struct Draft
{
    QString id; ///< file-name-safe identifier, stable while the form is open
    qint64 caseId = 0; ///< the case being edited, 0 for a new case
    qint64 baseRevision = 0; ///< the case's revision when editing began; 0 when not known
    QDateTime savedAt; ///< UTC
    CaseFile caseFile;
};

/// Drafts live beside the database in an owner-only folder (<database>.drafts/), one file each,
/// written atomically. They hold the same sensitive data as the database, so they get the same
/// protection, and they are deleted as soon as the form is saved or discarded. Beside a vault
/// each draft is sealed with the vault's drafts subkey (`<id>.tddraft`, format in
/// docs/encryption.md); beside a plaintext database it is JSON (`<id>.json`).
///
/// An office server (PostgreSQL) has no folder beside it: its drafts live in a per-user folder,
/// `<AppDataLocation>/drafts/<BLAKE2b-128 of the URI without password, hex>/`, sealed with the
/// drafts subkey of the office key. Before the office key is unlocked (or for a login that holds
/// no wrap of it) drafts of a server are kept in this process's memory only, never on disk in
/// the clear: they survive a lock and a reload, not a crash (docs/office-mode.md).
class DraftStore
{
public:
    /// The drafts of `database`: sealed when it is a vault.
    explicit DraftStore(const Database &database);
    /// The drafts of a plaintext database.
    explicit DraftStore(const QString &databasePath);
    /// The drafts of a vault, sealed with `draftsKey` (its KeyPurpose::Drafts subkey); a null key
    /// means a plaintext database.
    DraftStore(const QString &databasePath, SecureKey draftsKey);
    bool isEncrypted() const { return m_key != nullptr; }
    /// Drafts of an office server without its office key: kept in memory, never written.
    bool isInMemory() const { return m_inMemory; }
    /// The per-user folder of the drafts of the office server at `displayUri` (no password).
    static QString serverFolder(const QString &displayUri);

    QString folder() const { return m_folder; }
    Status save(const Draft &draft);
    enum class Live
    {
        Skip, ///< leave out drafts an open editor is still writing: what restoring offers
        Include, ///< every draft on disk
    };
    /// Every draft that can be read, newest first. Unreadable files are skipped, never deleted.
    /// By default so are drafts an open editor (in this or another TrustDesk window) is still
    /// writing: they are not a crash's leftovers. A sealed draft that does not open (changed,
    /// damaged, or sealed for another draft) is never read as a draft: it is renamed
    /// `<id>.tddraft.damaged`, kept for inspection, and its new path added to `setAside`.
    QList<Draft> list(Live live = Live::Skip, QStringList *setAside = nullptr) const;
    /// Marks the draft `id` as being written by a live editor, until the returned lock is
    /// destroyed; a crash leaves a stale lock that list() sees through (by process id).
    /// Null when the mark cannot be made (the draft is then offered like a crashed one).
    std::unique_ptr<QLockFile> holdLive(const QString &id);
    Status remove(const QString &id);
    /// For a vault: seals every plaintext draft left in the folder (from before the database was
    /// encrypted) and deletes the plaintext file; returns how many. Does nothing for a plaintext
    /// database. For an office server whose office key is now unlocked: seals the drafts kept in
    /// memory until then.
    int sealPlaintextLeftovers();
    static QString newId();

private:
    QString pathFor(const QString &id) const;
    QByteArray seal(const QString &id, const QByteArray &plain) const;
    std::optional<QByteArray> open(const QString &id, const QByteArray &sealed) const;
    QString lockPathFor(const QString &id) const;
    Status ensureFolder() const;
    bool isLive(const QString &id) const;

    QString m_folder;
    std::shared_ptr<const SecureKey> m_key; ///< null: plaintext drafts
    bool m_server = false; ///< the drafts of an office server
    bool m_inMemory = false; ///< an office server without its key: drafts in memory only
};

} // namespace td
