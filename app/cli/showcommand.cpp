// trustdesk-cli show REF [--json]: one case, sensitive facts withheld unless deliberately included,
// in their fields and wherever the free text repeats them.
#include "caseprinter.h"
#include "clicontext.h"
#include "common/appinfo.h"
#include "domain/casetextredactor.h"
#include "exitcode.h"
#include "interchange/casejson.h"
#include "interchange/interchangeformat.h"
#include "redactionoptions.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace td::cli {
namespace {

int runShow(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Show one case. Sensitive client fields and witness contact details are "
        "withheld unless deliberately included; --json prints a TrustDesk JSON "
        "file holding just this case."));
    parser.addPositionalArgument(QStringLiteral("REF"),
        QCoreApplication::translate("trustdesk-cli", "the case reference, e.g. TD-2026-00042"));
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate(
            "trustdesk-cli", "print JSON (the interchange format) instead of text")});
    RedactionOptions::add(parser);
    if (const int code = context.parse(parser, QStringLiteral("show"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "show needs exactly one REF."));
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

    const QStringList included = policy->includedKeys();
    if (!included.isEmpty()) {
        if (auto s
            = repository.recordEach(QStringLiteral("case.view_sensitive"), {loaded->reference},
                QStringLiteral("included: %1").arg(included.join(QLatin1String(", "))));
            !s)
            return context.fail(s.error());
    }

    const RedactedCase redacted = CaseTextRedactor(loaded.value(), policy.value()).apply();
    RedactionOptions::printFindings(context.err(), loaded->reference, redacted.findings);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject file {{QStringLiteral("format"), InterchangeFormat::name()},
            {QStringLiteral("version"), InterchangeFormat::version()},
            {QStringLiteral("withheld_fields"), QJsonArray::fromStringList(policy->withheldKeys())},
            {QStringLiteral("cases"),
                QJsonArray {CaseJson::write(redacted.caseFile, policy.value())}}};
        context.out() << QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Indented));
    } else {
        printCase(context.out(), redacted.caseFile, policy.value());
    }
    return ExitOk;
}

const CommandRegistrar registrar({"show", QT_TRANSLATE_NOOP("Command", "show one case"), runShow});

} // namespace
} // namespace td::cli
