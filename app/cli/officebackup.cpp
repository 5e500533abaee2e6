// trustdesk-cli backup / restore / verify --backup on an office server.
#include "officebackup.h"

#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "storage/officebackup.h"
#include "storage/officekeys.h"
#include "storage/officerestoretarget.h"
#include "storage/pgconnection.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>

#include <unistd.h>

namespace td::cli {
namespace {

// A percentage on the terminal, redrawn when it moves.
OfficeBackup::Progress percent(CliContext &context, const QString &label)
{
    if (::isatty(STDERR_FILENO) != 1)
        return {};
    auto last = std::make_shared<int>(-1);
    return [&context, label, last](qint64 done, qint64 total) {
        const int p = total > 0 ? int(done * 100 / total) : 100;
        if (p != *last) {
            *last = p;
            context.err() << '\r' << label << ' ' << p << "%   ";
            context.err().flush();
        }
        return true;
    };
}

void endProgress(CliContext &context)
{
    if (::isatty(STDERR_FILENO) == 1)
        context.err() << Qt::endl;
}

// The office key from the backup's own copy of the wraps, with `login`'s passphrase.
std::optional<SecureKey> unlockBackup(
    CliContext &context, const OfficeBackupFile::Header &header, const QString &login, int &code)
{
    KeyFailure failure;
    auto key = context.keys().unlockOfficeKey(
        [&header, &login](const QString &passphrase) {
            return OfficeBackupFile::unlock(header, login, passphrase);
        },
        failure);
    if (!key)
        code = context.fail(failure);
    return key;
}

} // namespace

int backUpOffice(CliContext &context, const QString &file)
{
    if (QFileInfo::exists(file)) // before asking for a passphrase in vain
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "trustdesk-cli", "%1 exists already; choose a new name for the backup.")
                .arg(file)});
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    const Status written = OfficeBackup::create(*db, file, currentActor(),
        percent(context, QCoreApplication::translate("trustdesk-cli", "Backing up")));
    endProgress(context);
    if (!written)
        return context.fail(written.error());
    context.out()
        << QCoreApplication::translate("trustdesk-cli", "Backup written and verified: %1").arg(file)
        << Qt::endl
        << QCoreApplication::translate("trustdesk-cli",
               "It holds the whole office database, evidence included, encrypted with "
               "the office key: it opens with the passphrase of a person who held the "
               "key when it was made.")
        << Qt::endl;
    return ExitOk;
}

int restoreOffice(CliContext &context, const QString &file, const QString &login)
{
    const auto notRestored = [&context, &file](const Error &error) {
        return context.fail(Error {error.kind,
            QCoreApplication::translate(
                "trustdesk-cli", "\"%1\" was not restored; the office database is unchanged. %2")
                .arg(QFileInfo(file).fileName(), error.message)});
    };
    auto header = OfficeBackupFile::readHeader(file);
    if (!header)
        return notRestored(header.error());
    // Checked read-only first, as the app does: a database holding data, or one on an older
    // schema, must come out of a refused restore exactly as it was, not migrated.
    if (auto target = OfficeRestoreTarget::check(context.databasePath()); !target)
        return notRestored(target.error());
    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return context.openFailed();
    if (auto empty = OfficeBackup::checkEmpty(*db); !empty)
        return notRestored(empty.error());
    QString who = login;
    if (who.isEmpty()) {
        auto current = OfficeKeys(*db).currentLogin();
        if (!current)
            return notRestored(current.error());
        who = current.value();
    }
    int code = ExitOk;
    auto key = unlockBackup(context, header.value(), who, code);
    if (!key)
        return code;
    const Status restored = OfficeBackup::restore(*db, file, *key, currentActor(),
        percent(context, QCoreApplication::translate("trustdesk-cli", "Restoring")));
    endProgress(context);
    if (!restored)
        return notRestored(restored.error());
    context.out() << QCoreApplication::translate("trustdesk-cli", "Restored from %1 into %2")
                         .arg(file, db->path())
                  << Qt::endl;
    return ExitOk;
}

int verifyOfficeBackup(CliContext &context, const QString &file, const QString &login)
{
    auto header = OfficeBackupFile::readHeader(file);
    if (!header)
        return context.fail(header.error());
    QString who = login;
    if (who.isEmpty() && Database::isServerUri(context.databasePath()))
        if (auto uri = PgConnection::parse(context.databasePath()); uri)
            who = uri->user;
    const QStringList logins = header->logins();
    if (who.isEmpty() && logins.size() == 1)
        who = logins.constFirst();
    if (who.isEmpty())
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate(
                "trustdesk-cli", "Say whose passphrase opens the backup with --login: one of %1.")
                .arg(logins.join(QStringLiteral(", ")))});
    int code = ExitOk;
    auto key = unlockBackup(context, header.value(), who, code);
    if (!key)
        return code;
    auto report = OfficeBackupFile::verify(
        file, *key, percent(context, QCoreApplication::translate("trustdesk-cli", "Checking")));
    endProgress(context);
    if (!report) {
        context.err()
            << report.error().message << '\n'
            << QCoreApplication::translate("trustdesk-cli", "Verification FAILED: %1").arg(file)
            << Qt::endl;
        return exitCodeFor(report.error());
    }
    for (const auto &[table, rows] : report->tables)
        context.out() << table << '\t' << rows << '\n';
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "Backup verified: %1 (made %2 by %3, schema %4; %n evidence item(s) "
        "open whole, audit log of %5 entries chains)",
        nullptr, int(report->evidenceItems))
                         .arg(file, header->madeAt, header->madeBy)
                         .arg(header->schemaVersion)
                         .arg(report->auditEntries)
                  << Qt::endl;
    return ExitOk;
}

} // namespace td::cli
