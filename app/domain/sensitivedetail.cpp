#include "sensitivedetail.h"

#include <QCoreApplication>

#include <array>

namespace td {
namespace {

constexpr std::array kDetails {
    SensitiveDetailInfo {SensitiveDetail::WitnessContact, "witness_contact",
        QT_TRANSLATE_NOOP("SensitiveDetail", "Witness contact details")},
};

const SensitiveDetailInfo &infoOf(SensitiveDetail detail)
{
    for (const auto &info : kDetails) {
        if (info.detail == detail)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

std::span<const SensitiveDetailInfo> sensitiveDetails()
{
    return kDetails;
}

QString sensitiveDetailLabel(SensitiveDetail detail)
{
    return QCoreApplication::translate("SensitiveDetail", infoOf(detail).label);
}

QString sensitiveDetailKey(SensitiveDetail detail)
{
    return QString::fromLatin1(infoOf(detail).key);
}

std::optional<SensitiveDetail> sensitiveDetailFromKey(const QString &key)
{
    for (const auto &info : kDetails) {
        if (key == QLatin1String(info.key))
            return info.detail;
    }
    return std::nullopt;
}

} // namespace td
