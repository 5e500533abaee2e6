#include "redactboxes.h"

#include "common/appinfo.h"
#include "exitcode.h"

#include <QCoreApplication>

namespace td::cli {

QString boxText(const QRect &box)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(box.x())
        .arg(box.y())
        .arg(box.width())
        .arg(box.height());
}

int loadRedactTarget(CliContext &context, const QCommandLineParser &parser, const QString &command,
    RedactTarget &target)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "%1 needs a case reference and one evidence item id.")
                .arg(command));
    bool isNumber = false;
    const qint64 id = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usage(parser,
            QCoreApplication::translate("trustdesk-cli",
                "\"%1\" is not an evidence item id: use the number that \"evidence %2\" lists.")
                .arg(positional.at(1), positional.at(0)));
    Database *db = context.database();
    if (!db)
        return context.openFailed();
    target.store = std::make_unique<EvidenceStore>(*db, currentActor());
    const QString reference = positional.at(0);
    const auto stored = target.store->item(id);
    if (!stored || stored->caseReference != reference)
        return context.fail(Error {ErrorKind::NotFound,
            QCoreApplication::translate("trustdesk-cli", "Evidence item %1 is not on case %2.")
                .arg(id)
                .arg(reference)});
    auto loaded = ImageRedactor::load(*target.store, id);
    if (!loaded)
        return context.fail(loaded.error());
    target.loaded = std::move(loaded.value());
    return -1;
}

} // namespace td::cli
