#pragma once

#include "domain/captureorigin.h"

#include <QString>

namespace td::EvidenceLabels {

/// What a person reads for a stored source code ("client", "witness", "officer", "other");
/// an unknown code is shown as it is.
QString source(const QString &code);

/// What a person reads for a custody action code ("import", "view", "export", "verify",
/// "remove", "edit"); an unknown code is shown as it is.
QString custodyAction(const QString &code);

/// "redacted copy of item N": how a redacted copy is labelled in lists, reports and exports.
QString redactedCopyOf(qint64 parentId);

/// "redacted copy of NAME": how the evidence list labels a copy, by the original's display name
/// (a caseworker knows the photo by its file name, never by the database's number).
QString redactedCopyOfFile(const QString &originalDisplayName);

/// Where a captured time came from, as a phrase for a note beside it: "camera clock", "time the
/// file was last changed", "entered by the caseworker", "source of the time not recorded".
QString capturedOrigin(CaptureOrigin origin);

/// The same, short enough for a table cell ("camera clock", "file changed", "entered"); empty
/// when not recorded.
QString capturedOriginShort(CaptureOrigin origin);

/// How a person reads a captured time already formatted as `when` (in the office's time zone,
/// named): "Photo taken 3 Dec 2026, 14:05 EST (camera clock)", "File last changed 3 Dec 2026,
/// 14:05 EST (not necessarily when the photo was taken)". Photos (`mediaType` image/…) are
/// "taken"; other files "recorded" or "made".
QString capturedSentence(const QString &when, CaptureOrigin origin, const QString &mediaType);

} // namespace td::EvidenceLabels
