#pragma once

#include <QDateTime>
#include <QString>

namespace td {

/// One link in an evidence item's chain of custody: who touched it, when, how, and the hash the
/// file had at that moment. Holds hashes and ids, never file names or client data.
struct CustodyEvent
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    QString caseReference;
    QString sha256; ///< the item's recorded hash
    QDateTime at; ///< UTC
    QString actor;
    QString action; ///< "import", "view", "export", "verify", "remove" or "edit"
    QString
        observedSha256; ///< the hash computed at that moment; empty when the file could not be read
    QString detail; ///< "ok", "changed", "missing", a removal reason…

    friend bool operator==(const CustodyEvent &, const CustodyEvent &) = default;
};

} // namespace td
