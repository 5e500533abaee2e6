// trustdesk-cli client-copy REF --out FILE.pdf: the client's short copy (what was filed, next steps
// from the guidance pack) in the client's language; recorded in the case and the audit log.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "guiapplication.h"
#include "guidance/guidancepackstore.h"
#include "paperoption.h"
#include "print/clientcopy.h"
#include "printcommands.h"
#include "redactionoptions.h"
#include "storage/caserepository.h"
#include "storage/generatedreportlog.h"

#include <QCoreApplication>
#include <QFile>

namespace td::cli {
namespace {

int runClientCopy(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Write the client's copy as a PDF: what was filed and the next steps from the guidance "
        "pack, in the "
        "client's preferred language (or --lang). It names no sensitive client field."));
    parser.addPositionalArgument(QStringLiteral("REF"),
        QCoreApplication::translate("trustdesk-cli", "the case reference, e.g. TD-2026-00042"));
    parser.addOption({QStringLiteral("out"),
        QCoreApplication::translate("trustdesk-cli", "the PDF to write (required)"),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
        QCoreApplication::translate(
            "trustdesk-cli", "language code (en, es, ht, pt, kea, zh_CN, zh_TW, vi, ar, ru, so)"),
        QStringLiteral("L")});
    parser.addOption(paperOption());
    parser.addOption({QStringLiteral("to"),
        QCoreApplication::translate("trustdesk-cli",
            "when nothing is filed yet: bpd-iad (default), accountability or a body's name"),
        QStringLiteral("BODY"), QStringLiteral("bpd-iad")});
    RedactionOptions::addMaskStatusPhrases(parser);
    if (const int code = context.parse(parser, QStringLiteral("client-copy"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "client-copy needs exactly one REF."));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "client-copy needs --out FILE.pdf."));
    const std::optional<QPageSize> paper = paperFrom(parser);
    if (!paper)
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "--paper must be a4 or letter."));
    const ComplaintRecipient recipient
        = ComplaintRecipient::fromKey(parser.value(QStringLiteral("to")));
    if (!recipient.isValid())
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "--to needs bpd-iad, accountability or a body's name."));

    auto pack = GuidancePackStore().loadCurrent();
    if (!pack)
        return context.fail(pack.error());
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !pack->language(lang))
        return context.fail(Error {ErrorKind::NotFound,
            QCoreApplication::translate("trustdesk-cli", "The guidance is not available in \"%1\".")
                .arg(lang)});

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    auto loaded = repository.loadByReference(parser.positionalArguments().constFirst());
    if (!loaded)
        return context.fail(loaded.error());

    ClientCopyOptions options;
    options.languageCode = lang;
    options.recipient = recipient;
    options.paper = *paper;
    options.maskStatusPhrases = RedactionOptions::masksStatusPhrases(parser);
    const ClientCopy copy(loaded.value(), pack.value(), options);
    auto sha256 = copy.writePdf(out);
    if (!sha256)
        return context.fail(sha256.error());
    GeneratedReportLog log(*db, repository.audit());
    if (auto recorded = log.record(copy.record(sha256.value()), loaded->reference); !recorded) {
        QFile::remove(out);
        return context.fail(recorded.error());
    }
    RedactionOptions::printFindings(context.err(), loaded->reference, copy.textFindings());
    context.out() << QCoreApplication::translate("trustdesk-cli", "Client copy written: %1 (%2)")
                         .arg(out, copy.language())
                  << '\n';
    context.out() << QCoreApplication::translate("trustdesk-cli", "SHA-256: %1").arg(sha256.value())
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar(
    {kClientCopyCommand.name, kClientCopyCommand.summary, runClientCopy, makeGuiApplication});

} // namespace
} // namespace td::cli
