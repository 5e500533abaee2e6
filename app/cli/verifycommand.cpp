// trustdesk-cli verify: SQLite's integrity check plus TrustDesk's own invariants; exit 3 on
// failure.
#include "clicontext.h"
#include "common/appinfo.h"
#include "evidence/evidenceverifier.h"
#include "exitcode.h"
#include "officebackup.h"
#include "storage/verifier.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runVerify(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Check the database: SQLite integrity, links between records, the search "
        "index and case numbering, and re-hash every evidence file in the store (changed, missing "
        "or unexpected files fail). Changes nothing but the evidence chain of custody, "
        "which records each verification. With --backup FILE, check an office database's "
        "backup instead, without restoring it: every seal, the row counts, the audit chain and "
        "every evidence item's sealed chunks."));
    const QCommandLineOption backupOption(QStringLiteral("backup"),
        QCoreApplication::translate("trustdesk-cli", "check this office backup file instead"),
        QStringLiteral("file"));
    const QCommandLineOption loginOption(QStringLiteral("login"),
        QCoreApplication::translate("trustdesk-cli",
            "with --backup: whose copy of the office key opens it (default: the login of --db, "
            "or the only one)"),
        QStringLiteral("login"));
    parser.addOption(backupOption);
    parser.addOption(loginOption);
    if (const int code = context.parse(parser, QStringLiteral("verify"), args); code >= 0)
        return code;
    if (parser.isSet(backupOption)) {
        if (!parser.positionalArguments().isEmpty())
            return context.usage(
                parser, QCoreApplication::translate("trustdesk-cli", "verify takes no arguments."));
        return verifyOfficeBackup(context, parser.value(backupOption), parser.value(loginOption));
    }
    if (parser.isSet(loginOption))
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "--login goes with --backup."));
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "verify takes no arguments."));
    auto opened = context.openDatabase(Database::OpenMode::ReadOnly);
    if (!opened)
        return context.openFailed();
    auto problems = Verifier(**opened).run();
    if (!problems)
        return context.fail(problems.error());
    auto evidence = EvidenceVerifier(**opened, currentActor()).run();
    if (!evidence)
        return context.fail(evidence.error());
    problems->append(evidence->problems);
    if (!evidence->items.isEmpty()
        && (*opened)->schemaVersion() == Database::latestSchemaVersion()) {
        // The checks ran read-only; only the custody record needs a writable connection.
        auto writable = (*opened)->isEncrypted()
            ? Database::open(
                context.databasePath(), Database::OpenMode::ExistingOnly, *(*opened)->dataKey())
            : Database::open(context.databasePath(), Database::OpenMode::ExistingOnly);
        const Status recorded = writable
            ? EvidenceVerifier::recordCustody(**writable, currentActor(), evidence.value())
            : Status(writable.error());
        if (!recorded)
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "The verification could not be recorded in the chain of custody: %1")
                                 .arg(recorded.error().message)
                          << '\n';
    }
    if (!problems->isEmpty()) {
        for (const auto &p : problems.value())
            context.err() << p << '\n';
        context.err() << QCoreApplication::translate(
            "trustdesk-cli", "Verification FAILED: %n problem(s).", nullptr, int(problems->size()))
                      << Qt::endl;
        return ExitIntegrity;
    }
    context.out() << QCoreApplication::translate("trustdesk-cli", "Verification passed: %1")
                         .arg(context.databasePath())
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({"verify",
    QT_TRANSLATE_NOOP("Command", "check integrity and invariants (exit 3 on failure)"), runVerify});

} // namespace
} // namespace td::cli
