// trustdesk-cli evidence-remove REF EVIDENCE_ID --reason TEXT: takes one item off a case, keeping
// the reason in the chain of custody.
#include "clicontext.h"
#include "common/appinfo.h"
#include "evidence/evidencenames.h"
#include "evidence/evidencestore.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {
namespace {

// The item on the case, or why not: an id of another case is refused like an unknown one, so a
// typo in either argument never removes evidence from the wrong case.
Result<StoredEvidence> itemOnCase(EvidenceStore &store, const QString &reference, qint64 id)
{
    const auto items = store.items(reference);
    if (!items)
        return items.error();
    for (const auto &e : items.value()) {
        if (e.item.id == id)
            return e;
    }
    if (const auto elsewhere = store.item(id); !elsewhere)
        return Error {ErrorKind::NotFound,
            QCoreApplication::translate(
                "trustdesk-cli", "There is no evidence item %1. Nothing was removed.")
                .arg(id)};
    return Error {ErrorKind::NotFound,
        QCoreApplication::translate(
            "trustdesk-cli", "Evidence item %1 is not on case %2. Nothing was removed.")
            .arg(id)
            .arg(reference)};
}

int runEvidenceRemove(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Remove one evidence item from a case. EVIDENCE_ID is the item id that \"evidence REF\" "
        "lists. "
        "The reason is required and stays in the chain of custody. The file leaves the "
        "evidence store unless another item (on any case) holds the same bytes."));
    parser.addPositionalArgument(
        QStringLiteral("REF"), QCoreApplication::translate("trustdesk-cli", "the case reference"));
    parser.addPositionalArgument(QStringLiteral("EVIDENCE_ID"),
        QCoreApplication::translate("trustdesk-cli", "the evidence item id"));
    parser.addOption({QStringLiteral("reason"),
        QCoreApplication::translate(
            "trustdesk-cli", "why the item is removed (required; kept in the chain of custody)"),
        QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli",
            "print JSON: case_reference, id, sha256, display_name, stored "
            "(the item had a file) and file_removed (the file left the store)")});
    if (const int code = context.parse(parser, QStringLiteral("evidence-remove"), args); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "evidence-remove needs a case reference and one evidence item id."));
    bool isNumber = false;
    const qint64 id = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "\"%1\" is not an evidence item id: use the number that \"evidence %2\" lists.")
                .arg(positional.at(1), positional.at(0)));
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "evidence-remove needs --reason TEXT: the reason is kept in the chain of "
                "custody."));

    Database *db = context.database();
    if (!db)
        return context.openFailed();
    EvidenceStore store(*db, currentActor());
    const QString reference = positional.at(0);
    const auto found = itemOnCase(store, reference, id);
    if (!found)
        return context.fail(found.error());
    if (auto removed = store.remove(id, reason); !removed)
        return context.fail(removed.error());

    const auto &item = found->item;
    const QString name = EvidenceNames::displayName(item.originalName);
    // Another item holding the same bytes keeps the file in the store.
    const bool fileRemoved = found->inStore && !QFileInfo(store.filePath(item.sha256)).exists();
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("case_reference"), reference},
                {QStringLiteral("id"), item.id}, {QStringLiteral("sha256"), item.sha256},
                {QStringLiteral("display_name"), name}, {QStringLiteral("stored"), found->inStore},
                {QStringLiteral("file_removed"),
                    fileRemoved}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out() << QCoreApplication::translate("trustdesk-cli",
        "Removed evidence item %1 (\"%2\") from %3; the reason is kept in the chain of custody.")
                         .arg(item.id)
                         .arg(name, reference)
                  << '\n';
    if (found->inStore)
        context.out() << (fileRemoved
                ? QCoreApplication::translate(
                    "trustdesk-cli", "Its file was deleted from the evidence store.")
                : QCoreApplication::translate("trustdesk-cli",
                    "Its file stays in the evidence store: another item holds the same bytes."))
                      << '\n';
    return ExitOk;
}

const CommandRegistrar registrar({"evidence-remove",
    QT_TRANSLATE_NOOP("Command", "remove an evidence item from a case, with a reason"),
    runEvidenceRemove});

} // namespace
} // namespace td::cli
