#pragma once

#include <QDate>
#include <QString>

namespace td {

/// A date as people read it in the current locale, always with a four-digit year
/// (a two-digit year is ambiguous on a case that may span decades of someone's life).
QString displayDate(const QDate &date);

} // namespace td
