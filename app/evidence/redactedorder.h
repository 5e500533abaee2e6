#pragma once

#include "storedevidence.h"

#include <QHash>
#include <QList>

namespace td {

/// Reports, exports and the evidence list offer a redacted copy first: each copy is placed right
/// before the item it was made from (newest copy first), everything else keeps its order. A copy
/// whose original was removed stays where it is.
QList<StoredEvidence> redactedCopiesFirst(const QList<StoredEvidence> &items);
/// The same for a case's items, given which are copies (redactedCopyParents).
QList<EvidenceItem> redactedCopiesFirst(
    const QList<EvidenceItem> &items, const QHash<qint64, qint64> &parentOf);

/// Copy id → the id of the item it was made from, for the redacted copies among `items`.
QHash<qint64, qint64> redactedCopyParents(const QList<StoredEvidence> &items);

} // namespace td
