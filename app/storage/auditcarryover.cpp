#include "auditcarryover.h"

#include "auditlog.h"
#include "common/appinfo.h"
#include "database.h"

#include <QDateTime>
#include <QSet>

namespace td::AuditCarryover {
namespace {

// An entry's identity across restores: the hash it had when first written.
QString originOf(const AuditChainEntry &entry)
{
    return entry.carriedFrom.isEmpty() ? entry.entryHash : entry.carriedFrom;
}

} // namespace

Result<QList<AuditChainEntry>> collect(Database &db)
{
    return AuditChain::all(db);
}

Result<int> carryOver(Database &db, const QList<AuditChainEntry> &before)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const auto restored = AuditChain::all(db);
    if (!restored)
        return restored.error();
    QSet<QString> present;
    for (const auto &entry : restored.value())
        present.insert(originOf(entry));
    int carried = 0;
    // Carrying entries over gives them fresh hashes: a log changed behind TrustDesk's back must
    // not come out of a restore looking intact, so the break is put on the record first.
    if (const auto replaced = AuditChain::verify(before); !replaced.ok()) {
        AuditChainEntry warning;
        warning.occurredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        warning.actor = currentActor();
        warning.action = QStringLiteral("audit.chain_broken");
        warning.detail = QStringLiteral("the replaced log did not verify from entry %1 on; "
                                        "entries carried over from it may have been altered")
                             .arg(replaced.brokenAt);
        if (auto s = AuditLog::appendChained(db, warning); !s)
            return s.error();
    }
    for (const auto &old : before) {
        const QString origin = originOf(old);
        if (present.contains(origin))
            continue;
        AuditChainEntry entry;
        entry.occurredAt = old.occurredAt;
        entry.actor = old.actor;
        entry.action = old.action;
        entry.caseReference = old.caseReference;
        entry.detail = old.detail;
        entry.carriedFrom = origin;
        if (auto s = AuditLog::appendChained(db, entry); !s)
            return s.error();
        present.insert(origin);
        ++carried;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return carried;
}

} // namespace td::AuditCarryover
