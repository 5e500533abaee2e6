#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace td {

/// A date as people read it in the current locale, always with a four-digit year
/// (a two-digit year is ambiguous on a case that may span decades of someone's life).
/// The one date style of the interface: the case list, the detail pane, dialogs, CLI listings.
QString displayDate(const QDate &date);
/// The same style in another locale: a document uses the style of its own language.
QString displayDate(const QDate &date, const QLocale &locale);
/// A moment in the current locale, in local time: the date as displayDate, then the short time.
QString displayDateTime(const QDateTime &moment);
/// A moment in the given time zone, followed by the zone's abbreviation ("EST"), so a time read
/// elsewhere is not mistaken for local time.
QString displayDateTime(const QDateTime &moment, const QTimeZone &zone);

} // namespace td
