#include "redactionrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace td {
namespace {

constexpr int kFormat = 1;
constexpr int kMinBlock = 16;

Error badInput(const QString &message)
{
    return Error {ErrorKind::BadInput, message};
}

QString boxText(const QRect &r)
{
    return QStringLiteral("%1,%2,%3,%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

QString RedactionRecord::methodName(Method method)
{
    return method == Method::Pixelate ? QStringLiteral("pixelate") : QStringLiteral("fill");
}

Result<RedactionRecord::Method> RedactionRecord::parseMethod(const QString &name)
{
    if (name == QLatin1String("fill"))
        return Method::Fill;
    if (name == QLatin1String("pixelate"))
        return Method::Pixelate;
    return badInput(QCoreApplication::translate(
        "RedactionRecord", "Unknown redaction method \"%1\". Use fill or pixelate.")
                        .arg(name));
}

Result<QRect> RedactionRecord::parseBox(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    int values[4] = {};
    bool valid = parts.size() == 4;
    for (int i = 0; valid && i < 4; ++i)
        values[i] = parts.at(i).trimmed().toInt(&valid);
    if (!valid)
        return badInput(QCoreApplication::translate("RedactionRecord",
            "The box \"%1\" is not four whole numbers X,Y,W,H (left, top, width, height in "
            "pixels).")
                            .arg(text));
    if (values[2] <= 0 || values[3] <= 0)
        return badInput(QCoreApplication::translate("RedactionRecord",
            "The box \"%1\" has no area: its width and height must be at least 1.")
                            .arg(text));
    return QRect(values[0], values[1], values[2], values[3]);
}

Status RedactionRecord::checkBoxes(const QList<QRect> &boxes, const QSize &size)
{
    if (boxes.isEmpty())
        return badInput(
            QCoreApplication::translate("RedactionRecord", "Give at least one box to redact."));
    const QRect image(QPoint(0, 0), size);
    for (const QRect &box : boxes) {
        if (box.width() <= 0 || box.height() <= 0)
            return badInput(QCoreApplication::translate("RedactionRecord",
                "The box %1 has no area: its width and height must be at least 1.")
                                .arg(boxText(box)));
        if (!image.contains(box))
            return badInput(QCoreApplication::translate("RedactionRecord",
                "The box %1 is not inside the image, which is %2×%3 pixels (upright).")
                                .arg(boxText(box))
                                .arg(size.width())
                                .arg(size.height()));
    }
    return {};
}

int RedactionRecord::blockSize(const QRect &box)
{
    return std::max(kMinBlock, std::min(box.width(), box.height()) / 8);
}

QString RedactionRecord::toJson() const
{
    QJsonArray boxArray;
    for (const QRect &r : boxes)
        boxArray.append(QJsonArray {r.x(), r.y(), r.width(), r.height()});
    const QJsonObject o {{QStringLiteral("format"), kFormat},
        {QStringLiteral("method"), methodName(method)}, {QStringLiteral("parent_id"), parentId},
        {QStringLiteral("parent_sha256"), parentSha256},
        {QStringLiteral("image"), QJsonArray {imageSize.width(), imageSize.height()}},
        {QStringLiteral("boxes"), boxArray}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<RedactionRecord> RedactionRecord::fromJson(const QString &json)
{
    const auto bad = badInput(
        QCoreApplication::translate("RedactionRecord", "The redaction record cannot be read."));
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return bad;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return bad;
    RedactionRecord r;
    const auto method = parseMethod(o.value(QStringLiteral("method")).toString());
    if (!method)
        return bad;
    r.method = method.value();
    r.parentId = o.value(QStringLiteral("parent_id")).toInteger();
    r.parentSha256 = o.value(QStringLiteral("parent_sha256")).toString();
    const QJsonArray image = o.value(QStringLiteral("image")).toArray();
    if (image.size() != 2)
        return bad;
    r.imageSize = QSize(image.at(0).toInt(), image.at(1).toInt());
    for (const auto &v : o.value(QStringLiteral("boxes")).toArray()) {
        const QJsonArray b = v.toArray();
        if (b.size() != 4)
            return bad;
        r.boxes.append(QRect(b.at(0).toInt(), b.at(1).toInt(), b.at(2).toInt(), b.at(3).toInt()));
    }
    return r;
}

} // namespace td
