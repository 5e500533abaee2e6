// trustdesk-cli attach REF FILE…: copies files into the evidence store and records them on a case.
#include "clicontext.h"
#include "common/appinfo.h"
#include "evidence/evidencenames.h"
#include "evidence/evidencestore.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runAttach(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Attach files to a case as evidence. Each file is copied into the evidence store beside "
        "the "
        "database and identified by its SHA-256; the original is only read. A file already on the "
        "case is reported and stored once."));
    parser.addPositionalArgument(
        QStringLiteral("REF"), QCoreApplication::translate("trustdesk-cli", "the case reference"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("trustdesk-cli", "files to attach"), QStringLiteral("FILE…"));
    parser.addOption({QStringLiteral("description"),
        QCoreApplication::translate("trustdesk-cli", "a description recorded with every file"),
        QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("source"),
        QCoreApplication::translate("trustdesk-cli", "where the files came from: %1")
            .arg(EvidenceStore::sources().join(QLatin1String(", "))),
        QStringLiteral("SOURCE")});
    if (const int code = context.parse(parser, QStringLiteral("attach"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "attach needs a case reference and at least one file."));
    AttachOptions options;
    options.description = parser.value(QStringLiteral("description"));
    options.source = parser.value(QStringLiteral("source"));
    if (!options.source.isEmpty() && !EvidenceStore::sources().contains(options.source))
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli", "Unknown source \"%1\". Use one of: %2.")
                .arg(options.source, EvidenceStore::sources().join(QLatin1String(", "))));

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    EvidenceStore store(*db, currentActor());
    const QString reference = positional.first();
    if (auto items = store.items(reference); !items)
        return context.fail(items.error());

    int worst = ExitOk;
    for (const auto &path : positional.mid(1)) {
        auto attached = store.attach(reference, path, options);
        if (!attached) {
            context.err() << attached.error().message << Qt::endl;
            worst = std::max(worst, exitCodeFor(attached.error()));
            continue;
        }
        const auto &item = attached->evidence.item;
        const QString name = EvidenceNames::displayName(path);
        switch (attached->outcome) {
        case AttachResult::Outcome::Added:
            context.out() << QCoreApplication::translate(
                "trustdesk-cli", "Attached \"%1\": %2, %3 bytes, %4")
                                 .arg(name, item.sha256)
                                 .arg(item.sizeBytes)
                                 .arg(item.mediaType)
                          << '\n';
            break;
        case AttachResult::Outcome::FileAdded:
            context.out() << QCoreApplication::translate(
                "trustdesk-cli", "Attached \"%1\": the file for imported evidence item %2 (%3)")
                                 .arg(name)
                                 .arg(item.id)
                                 .arg(item.sha256)
                          << '\n';
            break;
        case AttachResult::Outcome::AlreadyAttached:
            context.out() << QCoreApplication::translate("trustdesk-cli",
                "Already attached: \"%1\" is the same file as evidence item %2 (\"%3\"); stored "
                "once.")
                                 .arg(name)
                                 .arg(item.id)
                                 .arg(EvidenceNames::displayName(item.originalName))
                          << '\n';
            break;
        }
    }
    return worst;
}

const CommandRegistrar registrar(
    {"attach", QT_TRANSLATE_NOOP("Command", "attach files to a case as evidence"), runAttach});

} // namespace
} // namespace td::cli
