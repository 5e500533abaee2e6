// trustdesk-cli audit: lists the audit log (oldest first), or `audit verify` checks its hash
// chain (exit 3 on a break). The format is in docs/audit-log.md.
#include "clicontext.h"
#include "exitcode.h"
#include "storage/auditchain.h"
#include "storage/auditheadfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace td::cli {
namespace {

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text;
}

// A date (YYYY-MM-DD, from its start) or an ISO 8601 date and time; without an offset, UTC.
std::optional<QDateTime> parseSince(QString text)
{
    text = text.trimmed();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return at;
}

QJsonObject toJson(const AuditChainEntry &e)
{
    return QJsonObject {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("time"), e.occurredAt},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("case"), e.caseReference},
        {QStringLiteral("details"), e.detail},
        {QStringLiteral("carried_from"), e.carriedFrom},
        {QStringLiteral("prev_hash"), e.prevHash},
        {QStringLiteral("hash"), e.entryHash},
    };
}

int runVerify(CliContext &context, QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1 || parser.isSet(QStringLiteral("case"))
        || parser.isSet(QStringLiteral("since")) || parser.isSet(QStringLiteral("json")))
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "audit verify takes no other argument than --head."));
    const QString expectedHead = parser.value(QStringLiteral("head")).trimmed().toLower();
    Database *db = context.database();
    if (!db)
        return ExitBadInput;
    const auto report = AuditChain::verify(*db);
    if (!report)
        return context.fail(report.error());
    if (!report->ok()) {
        context.err() << report->problem << '\n'
                      << QCoreApplication::translate("trustdesk-cli",
                             "Audit log verification FAILED: the log was changed behind "
                             "TrustDesk's back.")
                      << Qt::endl;
        return ExitIntegrity;
    }
    if (report->partial) {
        // Never a "tampered" for what this login may not read: say how far the check went.
        context.out() << QCoreApplication::translate("trustdesk-cli",
            "Audit log checked only as far as your role allows: your %1 of %2 entries each "
            "match their hash. The links between everyone's entries can be checked only by a "
            "supervisor or an admin.")
                             .arg(report->entries)
                             .arg(report->totalEntries)
                      << Qt::endl;
        if (!expectedHead.isEmpty())
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "--head was not checked: the entry may be one your role cannot read.")
                          << Qt::endl;
        return ExitOk;
    }
    // A head kept from earlier (--head, or the one recorded beside the database after every
    // append) must still be in the log; a restore keeps it as an entry's carried_from.
    const auto kept = AuditHeadFile::read(db->path());
    if (!expectedHead.isEmpty() || kept) {
        const auto all = AuditChain::all(*db);
        if (!all)
            return context.fail(all.error());
        const auto inLog = [&all](const QString &hash) {
            return std::any_of(all->cbegin(), all->cend(), [&hash](const AuditChainEntry &e) {
                return e.entryHash == hash || e.carriedFrom == hash;
            });
        };
        if (!expectedHead.isEmpty() && !inLog(expectedHead)) {
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "Audit log verification FAILED: the entry %1 recorded earlier is no longer in the "
                "log; its tail was cut off or the log was replaced.")
                                 .arg(expectedHead)
                          << Qt::endl;
            return ExitIntegrity;
        }
        if (kept && !inLog(kept->hash)) {
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "Audit log verification FAILED: entry %1, recorded in %2 when it was written, is "
                "no longer in the log; its tail was cut off or an older copy of the database "
                "was put back.")
                                 .arg(kept->id)
                                 .arg(AuditHeadFile::pathFor(db->path()))
                          << Qt::endl;
            return ExitIntegrity;
        }
    }
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "Audit log verified: %n entries, chain head %1.", nullptr, int(report->entries))
                         .arg(report->headHash)
                  << Qt::endl;
    return ExitOk;
}

int runAudit(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "List the audit log, oldest first: time (UTC), actor, action, case, details.\n"
        "\"audit verify\" checks the log's hash chain instead (exit 3 when it was changed)."));
    parser.addPositionalArgument(QStringLiteral("verify"),
        QCoreApplication::translate("trustdesk-cli", "check the hash chain"),
        QStringLiteral("[verify]"));
    parser.addOption({QStringLiteral("case"),
        QCoreApplication::translate("trustdesk-cli", "only the entries about case REF"),
        QStringLiteral("REF")});
    parser.addOption({QStringLiteral("since"),
        QCoreApplication::translate("trustdesk-cli",
            "only the entries from DATE on: YYYY-MM-DD or an ISO 8601 date and time (UTC unless "
            "it has an offset)"),
        QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli", "print JSON instead of one line an entry")});
    parser.addOption({QStringLiteral("head"),
        QCoreApplication::translate("trustdesk-cli",
            "with verify: also fail unless the entry with this hash (a head printed by an "
            "earlier verify) is still in the log"),
        QStringLiteral("HASH")});
    if (const int code = context.parse(parser, QStringLiteral("audit"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("verify"))
        return runVerify(context, parser);
    if (!positional.isEmpty())
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "Unknown argument \"%1\"; did you mean \"audit verify\"?")
                .arg(positional.first()));
    if (parser.isSet(QStringLiteral("head")))
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "--head goes with \"audit verify\"."));

    const QString caseReference = parser.value(QStringLiteral("case")).trimmed();
    if (parser.isSet(QStringLiteral("case")) && caseReference.isEmpty()) {
        context.err() << QCoreApplication::translate("trustdesk-cli", "--case needs a reference.")
                      << Qt::endl;
        return ExitBadInput;
    }
    QDateTime since;
    if (parser.isSet(QStringLiteral("since"))) {
        const auto parsed = parseSince(parser.value(QStringLiteral("since")));
        if (!parsed) {
            context.err() << QCoreApplication::translate(
                "trustdesk-cli", "\"%1\" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS].")
                                 .arg(parser.value(QStringLiteral("since")))
                          << Qt::endl;
            return ExitBadInput;
        }
        since = *parsed;
    }
    Database *db = context.database();
    if (!db)
        return ExitBadInput;
    const auto entries = AuditChain::list(*db, caseReference, since);
    if (!entries)
        return context.fail(entries.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &e : entries.value())
            array.append(toJson(e));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QString carried
        = QCoreApplication::translate("trustdesk-cli", "(carried over by a restore)");
    for (const auto &e : entries.value()) {
        QString details = oneLine(e.detail);
        if (!e.carriedFrom.isEmpty())
            details = details.isEmpty() ? carried : details + QLatin1Char(' ') + carried;
        context.out() << e.occurredAt << '\t' << oneLine(e.actor) << '\t' << e.action << '\t'
                      << oneLine(e.caseReference) << '\t' << details << '\n';
    }
    return ExitOk;
}

const CommandRegistrar registrar({"audit",
    QT_TRANSLATE_NOOP(
        "Command", "list the audit log; \"audit verify\" checks its chain (exit 3 on a break)"),
    runAudit});

} // namespace
} // namespace td::cli
