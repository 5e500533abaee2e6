#pragma once

#include <QString>

namespace td {

/// Case references look like TD-2026-00042: prefix, year opened, sequence within that year.
namespace CaseReference {
QString make(int year, int sequence);
bool isValid(const QString &reference);
/// The year part of a valid reference, or 0.
int year(const QString &reference);
/// The sequence part of a valid reference, or 0.
int sequence(const QString &reference);
} // namespace CaseReference

} // namespace td
