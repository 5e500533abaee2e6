#include "evidenceverifier.h"
#include "storelock.h"

#include "evidencefile.h"
#include "evidencenames.h"
#include "evidencestore.h"
#include "serverevidence.h"
#include "sha256.h"
#include "storage/auditlog.h"
#include "storage/custodylog.h"
#include "storage/database.h"
#include "storage/evidencerepository.h"
#include "storedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <sys/stat.h>

namespace td {
namespace {

bool isHex(const QString &s)
{
    for (const QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

EvidenceVerifier::EvidenceVerifier(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_root(EvidenceStore::rootFor(db.path()))
    , m_keys(EvidenceKeys::of(db))
{ }

QString EvidenceVerifier::storedName(const QString &sha256) const
{
    return m_keys.relativePath(sha256);
}

Result<EvidenceVerifyReport> EvidenceVerifier::run(const EvidenceProgress &progress)
{
    EvidenceVerifyReport report;
    if (m_db.schemaVersion() < 2)
        return report; // no store before schema 2; Verifier reports the old schema itself
    if (m_db.dialect() == SqlDialect::Postgres)
        return runInServer(progress);

    const auto rows = EvidenceRepository(m_db).stored();
    if (!rows)
        return rows.error();

    // Hash each distinct file once, however many items share its bytes.
    QHash<QString, qint64> sizes;
    for (const auto &row : rows.value())
        sizes.insert(row.item.sha256, row.item.sizeBytes);
    qint64 total = 0;
    for (const auto size : std::as_const(sizes))
        total += size;
    qint64 doneBefore = 0;
    QHash<QString, QString> observed; // sha → observed hash ("" missing)
    QHash<QString, QString> state; // sha → ok / changed / missing
    QHash<QString, QString>
        reason; // sha → why it counts as changed when it is not a plain hash mismatch
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        const QString &sha = it.key();
        if (!Sha256::isValidHex(sha)) {
            state.insert(sha, QStringLiteral("missing"));
            continue;
        }
        const qint64 base = doneBefore;
        const auto read = StoredFile::read(m_keys, m_root + QLatin1Char('/') + storedName(sha), sha,
            {}, [&](qint64 done, qint64) { return !progress || progress(base + done, total); });
        if (read.openFailure == EvidenceFile::OpenFailure::Missing) {
            state.insert(sha, QStringLiteral("missing"));
        } else if (!read.opened()) {
            state.insert(sha, QStringLiteral("changed"));
            reason.insert(sha,
                read.openFailure == EvidenceFile::OpenFailure::Unreadable
                    ? QCoreApplication::translate("EvidenceVerifier", "it cannot be read")
                    : QCoreApplication::translate(
                        "EvidenceVerifier", "a link or folder is in its place"));
        } else {
            ++report.filesChecked;
            const auto &hashed = read.copy;
            if (hashed.failure == EvidenceFile::CopyFailure::Cancelled)
                return Error {ErrorKind::BadInput,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "The verification was canceled.")};
            if (hashed.failure == EvidenceFile::CopyFailure::Damaged) {
                state.insert(sha, QStringLiteral("changed"));
                reason.insert(sha,
                    QCoreApplication::translate("EvidenceVerifier",
                        "it does not decrypt: it was changed, cut short, extended or replaced"));
            } else if (hashed.failure != EvidenceFile::CopyFailure::None) {
                state.insert(sha, QStringLiteral("changed"));
                reason.insert(sha,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "it could not be read to the end"));
            } else {
                observed.insert(sha, hashed.sha256);
                state.insert(
                    sha, hashed.sha256 == sha ? QStringLiteral("ok") : QStringLiteral("changed"));
            }
        }
        doneBefore += it.value();
    }

    // The folder is compared with the database as they are now, with the store lock held (shared)
    // so no file is half-way in or out; an item removed by someone else while its file was being
    // hashed is gone, not missing.
    const StoreLock looking(m_root, StoreLock::Mode::Shared);
    const auto current = EvidenceRepository(m_db).stored();
    if (!current)
        return current.error();
    QSet<QString> expected;
    QSet<QString> expectedNames; // "abcdef…": the stored names, folder and file joined
    for (const auto &row : current.value()) {
        expected.insert(row.item.sha256);
        expectedNames.insert(QString(storedName(row.item.sha256)).remove(QLatin1Char('/')));
    }

    for (const auto &row : rows.value()) {
        const QString &sha = row.item.sha256;
        const QString name = EvidenceNames::displayName(row.item.originalName);
        const QString s = state.value(sha);
        if (s == QLatin1String("missing") && !expected.contains(sha))
            continue;
        EvidenceVerifyReport::ItemResult result {
            row.item.id, row.caseReference, sha, observed.value(sha), s};
        report.items.append(result);
        if (s == QLatin1String("missing")) {
            ++report.missing;
            report.problems.append(QCoreApplication::translate("EvidenceVerifier",
                "Case %1: evidence \"%2\" is missing from the evidence store (expected at %3).")
                                       .arg(row.caseReference, name, storedName(sha)));
        } else if (s == QLatin1String("changed")) {
            ++report.changed;
            if (reason.contains(sha))
                report.problems.append(
                    QCoreApplication::translate(
                        "EvidenceVerifier", "Case %1: evidence \"%2\" cannot be checked: %3 (%4).")
                        .arg(row.caseReference, name, reason.value(sha), storedName(sha)));
            else
                report.problems.append(QCoreApplication::translate("EvidenceVerifier",
                    "Case %1: evidence \"%2\" has CHANGED since it was attached: SHA-256 %3 "
                    "expected, %4 found.")
                                           .arg(row.caseReference, name, sha, observed.value(sha)));
        }
    }

    findUnexpected(expectedNames, report);
    return report;
}

void EvidenceVerifier::findUnexpected(
    const QSet<QString> &expectedNames, EvidenceVerifyReport &report) const
{
    const QFileInfo rootInfo(m_root);
    if (!rootInfo.exists() && !rootInfo.isSymLink())
        return;
    if (rootInfo.isSymLink() || !rootInfo.isDir()) {
        report.problems.append(QCoreApplication::translate(
            "EvidenceVerifier", "The evidence store %1 is not a folder.")
                                   .arg(m_root));
        ++report.unexpected;
        return;
    }
    if (const int mode = modeOf(m_root); mode >= 0 && (mode & 077) != 0)
        report.problems.append(
            QCoreApplication::translate("EvidenceVerifier",
                "The evidence store can be opened by other accounts (mode %1); it should be 0700.")
                .arg(QString::number(mode, 8).rightJustified(4, QLatin1Char('0'))));

    const auto filters = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    const auto unexpected = [&](const QString &relative, const QString &why) {
        ++report.unexpected;
        report.problems.append(QCoreApplication::translate(
            "EvidenceVerifier", "Unexpected file in the evidence store: %1 (%2).")
                                   .arg(relative, why));
    };
    const QFileInfoList top = QDir(m_root).entryInfoList(filters, QDir::Name);
    for (const QFileInfo &entry : top) {
        const QString name = entry.fileName();
        if (entry.isSymLink()) {
            unexpected(name,
                QCoreApplication::translate("EvidenceVerifier", "a symbolic link, not followed"));
            continue;
        }
        if (name == StoreLock::fileName() && entry.isFile())
            continue;
        if (name == QLatin1String("tmp") && entry.isDir()) {
            for (const QFileInfo &leftover :
                QDir(entry.filePath()).entryInfoList(filters, QDir::Name)) {
                if (!StoreLock::isLeftover(leftover.filePath()))
                    continue; // an attach or removal in progress
                unexpected(QStringLiteral("tmp/") + leftover.fileName(),
                    QCoreApplication::translate(
                        "EvidenceVerifier", "left over from an interrupted import or removal"));
            }
            continue;
        }
        if (!entry.isDir() || name.size() != 2 || !isHex(name)) {
            unexpected(name,
                QCoreApplication::translate("EvidenceVerifier", "not part of the store's layout"));
            continue;
        }
        if (const int mode = modeOf(entry.filePath()); mode >= 0 && (mode & 077) != 0)
            report.problems.append(QCoreApplication::translate("EvidenceVerifier",
                "The evidence folder %1 can be opened by other accounts; it should be 0700.")
                                       .arg(name));
        for (const QFileInfo &file : QDir(entry.filePath()).entryInfoList(filters, QDir::Name)) {
            const QString relative = name + QLatin1Char('/') + file.fileName();
            const QString stored = name + file.fileName();
            if (file.isSymLink()) {
                unexpected(relative,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "a symbolic link, not followed"));
            } else if (!file.isFile() || !Sha256::isValidHex(stored)) {
                unexpected(relative,
                    QCoreApplication::translate(
                        "EvidenceVerifier", "not part of the store's layout"));
            } else if (!expectedNames.contains(stored)) {
                unexpected(relative,
                    QCoreApplication::translate("EvidenceVerifier", "no evidence item holds it"));
            } else if (const int mode = modeOf(file.filePath()); mode >= 0 && (mode & 077) != 0) {
                report.problems.append(QCoreApplication::translate("EvidenceVerifier",
                    "The evidence file %1 can be read by other accounts; it should be 0400.")
                                           .arg(relative));
            }
        }
    }
}

Status EvidenceVerifier::recordCustody(
    Database &db, const QString &actor, const EvidenceVerifyReport &report)
{
    if (report.items.isEmpty())
        return {};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    CustodyLog log(db, actor);
    for (const auto &item : report.items) {
        if (auto s = log.record(item.evidenceId, item.caseReference, item.sha256,
                QStringLiteral("verify"), item.observedSha256, item.detail);
            !s)
            return s;
    }
    if (auto s = AuditLog(db, actor).record(QStringLiteral("evidence.verify"), QString(),
            QStringLiteral("%1 items, %2 problems")
                .arg(report.items.size())
                .arg(report.problems.size()));
        !s)
        return s;
    return tx.commit();
}

Result<EvidenceVerifyReport> EvidenceVerifier::runInServer(const EvidenceProgress &progress)
{
    EvidenceVerifyReport report;
    const auto rows = EvidenceRepository(m_db).stored();
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return report;
    if (!m_keys.isSealed())
        return Error {ErrorKind::BadInput,
            QCoreApplication::translate("EvidenceVerifier",
                "The evidence on this office server can be checked only with the office key.")};
    qint64 total = 0;
    for (const auto &row : rows.value())
        total += row.item.sizeBytes;
    qint64 doneBefore = 0;
    for (const auto &row : rows.value()) {
        const QString &sha = row.item.sha256;
        const QString name = EvidenceNames::displayName(row.item.originalName);
        const qint64 base = doneBefore;
        const auto read = ServerEvidence::read(m_db, m_keys, row.item.id, sha, row.item.sizeBytes,
            {}, [&](qint64 done, qint64) { return !progress || progress(base + done, total); });
        doneBefore += row.item.sizeBytes;
        EvidenceVerifyReport::ItemResult result {
            row.item.id, row.caseReference, sha, QString(), QStringLiteral("changed")};
        if (read.openFailure == EvidenceFile::OpenFailure::Missing) {
            result.detail = QStringLiteral("missing");
            ++report.missing;
            report.problems.append(QCoreApplication::translate(
                "EvidenceVerifier", "Case %1: evidence \"%2\" is missing from the office server.")
                                       .arg(row.caseReference, name));
        } else if (!read.opened()) {
            return Error {ErrorKind::Io,
                QCoreApplication::translate(
                    "EvidenceVerifier", "The evidence could not be read from the office server.")};
        } else if (read.copy.failure == EvidenceFile::CopyFailure::Cancelled) {
            return Error {ErrorKind::BadInput,
                QCoreApplication::translate("EvidenceVerifier", "The verification was canceled.")};
        } else if (read.copy.failure != EvidenceFile::CopyFailure::None) {
            ++report.filesChecked;
            ++report.changed;
            report.problems.append(
                QCoreApplication::translate(
                    "EvidenceVerifier", "Case %1: evidence \"%2\" cannot be checked: %3 (%4).")
                    .arg(row.caseReference, name,
                        QCoreApplication::translate("EvidenceVerifier",
                            "it does not decrypt: it was changed, cut short, extended or "
                            "replaced"),
                        QStringLiteral("evidence_chunks %1").arg(row.item.id)));
        } else {
            ++report.filesChecked;
            result.observedSha256 = read.copy.sha256;
            if (read.copy.sha256 == sha) {
                result.detail = QStringLiteral("ok");
            } else {
                ++report.changed;
                report.problems.append(QCoreApplication::translate("EvidenceVerifier",
                    "Case %1: evidence \"%2\" has CHANGED since it was attached: SHA-256 %3 "
                    "expected, %4 found.")
                                           .arg(row.caseReference, name, sha, read.copy.sha256));
            }
        }
        report.items.append(result);
    }
    return report;
}

} // namespace td
