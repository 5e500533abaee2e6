#pragma once

#include "domain/casestatus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace td {

/// Which incidents (and so which cases) a statistics table counts. Every condition left empty
/// lets everything through.
struct StatisticsFilter
{
    QDate from; ///< first incident date counted; invalid: no lower bound
    QDate to; ///< last incident date counted (inclusive); invalid: no upper bound
    /// The assigned caseworker, compared ignoring case and surrounding spaces; empty: all.
    QString caseworker;
    QList<CaseStatus> statuses; ///< the case statuses counted; empty: all

    friend bool operator==(const StatisticsFilter &, const StatisticsFilter &) = default;
};

} // namespace td
