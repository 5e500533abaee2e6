// trustdesk-cli export [REF…] [--out FILE]: the TrustDesk JSON interchange format.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "interchange/caseexporter.h"
#include "redactionoptions.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace td::cli {
namespace {

int runExport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Export cases (all, or the references given) as a TrustDesk JSON file. "
        "Sensitive client fields and witness contact details are left out unless "
        "deliberately included, and masked where the free text repeats them."));
    parser.addPositionalArgument(QStringLiteral("REF"),
        QCoreApplication::translate(
            "trustdesk-cli", "case references to export (default: every case)"),
        QStringLiteral("[REF…]"));
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate(
            "trustdesk-cli", "write to FILE (owner-only) instead of standard output"),
        QStringLiteral("FILE")});
    RedactionOptions::add(parser);
    if (const int code = context.parse(parser, QStringLiteral("export"), args); code >= 0)
        return code;
    QString problem;
    const auto policy = RedactionOptions::policy(parser, problem);
    if (!policy)
        return context.usage(parser, problem);

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    CaseExporter exporter(repository);
    // Each case's findings for the first cases; past that, a count, so that exporting a whole
    // office does not bury the terminal.
    constexpr int kCasesListed = 20;
    int casesWithFindings = 0;
    exporter.setFindingsHandler(
        [&context, &casesWithFindings](const QString &reference, const QList<TextFinding> &found) {
            if (++casesWithFindings <= kCasesListed)
                RedactionOptions::printFindings(context.err(), reference, found);
        });
    const auto unlisted = [&context, &casesWithFindings] {
        if (casesWithFindings > kCasesListed)
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "… and %n more case(s) whose free text had withheld values or phrases that may "
                "reveal immigration status (show REF lists them).",
                nullptr, casesWithFindings - kCasesListed)
                          << Qt::endl;
    };
    const QStringList references = parser.positionalArguments();
    auto ids = references.isEmpty() ? exporter.allIds() : exporter.idsFor(references);
    if (!ids)
        return context.fail(ids.error());

    if (!parser.isSet(QStringLiteral("out"))) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(Error {ErrorKind::Io, out.errorString()});
        if (auto s = exporter.write(out, ids.value(), policy.value()); !s)
            return context.fail(s.error());
        unlisted();
        return ExitOk;
    }

    const QString path = parser.value(QStringLiteral("out"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return context.fail(Error {ErrorKind::BadInput,
            QCoreApplication::translate("trustdesk-cli", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), out.errorString())});
    // Owner-only before a single byte of case data is written.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = exporter.write(out, ids.value(), policy.value()); !s) {
        out.cancelWriting();
        return context.fail(s.error());
    }
    if (!out.commit())
        return context.fail(Error {ErrorKind::Io,
            QCoreApplication::translate("trustdesk-cli", "Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), out.errorString())});
    unlisted();
    context.err() << QCoreApplication::translate(
        "trustdesk-cli", "Exported %n case(s) to %1.", nullptr, int(ids->size()))
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar(
    {"export", QT_TRANSLATE_NOOP("Command", "export cases as TrustDesk JSON"), runExport});

} // namespace
} // namespace td::cli
