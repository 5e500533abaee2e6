#include "policedistrict.h"

#include <array>

namespace td {
namespace {

constexpr std::array kDistricts {
    PoliceDistrict {"A-1", "Downtown, Beacon Hill, Chinatown, North End"},
    PoliceDistrict {"A-7", "East Boston"},
    PoliceDistrict {"A-15", "Charlestown"},
    PoliceDistrict {"B-2", "Roxbury"},
    PoliceDistrict {"B-3", "Mattapan"},
    PoliceDistrict {"C-6", "South Boston"},
    PoliceDistrict {"C-11", "Dorchester"},
    PoliceDistrict {"D-4", "South End, Back Bay, Fenway"},
    PoliceDistrict {"D-14", "Allston, Brighton"},
    PoliceDistrict {"E-5", "West Roxbury, Roslindale"},
    PoliceDistrict {"E-13", "Jamaica Plain"},
    PoliceDistrict {"E-18", "Hyde Park"},
};

} // namespace

std::span<const PoliceDistrict> bostonPoliceDistricts()
{
    return kDistricts;
}

QString policeDistrictLabel(const QString &stored)
{
    const QString code = stored.trimmed();
    for (const auto &d : kDistricts) {
        if (code.compare(QLatin1String(d.code), Qt::CaseInsensitive) == 0)
            return QStringLiteral("%1 \u2014 %2")
                .arg(QLatin1String(d.code), QLatin1String(d.neighbourhoods));
    }
    return stored;
}

} // namespace td
