// trustdesk-cli report REF --out FILE.pdf: the complaint submission as a PDF, sensitive client
// fields and witness contacts withheld unless deliberately included; recorded in the case and the
// audit log.
#include "clicontext.h"
#include "common/appinfo.h"
#include "evidence/evidencestore.h"
#include "evidence/redactedorder.h"
#include "exitcode.h"
#include "guiapplication.h"
#include "guidance/guidancepackstore.h"
#include "paperoption.h"
#include "print/complaintreport.h"
#include "print/evidencethumbnails.h"
#include "printcommands.h"
#include "redactionoptions.h"
#include "storage/caserepository.h"
#include "storage/generatedreportlog.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace td::cli {
namespace {

int runReport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Write a case's complaint submission as a PDF. Sensitive client fields and witness contact "
        "details are withheld unless deliberately included, also where the free text mentions "
        "them; the PDF names the kinds withheld, never their values. Phrases that may reveal "
        "immigration status are listed on standard error and masked with --mask-status-phrases. "
        "Each report is recorded in the case (date, recipient, fields included, "
        "SHA-256) and in the audit log."));
    parser.addPositionalArgument(QStringLiteral("REF"),
        QCoreApplication::translate("trustdesk-cli", "the case reference, e.g. TD-2026-00042"));
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate("trustdesk-cli", "the PDF to write (required)"),
        QStringLiteral("FILE")});
    parser.addOption(paperOption());
    parser.addOption({QStringLiteral("to"),
        QCoreApplication::translate("trustdesk-cli",
            "bpd-iad (Boston Police internal affairs, the default), accountability "
            "(the City's police accountability office), post (the state's POST Commission, for "
            "officers of any agency) or another body's name"),
        QStringLiteral("BODY"), QStringLiteral("bpd-iad")});
    parser.addOption({QStringLiteral("filer"),
        QCoreApplication::translate(
            "trustdesk-cli", "who files: client, on-behalf (default) or anonymous"),
        QStringLiteral("WHO"), QStringLiteral("on-behalf")});
    parser.addOption({QStringLiteral("filer-name"),
        QCoreApplication::translate(
            "trustdesk-cli", "with on-behalf: who files (default: the case's caseworker)"),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"),
        QCoreApplication::translate("trustdesk-cli", "with on-behalf: the office filing"),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("request"),
        QCoreApplication::translate(
            "trustdesk-cli", "the requested action (default: the standard request)"),
        QStringLiteral("TEXT")});
    RedactionOptions::add(parser);
    if (const int code = context.parse(parser, QStringLiteral("report"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "report needs exactly one REF."));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "report needs --out FILE.pdf."));
    const std::optional<QPageSize> paper = paperFrom(parser);
    if (!paper)
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "--paper must be a4 or letter."));
    const QString filer = parser.value(QStringLiteral("filer")).toLower();
    if (filer != QLatin1String("client") && filer != QLatin1String("on-behalf")
        && filer != QLatin1String("anonymous"))
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "--filer must be client, on-behalf or anonymous."));
    const ComplaintRecipient recipient
        = ComplaintRecipient::fromKey(parser.value(QStringLiteral("to")));
    if (!recipient.isValid())
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "--to needs bpd-iad, accountability, post or a body's name."));
    QString problem;
    const auto policy = RedactionOptions::policy(parser, problem);
    if (!policy)
        return context.usage(parser, problem);

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    auto loaded = repository.loadByReference(parser.positionalArguments().constFirst());
    if (!loaded)
        return context.fail(loaded.error());
    auto pack = GuidancePackStore().loadCurrent();
    if (!pack)
        return context.fail(pack.error());

    ComplaintReportOptions options;
    options.recipient = recipient;
    options.filer = filer == QLatin1String("client") ? ComplaintFiler::Client
        : filer == QLatin1String("anonymous")        ? ComplaintFiler::Anonymous
                                                     : ComplaintFiler::OnBehalf;
    options.filerName = parser.value(QStringLiteral("filer-name"));
    options.organisation = parser.value(QStringLiteral("organisation"));
    options.requestedAction = parser.value(QStringLiteral("request"));
    options.policy = policy.value();
    options.paper = *paper;
    // Redacted copies are offered first, labelled, and their originals not pictured.
    const auto evidence = EvidenceStore(*db, currentActor()).items(loaded->reference);
    if (!evidence)
        return context.fail(evidence.error());
    options.redactedCopies = redactedCopyParents(evidence.value());
    // On an office server the pictures are sealed with the office key: asked for only when the
    // case has an image to picture.
    const bool anyImage
        = std::any_of(evidence->cbegin(), evidence->cend(), [](const StoredEvidence &e) {
              return e.inStore && e.item.mediaType.startsWith(QLatin1String("image/"));
          });
    if (anyImage) {
        if (const int code = context.unlockEvidence(*db); code != ExitOk)
            return code;
    }
    // Exhibit photos from the evidence store beside the database (or the server), decoded at
    // print size (never following a link); items whose file is not in the store are listed
    // without a picture.
    EvidenceThumbnails thumbnails(*db);
    EvidenceStore store(*db, currentActor());
    options.exhibitImage = [&thumbnails, &store](const EvidenceItem &item, int maxEdge) {
        const QSize bound(maxEdge, maxEdge);
        return store.inServer() ? EvidenceThumbnails::ofServerItem(store, item, bound)
                                : thumbnails.thumbnail(item.sha256, bound);
    };
    const ComplaintReport report(loaded.value(), &pack.value(), options);

    auto sha256 = report.writePdf(out);
    if (!sha256)
        return context.fail(sha256.error());
    GeneratedReportLog log(*db, repository.audit());
    if (auto recorded = log.record(report.record(sha256.value()), loaded->reference); !recorded) {
        // Nothing leaves the office unrecorded: without its record, the PDF goes.
        QFile::remove(out);
        return context.fail(recorded.error());
    }
    RedactionOptions::printFindings(context.err(), loaded->reference, report.textFindings());
    if (!loaded->client.consentToFile)
        context.err() << QCoreApplication::translate("trustdesk-cli",
            "Warning: the client's consent to file is not recorded; the PDF is marked as a draft.")
                      << Qt::endl;
    context.out() << QCoreApplication::translate("trustdesk-cli", "Complaint written: %1").arg(out)
                  << '\n';
    context.out() << QCoreApplication::translate("trustdesk-cli", "SHA-256: %1").arg(sha256.value())
                  << '\n';
    const QStringList included = report.includedFieldKeys();
    context.out() << QCoreApplication::translate("trustdesk-cli", "Sensitive fields included: %1")
                         .arg(included.isEmpty()
                                 ? QCoreApplication::translate("trustdesk-cli", "none")
                                 : included.join(QLatin1String(", ")))
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar(
    {kReportCommand.name, kReportCommand.summary, runReport, makeGuiApplication});

} // namespace
} // namespace td::cli
