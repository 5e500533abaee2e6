#include "officeprofile.h"

#include "settings.h"

#include <QMutex>

#include <optional>

namespace td {
namespace {

QMutex s_mutex;
std::optional<OfficeProfile> s_installed;

QString line(const QString &text)
{
    return text.simplified().left(OfficeProfile::kMaxLength).trimmed();
}

} // namespace

bool OfficeProfile::isEmpty() const
{
    return name.trimmed().isEmpty() && address.trimmed().isEmpty() && phone.trimmed().isEmpty()
        && email.trimmed().isEmpty();
}

OfficeProfile OfficeProfile::normalized() const
{
    OfficeProfile p;
    p.name = line(name);
    QStringList lines;
    for (const QString &l : address.split(QLatin1Char('\n'))) {
        if (const QString kept = line(l); !kept.isEmpty() && lines.size() < 4)
            lines.append(kept);
    }
    p.address = lines.join(QLatin1Char('\n'));
    p.phone = line(phone);
    p.email = line(email);
    const QByteArray zone = timeZoneId.trimmed();
    p.timeZoneId = !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone) ? zone : QByteArray();
    return p;
}

QTimeZone OfficeProfile::timeZone() const
{
    if (!timeZoneId.isEmpty()) {
        const QTimeZone zone(timeZoneId);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QStringList OfficeProfile::contactLines() const
{
    const OfficeProfile p = normalized();
    QStringList lines;
    if (!p.name.isEmpty())
        lines.append(p.name);
    if (!p.address.isEmpty())
        lines.append(p.address.split(QLatin1Char('\n')));
    if (!p.phone.isEmpty())
        lines.append(p.phone);
    if (!p.email.isEmpty())
        lines.append(p.email);
    return lines;
}

OfficeProfile OfficeProfile::current()
{
    QMutexLocker lock(&s_mutex);
    // Read once: item models ask for the time zone on every paint.
    if (!s_installed)
        s_installed = Settings().officeProfile();
    return *s_installed;
}

void OfficeProfile::install(const OfficeProfile &office)
{
    QMutexLocker lock(&s_mutex);
    s_installed = office.normalized();
}

} // namespace td
