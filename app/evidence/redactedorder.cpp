#include "redactedorder.h"

#include <QHash>
#include <QSet>

namespace td {
namespace {

template<typename T, typename IdOf, typename ParentOf>
QList<T> copiesFirst(const QList<T> &items, IdOf idOf, ParentOf parentOf)
{
    QSet<qint64> ids;
    for (const auto &e : items)
        ids.insert(idOf(e));
    QHash<qint64, QList<T>> copies; // original's id → its copies, newest first
    for (const auto &e : items) {
        if (parentOf(e) != 0 && ids.contains(parentOf(e)))
            copies[parentOf(e)].prepend(e);
    }
    QList<T> out;
    out.reserve(items.size());
    for (const auto &e : items) {
        if (parentOf(e) != 0 && ids.contains(parentOf(e)))
            continue; // placed before its original
        out.append(copies.value(idOf(e)));
        out.append(e);
    }
    return out;
}

} // namespace

QList<StoredEvidence> redactedCopiesFirst(const QList<StoredEvidence> &items)
{
    return copiesFirst(
        items, [](const StoredEvidence &e) { return e.item.id; },
        [](const StoredEvidence &e) { return e.parentId; });
}

QList<EvidenceItem> redactedCopiesFirst(
    const QList<EvidenceItem> &items, const QHash<qint64, qint64> &parentOf)
{
    return copiesFirst(
        items, [](const EvidenceItem &e) { return e.id; },
        [&parentOf](const EvidenceItem &e) { return parentOf.value(e.id); });
}

QHash<qint64, qint64> redactedCopyParents(const QList<StoredEvidence> &items)
{
    QHash<qint64, qint64> out;
    for (const auto &e : items) {
        if (e.isRedactedCopy())
            out.insert(e.item.id, e.parentId);
    }
    return out;
}

} // namespace td
