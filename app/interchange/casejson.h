#pragma once

#include "domain/casefile.h"
#include "domain/redactionpolicy.h"

#include <QJsonObject>
#include <QStringList>

namespace td {

/// One case as an object of the TrustDesk JSON interchange format (docs/interchange-format.md).
/// Writing asks a RedactionPolicy: withheld client fields and witness contacts are left out, never
/// blanked (the file's withheld_fields lists them: RedactionPolicy::withheldKeys()).
/// Reading is strict: each problem is recorded with the path of its field.
namespace CaseJson {

QJsonObject write(const CaseFile &caseFile, const RedactionPolicy &policy);
/// Reads a case object; problems are appended as "path: message" with paths under `path`.
CaseFile read(const QJsonObject &object, const QString &path, QStringList &problems);

} // namespace CaseJson
} // namespace td
