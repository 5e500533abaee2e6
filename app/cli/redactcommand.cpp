// trustdesk-cli redact REF EVIDENCE_ID --box X,Y,W,H … [--method fill|pixelate] [--suggest]:
// stores a redacted copy of an image as a new evidence item and prints its id.
#include "clicontext.h"
#include "exitcode.h"
#include "printcommands.h"
#include "redactboxes.h"
#include "vision/facesuggester.h"

#include <QCoreApplication>

namespace td::cli {
namespace {

int runRedact(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Store a redacted copy of an image as a new evidence item derived from it, and print the "
        "new item's id. Boxes are in the pixels of the image turned upright by its EXIF "
        "orientation (\"faces\" prints them the same way). The copy carries no metadata; the "
        "original is kept unchanged and still verifies."));
    parser.addPositionalArgument(
        QStringLiteral("REF"), QCoreApplication::translate("trustdesk-cli", "the case reference"));
    parser.addPositionalArgument(QStringLiteral("EVIDENCE_ID"),
        QCoreApplication::translate("trustdesk-cli", "the evidence item id (an image)"));
    parser.addOption({QStringLiteral("box"),
        QCoreApplication::translate("trustdesk-cli",
            "a box to cover: left, top, width, height in pixels (repeat for more boxes)"),
        QStringLiteral("X,Y,W,H")});
    parser.addOption({QStringLiteral("method"),
        QCoreApplication::translate(
            "trustdesk-cli", "fill (solid black, the default) or pixelate (coarse blocks)"),
        QStringLiteral("METHOD"), QStringLiteral("fill")});
    parser.addOption({QStringLiteral("suggest"),
        QCoreApplication::translate("trustdesk-cli",
            "also cover the faces OpenCV suggests (listed on stderr; detection misses faces: "
            "check the copy)")});
    if (const int code = context.parse(parser, QStringLiteral("redact"), args); code >= 0)
        return code;

    const auto method = RedactionRecord::parseMethod(parser.value(QStringLiteral("method")));
    if (!method)
        return context.usage(parser, method.error().message);
    QList<QRect> boxes;
    for (const QString &text : parser.values(QStringLiteral("box"))) {
        const auto box = RedactionRecord::parseBox(text);
        if (!box)
            return context.usage(parser, box.error().message);
        boxes.append(box.value());
    }
    const bool suggest = parser.isSet(QStringLiteral("suggest"));
    if (boxes.isEmpty() && !suggest)
        return context.usage(parser,
            QCoreApplication::translate(
                "trustdesk-cli", "redact needs at least one --box X,Y,W,H (or --suggest)."));

    RedactTarget target;
    if (const int code = loadRedactTarget(context, parser, QStringLiteral("redact"), target);
        code >= 0)
        return code;
    const QImage &image = target.loaded.image;
    // Boxes outside the image are a mistake in the command line: the same exit code as any usage
    // error, and nothing is stored.
    if (!boxes.isEmpty()) {
        if (auto s = RedactionRecord::checkBoxes(boxes, image.size()); !s) {
            context.err() << s.error().message << Qt::endl;
            return ExitUsage;
        }
    }
    if (suggest) {
        const auto faces = FaceSuggester().suggest(image);
        if (!faces)
            return context.fail(faces.error());
        for (const QRect &face : faces.value())
            context.err() << QCoreApplication::translate("trustdesk-cli", "Suggested face: %1")
                                 .arg(boxText(face))
                          << Qt::endl;
        if (faces->isEmpty())
            context.err() << QCoreApplication::translate("trustdesk-cli",
                "No face was suggested; detection misses faces, so check the image.")
                          << Qt::endl;
        boxes.append(faces.value());
        if (boxes.isEmpty())
            return context.fail(Error {ErrorKind::BadInput,
                QCoreApplication::translate("trustdesk-cli",
                    "Nothing to redact: give boxes with --box. Nothing was stored.")});
    }
    const auto stored
        = ImageRedactor::redactLoaded(*target.store, target.loaded, boxes, method.value());
    if (!stored)
        return context.fail(stored.error());
    context.out() << stored->evidence.item.id << '\n';
    if (stored->outcome == AttachResult::Outcome::AlreadyAttached)
        context.err() << QCoreApplication::translate(
            "trustdesk-cli", "The same redacted copy is already on the case (item %1).")
                             .arg(stored->evidence.item.id)
                      << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({kRedactCommand.name, kRedactCommand.summary, runRedact});

} // namespace
} // namespace td::cli
