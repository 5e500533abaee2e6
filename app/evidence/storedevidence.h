#pragma once

#include "domain/evidenceitem.h"

#include <QString>

namespace td {

/// An evidence row as the store sees it: the metadata, its case, and whether the bytes were
/// attached (in the store) or only the metadata arrived (an interchange import, demo data).
struct StoredEvidence
{
    EvidenceItem item;
    qint64 caseId = 0;
    QString caseReference;
    bool inStore = false;
    /// For a redacted copy: the item it was made from (0 for an original, which may also be kept
    /// after its original was removed), and the RedactionRecord as JSON.
    qint64 parentId = 0;
    QString redaction;

    bool isRedactedCopy() const { return parentId != 0; }
};

} // namespace td
