// trustdesk-cli evidence-export REF --out FOLDER: the case's evidence files with a manifest.
#include "clicontext.h"
#include "common/appinfo.h"
#include "evidence/evidenceexporter.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runEvidenceExport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Copy a case's evidence into a new or empty folder with manifest.json, manifest.txt and "
        "SHA256SUMS (names, hashes, sizes, chain of custody). Every file is re-hashed while it is "
        "copied; a changed or missing file is not exported and the exit code is 3."));
    parser.addPositionalArgument(
        QStringLiteral("REF"), QCoreApplication::translate("trustdesk-cli", "the case reference"));
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate(
            "trustdesk-cli", "the folder to write (created owner-only; must be new or empty)"),
        QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("include-metadata"),
        QCoreApplication::translate("trustdesk-cli",
            "hand the files over as stored, with their metadata (EXIF with GPS position and "
            "author, XMP, PDF information); recorded in the audit log. By default copies leave "
            "without it.")});
    parser.addOption({QStringLiteral("include-original-names"),
        QCoreApplication::translate("trustdesk-cli",
            "name the files and list them in the manifest by their original names (which may "
            "name the client); recorded in the audit log. By default files are named by case and "
            "item number.")});
    if (const int code = context.parse(parser, QStringLiteral("evidence-export"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "evidence-export needs exactly one case reference."));
    if (parser.value(QStringLiteral("out")).isEmpty())
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "evidence-export needs --out FOLDER."));
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    const auto report
        = EvidenceExporter(*db, currentActor())
              .exportCase(parser.positionalArguments().constFirst(),
                  parser.value(QStringLiteral("out")), {},
                  EvidenceExportOptions {parser.isSet(QStringLiteral("include-metadata")),
                      parser.isSet(QStringLiteral("include-original-names"))});
    if (!report)
        return context.fail(report.error());
    for (const auto &problem : report->problems)
        context.err() << problem << '\n';
    context.out() << QCoreApplication::translate(
        "trustdesk-cli", "Exported %n file(s) to %1", nullptr, report->filesWritten)
                         .arg(report->folder)
                  << '\n';
    if (report->metadataRemoved > 0)
        context.out() << QCoreApplication::translate("trustdesk-cli",
            "Metadata (such as GPS position, author, camera) was removed from %n copy(ies); the "
            "originals in the store are unchanged.",
            nullptr, report->metadataRemoved)
                      << '\n';
    if (report->metadataNotRemovable > 0)
        context.err() << QCoreApplication::translate("trustdesk-cli",
            "%n file(s) are of a kind whose metadata TrustDesk cannot remove (video, audio, "
            "documents); check them before they leave. The manifest marks them.",
            nullptr, report->metadataNotRemovable)
                      << '\n';
    if (report->metadataOnly > 0)
        context.out() << QCoreApplication::translate("trustdesk-cli",
            "%n item(s) have no file (details imported only) and are listed in the manifest.",
            nullptr, report->metadataOnly)
                      << '\n';
    return report->ok() ? ExitOk : ExitIntegrity;
}

const CommandRegistrar registrar({"evidence-export",
    QT_TRANSLATE_NOOP("Command", "export a case's evidence with a manifest"), runEvidenceExport});

} // namespace
} // namespace td::cli
