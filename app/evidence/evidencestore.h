#pragma once

#include "common/result.h"
#include "evidencekeys.h"
#include "evidenceprogress.h"
#include "redactionrecord.h"
#include "storage/custodylog.h"
#include "storage/evidencerepository.h"
#include "storedevidence.h"
#include "storedfile.h"

#include <QList>
#include <QString>

namespace td {

class Database;
class PlacedFile;
class WriteTransaction;

/// What to record with an attached file besides what the file itself tells.
struct AttachOptions
{
    QString description;
    QString source; ///< "client", "witness", "officer", "other" or empty
};

/// The outcome of one attach: a new item, the same bytes already on the case (stored once), or
/// the file supplied for an item whose metadata arrived without it (an interchange import).
struct AttachResult
{
    enum class Outcome
    {
        Added,
        AlreadyAttached,
        FileAdded
    };
    Outcome outcome = Outcome::Added;
    StoredEvidence evidence;
};

/// A stored file checked before it is shown: the plaintext a preview asked for, and for a
/// plaintext store the checked file itself, which a system viewer can open.
struct OpenedEvidence
{
    QByteArray content; ///< the first bytes asked for; all of the file when `complete`
    bool complete = false;
    QString path; ///< empty for a sealed store: its files are never handed out decrypted
    bool inServer = false; ///< read from an office server's rows (sealed with the office key)
};

/// The content-addressed evidence store of one database, and the evidence rows that point into it.
///
/// Layout: `<database file>.evidence/ab/cdef…` beside the database (the full file name plus
/// ".evidence", so two databases in one folder never share a store), named by the SHA-256 of the
/// bytes: first two hex digits as the folder, the other 62 as the file name. Folders are 0700,
/// files 0400. New files are written to `tmp/` inside the store, fsynced and then linked into
/// place, so a file in place is always complete. Nothing in the store is ever followed as a link.
///
/// The store of an encrypted database is sealed (EvidenceKeys): each file is encrypted
/// (SealedFile) and named by a keyed hash of its SHA-256 in the same layout. The rows and the
/// custody log always hold the plaintext's SHA-256, and every read checks it.
class EvidenceStore
{
public:
    EvidenceStore(Database &db, QString actor);

    static QString rootFor(const QString &databasePath);
    /// "ab/cdef…" for a hash, in a plaintext store (see storedName for any store).
    static QString relativePath(const QString &sha256);
    static QStringList sources();

    QString root() const { return m_root; }
    const EvidenceKeys &keys() const { return m_keys; }
    /// "ab/cdef…" of the file holding these bytes in this store (keyed in a sealed store).
    QString storedName(const QString &sha256) const { return m_keys.relativePath(sha256); }
    QString filePath(const QString &sha256) const;

    /// Copies `path` into the store (hashing in the same pass) and records it on the case, with an
    /// "import" custody event, in one transaction. The original is only read. Symbolic links,
    /// folders, devices and empty files are refused. `progress` may cancel.
    Result<AttachResult> attach(const QString &caseReference, const QString &path,
        const AttachOptions &options, const EvidenceProgress &progress = {});

    /// Stores `bytes`, a redacted copy made in memory of the item `record.parentId` (whose hash
    /// must still be `record.parentSha256`), as a new item on the same case: its own SHA-256, the
    /// parent's description, source and date captured, the record as JSON. Sealed like any file in
    /// a vault, or with the office key into an office server's rows; the plaintext never touches
    /// the disk. Records an "import" custody event on the copy
    /// and a "view" one on the original, and an `evidence.redact` audit event, in one transaction.
    /// The same bytes already on the case give that item back (AlreadyAttached).
    /// `extension` names the copy ("jpg", "png"); `mediaType` is recorded.
    Result<AttachResult> attachRedactedCopy(const QByteArray &bytes, const QString &mediaType,
        const QString &extension, const RedactionRecord &record);

    /// The case's evidence, oldest first.
    Result<QList<StoredEvidence>> items(const QString &caseReference);
    Result<StoredEvidence> item(qint64 evidenceId);
    Result<QList<CustodyEvent>> custody(qint64 evidenceId) { return m_custody.forItem(evidenceId); }

    /// Reads the stored file to its end (decrypting a sealed one), checks its SHA-256 and records
    /// a "view" custody event with the hash it has now. Keeps the first `keepBytes` of the
    /// plaintext in memory for a preview, in the same pass. An Integrity error when the file is
    /// changed, damaged or missing.
    Result<OpenedEvidence> open(
        qint64 evidenceId, qint64 keepBytes = 0, const EvidenceProgress &progress = {});

    /// Removes an item from its case, keeping `reason` (required) in the custody log. The file
    /// leaves the store when no other item holds the same bytes.
    Status remove(qint64 evidenceId, const QString &reason);

    /// Edits what a person may correct: description, source and the date captured (invalid: not
    /// known). A changed date in the future and an unknown source are refused. A real change is
    /// recorded as an "edit" custody event and an audit event naming the fields (never their
    /// values), in the same transaction; no change records nothing.
    Status updateDetails(qint64 evidenceId, const QString &description, const QString &source,
        const QDateTime &capturedAt);

    /// Deletes the stored files of these hashes that no item holds any more (after a case was
    /// deleted). The caller holds the StoreLock exclusively, which every attach needs before it
    /// looks for or places a file, so a concurrent attach of the same bytes is never robbed.
    Status releaseFiles(const QStringList &sha256s);

    CustodyLog &custodyLog() { return m_custody; }

    /// Whether the bytes live in the server's `evidence_chunks` (an office server) rather than in
    /// files beside the database. Such a store is sealed with the office key, which the caller
    /// unlocks into the Database first (OfficeKeys, Database::setOfficeKey).
    bool inServer() const;
    /// An error unless the bytes can be read and written: on an office server, unless the office
    /// key is unlocked. Always fine for a store beside a database file.
    Status officeKeyReady() const;
    /// Reads an item's stored bytes back checked (StoredFile::read for a file, the server's rows
    /// otherwise), for open, verify and export.
    StoredFile::ReadResult readStored(const StoredEvidence &stored,
        const StoredFile::ReadOptions &options = {}, const EvidenceProgress &progress = {});

private:
    Status ensureStoreFolders();
    /// attach() for an office server (evidencestoreserver.cpp): hashes the source, then seals it
    /// into the server's rows inside the transaction that records the item.
    Result<AttachResult> attachToServer(const QString &caseReference, qint64 caseId,
        const QString &name, int source, qint64 size, const QDateTime &modified,
        const AttachOptions &options, const EvidenceProgress &progress);

    /// attachRedactedCopy() for an office server: the copy sealed with the office key into the
    /// server's rows, inside the transaction that records it (redactedcopy.cpp).
    Result<AttachResult> attachRedactedCopyToServer(const QByteArray &bytes, const QString &sha256,
        const QString &mediaType, const QString &extension, const RedactionRecord &record,
        const StoredEvidence &parent);
    /// A redacted copy's custody events (on the copy and its parent), audit event and commit.
    Result<AttachResult> finishRedactedCopy(WriteTransaction &tx, PlacedFile &placed,
        const StoredEvidence &parent, const RedactionRecord &record, qint64 copyId,
        const QString &sha256);

    /// The end of every new item, once its row and custody events are written: the audit event,
    /// the commit, keeping the placed file, and the item read back.
    Result<StoredEvidence> commitNewItem(WriteTransaction &tx, PlacedFile &placed,
        qint64 evidenceId, const QString &auditAction, const QString &caseReference,
        const QString &auditDetail);

    Database &m_db;
    EvidenceRepository m_rows;
    QString m_actor;
    QString m_root;
    EvidenceKeys m_keys;
    CustodyLog m_custody;
};

} // namespace td
