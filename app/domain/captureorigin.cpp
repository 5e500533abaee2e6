#include "captureorigin.h"

#include <array>

namespace td {
namespace {

struct OriginCode
{
    CaptureOrigin origin;
    const char *code;
};

// The codes never change: they are in databases, case files and manifests.
constexpr std::array kCodes {
    OriginCode {CaptureOrigin::Unknown, "unknown"},
    OriginCode {CaptureOrigin::Camera, "camera"},
    OriginCode {CaptureOrigin::FileModified, "file_modified"},
    OriginCode {CaptureOrigin::Caseworker, "caseworker"},
};

} // namespace

QString captureOriginCode(CaptureOrigin origin)
{
    for (const auto &c : kCodes) {
        if (c.origin == origin)
            return QString::fromLatin1(c.code);
    }
    return QStringLiteral("unknown");
}

std::optional<CaptureOrigin> captureOriginFromCode(const QString &code)
{
    for (const auto &c : kCodes) {
        if (code == QLatin1String(c.code))
            return c.origin;
    }
    return std::nullopt;
}

QStringList captureOriginCodes()
{
    QStringList out;
    for (const auto &c : kCodes)
        out.append(QString::fromLatin1(c.code));
    return out;
}

} // namespace td
