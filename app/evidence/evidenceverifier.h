#pragma once

#include "common/result.h"
#include "evidencekeys.h"
#include "evidenceprogress.h"

#include <QList>
#include <QStringList>

namespace td {

class Database;

/// What a verification of the evidence store found.
struct EvidenceVerifyReport
{
    /// One stored item's result, to record as a "verify" custody event.
    struct ItemResult
    {
        qint64 evidenceId = 0;
        QString caseReference;
        QString sha256;
        QString observedSha256; ///< empty when the file could not be read
        QString detail; ///< "ok", "changed" or "missing"
    };

    int filesChecked = 0;
    int changed = 0;
    int missing = 0;
    int unexpected = 0;
    QStringList
        problems; ///< one sentence each, naming the item (or the store path of a stray file)
    QList<ItemResult> items;

    bool ok() const { return problems.isEmpty(); }
};

/// Re-hashes every file the database says is in the store and walks the store for files no item
/// holds. Never follows a link: a link or folder where a file belongs is reported, not read.
class EvidenceVerifier
{
public:
    EvidenceVerifier(Database &db, QString actor);

    /// Works on a read-only database too. An Error only when the check itself could not run
    /// (or was cancelled through `progress`).
    Result<EvidenceVerifyReport> run(const EvidenceProgress &progress = {});

    /// Records a "verify" custody event for each item of `report`, in one transaction, on `db`
    /// (which must be writable; it may be another connection to the same file).
    static Status recordCustody(
        Database &db, const QString &actor, const EvidenceVerifyReport &report);

private:
    /// run() on an office server: every item's rows in the server, decrypted and hashed.
    Result<EvidenceVerifyReport> runInServer(const EvidenceProgress &progress);
    /// `expectedNames` are the stored names ("abcdef…", folder and file joined) of the items.
    void findUnexpected(const QSet<QString> &expectedNames, EvidenceVerifyReport &report) const;
    QString storedName(const QString &sha256) const;

    Database &m_db;
    QString m_actor;
    QString m_root;
    EvidenceKeys m_keys;
};

} // namespace td
