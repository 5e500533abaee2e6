#pragma once

#include <QString>

#include <span>

namespace td {

/// A Boston Police Department district as the department names it, with the neighbourhoods it
/// covers (place names, not translated). Cases store the code alone.
struct PoliceDistrict
{
    const char *code; ///< "C-11"
    const char *neighbourhoods; ///< "Dorchester"
};

std::span<const PoliceDistrict> bostonPoliceDistricts();
/// How a stored district reads on screen: "C-11 — Dorchester" for a listed code, anything else
/// as it was typed.
QString policeDistrictLabel(const QString &stored);

} // namespace td
