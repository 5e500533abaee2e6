#include "caseworkerprofile.h"

#include "settings.h"

#include <QMutex>

#include <optional>

namespace td {
namespace {

QMutex s_mutex;
std::optional<CaseworkerProfile> s_installed;

QString normalizedText(const QString &text)
{
    return text.simplified().left(CaseworkerProfile::kMaxLength).trimmed();
}

} // namespace

CaseworkerProfile CaseworkerProfile::normalized() const
{
    return CaseworkerProfile {normalizedText(name), normalizedText(role)};
}

QString CaseworkerProfile::actor() const
{
    const CaseworkerProfile p = normalized();
    if (p.role.isEmpty())
        return p.name;
    return QStringLiteral("%1 (%2)").arg(p.name, p.role);
}

CaseworkerProfile CaseworkerProfile::current()
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_installed)
            return *s_installed;
    }
    return Settings().caseworkerProfile();
}

void CaseworkerProfile::install(const CaseworkerProfile &profile)
{
    QMutexLocker lock(&s_mutex);
    s_installed = profile.normalized();
}

} // namespace td
