#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace td {

/// What happened to the metadata of one exported copy.
struct CleanedCopy
{
    enum class Metadata
    {
        Removed, ///< there was some and it is gone
        NoneFound, ///< a format we clean, carrying nothing
        Kept, ///< copied as stored because a person chose to include metadata
        NotRemovable, ///< a format TrustDesk cannot clean (video, audio, documents…)
    };
    Metadata metadata = Metadata::NotRemovable;
    QStringList removed; ///< untranslated names of what was taken out ("EXIF", "XMP"…)
    QString suffix; ///< the file name extension the copy should have, without the dot
    QString sha256; ///< of the file as it is now in the export folder
};

/// Removes the metadata of a plaintext copy that is about to leave the app (an evidence export):
/// JPEG and PNG losslessly in memory, PDF through qpdf in the sandbox (MetadataScrubber); the
/// copy at `path` is replaced atomically by the clean one in the same folder, owner-only. The
/// original in the evidence store is never touched. A file of a cleanable kind that cannot be
/// cleaned (damaged, too large to clean in memory, qpdf missing) is an error: it must not leave
/// with its metadata unless a person includes metadata on purpose.
Result<CleanedCopy> cleanExportedCopy(const QString &path, const QString &originalName);

/// The extension to give a copy kept as stored: the original's, when it is plain.
QString plainSuffix(const QString &originalName);

} // namespace td
