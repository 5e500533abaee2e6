// trustdesk-cli import FILE: all-or-nothing import of a TrustDesk JSON file.
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "interchange/caseimporter.h"
#include "storage/caserepository.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Import the cases of a TrustDesk JSON file. The whole file is checked first: "
        "one bad case rejects it, naming the case and the field, and nothing is added."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("trustdesk-cli", "the TrustDesk JSON file"));
    CliContext::addNewVaultOptions(parser);
    if (const int code = context.parse(parser, QStringLiteral("import"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(
            parser, QCoreApplication::translate("trustdesk-cli", "import needs exactly one FILE."));

    Database *db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return context.openFailed();
    CaseRepository repository(*db, currentActor());
    CaseImporter importer(repository);
    auto summary = importer.importFile(parser.positionalArguments().constFirst());
    if (!summary)
        return context.fail(summary.error());
    if (!summary->withheldFields.isEmpty()) {
        context.err() << QCoreApplication::translate(
            "trustdesk-cli", "Note: the file withheld these sensitive fields, which stay empty: %1")
                             .arg(summary->withheldFields.join(QLatin1String(", ")))
                      << Qt::endl;
    }
    if (!summary->droppedAnonymousNames.isEmpty()) {
        context.err() << QCoreApplication::translate("trustdesk-cli",
            "Warning: these anonymous clients came with a name, which was not stored: %1")
                             .arg(summary->droppedAnonymousNames.join(QLatin1String(", ")))
                      << Qt::endl;
    }
    context.out() << QCoreApplication::translate(
        "trustdesk-cli", "Imported %n case(s).", nullptr, int(summary->references.size()))
                  << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({"import",
    QT_TRANSLATE_NOOP("Command", "import a TrustDesk JSON file, all or nothing"), runImport});

} // namespace
} // namespace td::cli
