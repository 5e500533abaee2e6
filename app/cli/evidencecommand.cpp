// trustdesk-cli evidence REF [--json]: a case's evidence, one item a line (SHA-256 first), or JSON.
#include "clicontext.h"
#include "common/appinfo.h"
#include "evidence/evidencenames.h"
#include "evidence/evidencestore.h"
#include "exitcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {
namespace {

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

int runEvidence(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "List a case's evidence, oldest first, one item a line, tab-separated: SHA-256, item id, "
        "size in bytes, "
        "\"stored\" or \"metadata-only\" (details imported without the file), media type, date "
        "captured (UTC, or -), name. "
        "--json adds every field and the chain of custody; a redacted copy has redacted_copy_of "
        "(the original's id) and redaction (its boxes and method)."));
    parser.addPositionalArgument(
        QStringLiteral("REF"), QCoreApplication::translate("trustdesk-cli", "the case reference"));
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("trustdesk-cli", "print JSON")});
    if (const int code = context.parse(parser, QStringLiteral("evidence"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "evidence needs exactly one case reference."));
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    EvidenceStore store(*db, currentActor());
    const QString reference = parser.positionalArguments().constFirst();
    const auto items = store.items(reference);
    if (!items)
        return context.fail(items.error());

    if (!parser.isSet(QStringLiteral("json"))) {
        for (const auto &e : items.value()) {
            const auto &i = e.item;
            context.out() << i.sha256 << '\t' << i.id << '\t' << i.sizeBytes << '\t'
                          << (e.inStore ? "stored" : "metadata-only") << '\t'
                          << (i.mediaType.isEmpty() ? QStringLiteral("-") : i.mediaType) << '\t'
                          << (i.capturedAt.isValid() ? i.capturedAt.toUTC().toString(Qt::ISODate)
                                                     : QStringLiteral("-"))
                          << '\t' << EvidenceNames::displayName(i.originalName) << '\n';
        }
        return ExitOk;
    }
    QJsonArray array;
    for (const auto &e : items.value()) {
        const auto &i = e.item;
        const auto custody = store.custody(i.id);
        if (!custody)
            return context.fail(custody.error());
        QJsonArray events;
        for (const auto &c : custody.value()) {
            events.append(QJsonObject {
                {QStringLiteral("occurred_at"), c.at.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("actor"), c.actor}, {QStringLiteral("action"), c.action},
                {QStringLiteral("observed_sha256"), c.observedSha256},
                {QStringLiteral("detail"), c.detail}});
        }
        array.append(QJsonObject {{QStringLiteral("id"), i.id},
            {QStringLiteral("sha256"), i.sha256}, {QStringLiteral("original_name"), i.originalName},
            {QStringLiteral("display_name"), EvidenceNames::displayName(i.originalName)},
            {QStringLiteral("media_type"), i.mediaType},
            {QStringLiteral("size_bytes"), i.sizeBytes}, {QStringLiteral("stored"), e.inStore},
            {QStringLiteral("store_path"),
                e.inStore ? QJsonValue(store.storedName(i.sha256)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("captured_at"), isoOrNull(i.capturedAt)},
            {QStringLiteral("captured_origin"), captureOriginCode(i.capturedOrigin)},
            {QStringLiteral("added_by"), i.addedBy},
            {QStringLiteral("added_at"), isoOrNull(i.addedAt)},
            {QStringLiteral("description"), i.description}, {QStringLiteral("source"), i.source},
            {QStringLiteral("redacted_copy_of"),
                e.isRedactedCopy() ? QJsonValue(e.parentId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("redaction"),
                e.redaction.isEmpty()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QJsonDocument::fromJson(e.redaction.toUtf8()).object())},
            {QStringLiteral("custody"), events}});
    }
    context.out() << QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("case_reference"), reference},
            {QStringLiteral("items"),
                array}}).toJson(QJsonDocument::Indented));
    return ExitOk;
}

const CommandRegistrar registrar({"evidence",
    QT_TRANSLATE_NOOP("Command", "list a case's evidence (SHA-256 first)"), runEvidence});

} // namespace
} // namespace td::cli
