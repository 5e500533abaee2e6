#pragma once

#include "domain/casefile.h"
#include "domain/redactionpolicy.h"

#include <QJsonObject>
#include <QStringList>

namespace td {

/// One case as an object of the TrustDesk JSON interchange format (docs/interchange-format.md).
/// Writing asks a RedactionPolicy: withheld client fields are left out, never blanked.
/// Reading is strict: each problem is recorded with the path of its field.
namespace CaseJson {

QJsonObject write(const CaseFile &caseFile, const RedactionPolicy &policy);
/// Reads a case object; problems are appended as "path: message" with paths under `path`.
CaseFile read(const QJsonObject &object, const QString &path, QStringList &problems);
/// The interchange keys of the fields a policy withholds ("a_number", ...), in the domain's order.
QStringList withheldKeys(const RedactionPolicy &policy);

} // namespace CaseJson
} // namespace td
