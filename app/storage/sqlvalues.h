#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <QVariant>

namespace td::SqlValues {

// Dates are stored as ISO 8601 text so the schema reads the same on SQLite and PostgreSQL.
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}
inline QVariant time(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType::fromType<QString>());
}
inline QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODate))
                        : QVariant(QMetaType::fromType<QString>());
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QTime toTime(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}
inline QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}
// Text columns are NOT NULL: a null QString (never set) is stored as the empty string.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
inline QVariant boolean(bool b)
{
    return b ? 1 : 0;
}

} // namespace td::SqlValues
