#pragma once

#include "domain/casefile.h"

#include <QList>
#include <QTextStream>

namespace td::cli {

/// Prints case-list rows: one case a line, reference first, tab-separated; or a JSON array with
/// the keys reference, status, client_name, opened_on, last_incident_on, assigned_caseworker.
void printSummaries(QTextStream &out, const QList<CaseSummary> &cases, bool json);

} // namespace td::cli
