// trustdesk-cli faces REF EVIDENCE_ID [--json]: the boxes face detection suggests for an image,
// for a person to review and pass to `redact --box`.
#include "clicontext.h"
#include "exitcode.h"
#include "printcommands.h"
#include "redactboxes.h"
#include "vision/facesuggester.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {
namespace {

int runFaces(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("trustdesk-cli",
        "Print the boxes OpenCV's face detection suggests for an image, one X,Y,W,H a line (as "
        "\"redact --box\" takes them), in the pixels of the upright image. Suggestions only: "
        "detection misses faces (small, turned, covered), so look at the image."));
    parser.addPositionalArgument(
        QStringLiteral("REF"), QCoreApplication::translate("trustdesk-cli", "the case reference"));
    parser.addPositionalArgument(QStringLiteral("EVIDENCE_ID"),
        QCoreApplication::translate("trustdesk-cli", "the evidence item id (an image)"));
    parser.addOption({QStringLiteral("json"),
        QCoreApplication::translate("trustdesk-cli",
            "print JSON: case_reference, evidence_id, width, height (of the upright image) and "
            "boxes, each with x, y, width, height")});
    if (const int code = context.parse(parser, QStringLiteral("faces"), args); code >= 0)
        return code;
    RedactTarget target;
    if (const int code = loadRedactTarget(context, parser, QStringLiteral("faces"), target);
        code >= 0)
        return code;
    const QImage &image = target.loaded.image;
    const auto faces = FaceSuggester().suggest(image);
    if (!faces)
        return context.fail(faces.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray boxes;
        for (const QRect &r : faces.value())
            boxes.append(QJsonObject {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()},
                {QStringLiteral("width"), r.width()}, {QStringLiteral("height"), r.height()}});
        context.out() << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("case_reference"), target.loaded.evidence.caseReference},
                {QStringLiteral("evidence_id"), target.loaded.evidence.item.id},
                {QStringLiteral("width"), image.width()},
                {QStringLiteral("height"), image.height()},
                {QStringLiteral("boxes"),
                    boxes}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const QRect &r : faces.value())
        context.out() << boxText(r) << '\n';
    if (faces->isEmpty())
        context.err() << QCoreApplication::translate(
            "trustdesk-cli", "No face was suggested; detection misses faces, so check the image.")
                      << Qt::endl;
    return ExitOk;
}

const CommandRegistrar registrar({kFacesCommand.name, kFacesCommand.summary, runFaces});

} // namespace
} // namespace td::cli
