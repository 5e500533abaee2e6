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
};

} // namespace td
