#include "displayformat.h"

#include <QRegularExpression>

namespace td {

QString displayDate(const QDate &date)
{
    return displayDate(date, QLocale());
}

QString displayDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        static const QRegularExpression twoDigitYear(QStringLiteral("y+"));
        format.replace(twoDigitYear, QStringLiteral("yyyy"));
    }
    return locale.toString(date, format);
}

QString displayDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return displayDate(local.date()) + QLatin1Char(' ')
        + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString displayDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    const QDateTime there = moment.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    return QStringLiteral("%1 %2 %3")
        .arg(displayDate(there.date()), QLocale().toString(there.time(), QLocale::ShortFormat),
            there.timeZoneAbbreviation());
}

} // namespace td
