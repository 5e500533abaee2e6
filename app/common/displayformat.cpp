#include "displayformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace td {

QString displayDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        static const QRegularExpression twoDigitYear(QStringLiteral("y+"));
        format.replace(twoDigitYear, QStringLiteral("yyyy"));
    }
    return locale.toString(date, format);
}

} // namespace td
