#pragma once

#include "domain/casestatus.h"

#include <QString>

#include <optional>

namespace td {

/// The order of a case list. Newest first unless a column is chosen.
enum class CaseSort
{
    Newest, ///< by when the case was created, newest first
    Reference,
    Client, ///< by the name the list shows (anonymous clients first)
    Status, ///< in the order a case goes through them (intake … closed)
    Opened,
    LastIncident,
    Caseworker,
};

/// Which cases a list shows: optionally one status, optionally matching search text, in an order.
struct CaseQuery
{
    std::optional<CaseStatus> status;
    QString text;
    CaseSort sort = CaseSort::Newest;
    bool descending = true; ///< for a chosen column; Newest is always newest first
};

} // namespace td
