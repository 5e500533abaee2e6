#pragma once

#include "captureorigin.h"

#include <QDateTime>
#include <QString>

namespace td {

/// Metadata of one piece of evidence; the file itself lives in the content-addressed store.
struct EvidenceItem
{
    qint64 id = 0;
    QString originalName;
    QString mediaType;
    qint64 sizeBytes = 0;
    QString sha256; ///< lowercase hex
    QDateTime capturedAt;
    CaptureOrigin capturedOrigin = CaptureOrigin::Unknown; ///< where capturedAt came from
    QString addedBy;
    QDateTime addedAt;
    QString description;
    QString source; ///< "client", "witness", "officer" or "other"

    friend bool operator==(const EvidenceItem &, const EvidenceItem &) = default;
};

} // namespace td
