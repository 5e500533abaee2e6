#pragma once

#include "domain/casestatus.h"

#include <QString>

#include <optional>

namespace td {

/// Which cases a list shows: optionally one status, optionally matching search text.
struct CaseQuery
{
    std::optional<CaseStatus> status;
    QString text;
};

} // namespace td
