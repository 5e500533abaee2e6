#pragma once

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

} // namespace td::EvidenceLabels
