#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace td::MetadataScrubber {

/// What became of a file's metadata on its way out of the app.
enum class Outcome
{
    Stripped, ///< same format, metadata removed, image data untouched
    Unsupported, ///< a kind of file whose metadata TrustDesk cannot remove (video, audio,
                 ///< office documents, GIF/WebP/TIFF/HEIC images): said so wherever it goes
};

struct Scrubbed
{
    Outcome outcome = Outcome::Unsupported;
    QByteArray bytes; ///< the clean copy (Stripped)
    QString suffix; ///< file name extension of the clean copy, without the dot ("jpg", "png")
    QStringList removed; ///< untranslated names of what was taken out, for the manifest
};

/// The kinds of file scrubbing knows, by their first bytes.
enum class Kind
{
    Jpeg,
    Png,
    Pdf,
    Other,
};
Kind kindOf(const QByteArray &head);

/// A copy of a JPEG or PNG without metadata, losslessly (imagemetadata.h); Unsupported for
/// anything else; a damaged image is BadInput. `bytes` is untrusted. (Re-encoding other formats
/// would need Qt Gui, which the core does not load.)
Result<Scrubbed> scrubImage(const QByteArray &bytes);

/// Writes `output` as `input` without the PDF's document information and document-level XMP
/// metadata, by letting qpdf rebuild the file from its pages alone, inside the sandbox
/// (common/sandbox.h). Refused (Io) when the sandbox or qpdf is not available: an untrusted PDF is
/// never parsed unconfined. `output` must not exist.
Status scrubPdf(const QString &input, const QString &output);

/// The qpdf program scrubPdf runs.
QString qpdfPath();

} // namespace td::MetadataScrubber
