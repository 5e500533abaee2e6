// The steps of `trustdesk-cli migrate --to URI` (docs/office-mode.md, "Moving a laptop's
// database to the office server"): rows, search index, sequences, evidence, then the checks.
#include "officemigration.h"

#include "common/appinfo.h"
#include "evidence/evidencekeys.h"
#include "evidence/evidencemessages.h"
#include "evidence/evidencestore.h"
#include "evidence/evidencestorecopy.h"
#include "evidence/serverevidence.h"
#include "storage/auditchain.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/staffroles.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

Error differs(const QString &what)
{
    return Error {ErrorKind::Integrity,
        QCoreApplication::translate("trustdesk-cli",
            "The copy on the server differs from the database file (%1). Nothing was kept on the "
            "server.")
            .arg(what)};
}

Status copyEvidence(Database &source, Database &target, const QList<StoredEvidence> &rows,
    MigrationReport &report, const MigrationProgress &progress)
{
    EvidenceStore sourceStore(source, currentActor());
    const EvidenceKeys targetKeys = EvidenceKeys::of(target);
    qint64 total = 0;
    for (const auto &row : rows)
        total += row.item.sizeBytes;
    qint64 before = 0;
    for (const auto &row : rows) {
        const auto sealed
            = ServerEvidence::sealStored(target, targetKeys, row.item.id, sourceStore.keys(),
                sourceStore.filePath(row.item.sha256), row.item.sha256, [&](qint64 done, qint64) {
                    if (progress)
                        progress(QStringLiteral("evidence"), before + done, total);
                    return true;
                });
        if (!sealed)
            return sealed.error();
        if (sealed->failure != EvidenceFile::CopyFailure::None) {
            const Error why = EvidenceMessages::copyFailure(sealed.value(), row.item.originalName);
            return Error {ErrorKind::Integrity,
                QCoreApplication::translate("trustdesk-cli",
                    "Evidence item %1 (%2) of case %3 could not be copied: %4 Nothing was kept on "
                    "the server.")
                    .arg(row.item.id)
                    .arg(row.item.originalName, row.caseReference, why.message)};
        }
        before += row.item.sizeBytes;
        ++report.evidenceItems;
        report.evidenceBytes += sealed->size;
    }
    return {};
}

Status check(Database &source, Database &target, const QStringList &tables,
    const QList<StoredEvidence> &rows, MigrationReport &report, const MigrationProgress &progress)
{
    if (progress)
        progress(QStringLiteral("checking"), 0, 0);
    const auto mine = OfficeTransfer::summarize(source, tables, target);
    if (!mine)
        return mine.error();
    const auto theirs = OfficeTransfer::summarize(target, tables, target);
    if (!theirs)
        return theirs.error();
    for (qsizetype i = 0; i < mine->size(); ++i) {
        const auto &a = mine->at(i);
        const auto &b = theirs->at(i);
        if (a.rows != b.rows)
            return differs(
                QCoreApplication::translate("trustdesk-cli", "%1: %2 rows, %3 on the server")
                    .arg(a.table)
                    .arg(a.rows)
                    .arg(b.rows));
        if (a.digest != b.digest)
            return differs(QCoreApplication::translate("trustdesk-cli", "%1: the rows' contents")
                               .arg(a.table));
    }
    report.tables = theirs.value();
    const auto chain = AuditChain::verify(target);
    if (!chain)
        return chain.error();
    if (!chain->ok())
        return differs(chain->problem);
    const EvidenceKeys keys = EvidenceKeys::of(target);
    qint64 done = 0;
    for (const auto &row : rows) {
        const auto read = ServerEvidence::read(
            target, keys, row.item.id, row.item.sha256, row.item.sizeBytes, {}, {});
        if (!read.intact(row.item.sha256))
            return differs(QCoreApplication::translate("trustdesk-cli", "evidence item %1 (%2)")
                               .arg(row.item.id)
                               .arg(row.item.originalName));
        if (progress)
            progress(QStringLiteral("checking"), ++done, rows.size());
    }
    return {};
}

} // namespace

Result<MigrationReport> migrateToOffice(Database &source, Database &target,
    const QStringList &tables, const MigrationProgress &progress)
{
    MigrationReport report;
    const ReadSnapshot snapshot(source);
    WriteTransaction tx(target);
    if (!tx.begun())
        return tx.begun().error();
    // The copied audit entries, custody events and cases keep the names they were made by.
    if (auto s = StaffRoles(target).carryOverActors(); !s)
        return s.error();
    if (auto s = OfficeTransfer::copyRows(source, target, tables,
            [&](const QString &table, qint64 done, qint64 total) {
                if (progress)
                    progress(table, done, total);
                return true;
            });
        !s)
        return s.error();
    const auto search = OfficeTransfer::copySearchIndex(source, target);
    if (!search)
        return search.error();
    report.searchRows = search.value();
    if (auto s = OfficeTransfer::resetSequences(target); !s)
        return s.error();
    const auto rows = EvidenceStoreCopy::storedRows(source);
    if (!rows)
        return rows.error();
    if (auto s = copyEvidence(source, target, rows.value(), report, progress); !s)
        return s.error();
    if (auto s = check(source, target, tables, rows.value(), report, progress); !s)
        return s.error();
    // After the checks, which compare the file's chain entry for entry: who moved it, and when.
    qint64 cases = 0;
    for (const auto &t : report.tables) {
        if (t.table == QLatin1String("cases"))
            cases = t.rows;
    }
    // The migration's own entry names the login that migrated (the server's rule again).
    if (auto s = StaffRoles(target).endCarryOver(); !s)
        return s.error();
    if (auto s = AuditLog(target, currentActor())
                     .record(QStringLiteral("database.migrate"), QString(),
                         QStringLiteral("%1 cases, %2 evidence items from a database file")
                             .arg(cases)
                             .arg(report.evidenceItems));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace td::cli
