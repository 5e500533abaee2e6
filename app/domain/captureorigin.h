#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace td {

/// Where an evidence item's "captured" time came from, so that a reader can weigh it: the
/// photo's own clock, the file's modification time (which a copy, an edit or a messaging app may
/// have changed), or a caseworker's entry. Stored as evidence.captured_origin and written to case
/// files and evidence manifests as its code (docs/evidence.md, "When it was captured").
enum class CaptureOrigin
{
    Unknown, ///< "unknown": not recorded (items stored before TrustDesk kept it, older case files)
    Camera, ///< "camera": the photo's EXIF DateTimeOriginal, with its offset when it has one
    FileModified, ///< "file_modified": the file's modification time when it was attached
    Caseworker, ///< "caseworker": entered or corrected by a caseworker
};

/// The stable code stored in the database and written to JSON ("file_modified").
QString captureOriginCode(CaptureOrigin origin);
std::optional<CaptureOrigin> captureOriginFromCode(const QString &code);
/// Every code, in the order of the enumeration (for messages and schemas).
QStringList captureOriginCodes();

} // namespace td
