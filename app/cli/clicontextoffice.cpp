// CliContext's part in office mode: unlocking the office key that seals the evidence kept in an
// office server (docs/office-mode.md).
#include "clicontext.h"

#include "exitcode.h"
#include "storage/officekeys.h"

#include <QCoreApplication>

namespace td::cli {

int CliContext::unlockOfficeKey(Database &db, const QString &command)
{
    // attach and redact write evidence; verify, evidence-export and faces read it, and backup
    // seals its file with a subkey of it. Listing and removing items needs no key; office-key and
    // change-passphrase unlock by themselves, and report only when it pictures an exhibit
    // (unlockEvidence).
    const bool writes = command == QLatin1String("attach") || command == QLatin1String("redact");
    if (!writes && command != QLatin1String("verify") && command != QLatin1String("evidence-export")
        && command != QLatin1String("faces") && command != QLatin1String("backup"))
        return ExitOk;
    return unlockOfficeKeyNow(db, writes);
}

int CliContext::unlockEvidence(Database &db)
{
    if (db.dialect() != SqlDialect::Postgres || db.officeKey())
        return ExitOk;
    return unlockOfficeKeyNow(db, false);
}

int CliContext::unlockOfficeKeyNow(Database &db, bool writes)
{
    if (db.schemaVersion() < Database::latestSchemaVersion() && db.isReadOnly())
        return ExitOk; // not migrated yet: no evidence in it, verify reports the rest
    OfficeKeys keys(db);
    const auto exists = keys.exists();
    if (!exists)
        return fail(exists.error());
    // Without an office key a server holds no evidence bytes: only attach and redact need one.
    if (!exists.value()) {
        if (!writes)
            return ExitOk;
        const auto none = keys.unlock(QString());
        return fail(none.error());
    }
    KeyFailure failure;
    auto key = m_keys.unlockOfficeKey(
        [&keys](const QString &passphrase) { return keys.unlock(passphrase); }, failure);
    if (!key)
        return fail(failure);
    db.setOfficeKey(std::move(*key));
    return ExitOk;
}

} // namespace td::cli
