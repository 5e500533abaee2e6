#pragma once

#include "common/result.h"
#include "storedevidence.h"

#include <QList>
#include <QVariantList>

namespace td {

class Database;

namespace EvidenceRows {

/// Evidence rows joined with their case reference; `where` is an SQL condition over `e` (evidence)
/// and `c` (cases) with `?` placeholders for `values`. Ordered by id.
Result<QList<StoredEvidence>> select(
    Database &db, const QString &where, const QVariantList &values = {});

} // namespace EvidenceRows
} // namespace td
