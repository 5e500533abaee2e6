#include "jsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace td {

JsonReader::JsonReader(const QJsonObject &object, QString path, QStringList &problems)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
{ }

QString JsonReader::pathOf(const char *key) const
{
    const QString k = QString::fromLatin1(key);
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

void JsonReader::problem(const char *key, const QString &message)
{
    m_problems.append(QStringLiteral("%1: %2").arg(pathOf(key), message));
}

QJsonValue JsonReader::take(const char *key, bool required)
{
    const QString k = QString::fromLatin1(key);
    m_read.insert(k);
    const QJsonValue v = m_object.value(k);
    if (v.isUndefined() && required)
        problem(key, QCoreApplication::translate("JsonReader", "is required but missing."));
    return v;
}

QString JsonReader::string(const char *key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || (v.isNull() && !required))
        return QString();
    if (!v.isString()) {
        problem(key, QCoreApplication::translate("JsonReader", "must be text."));
        return QString();
    }
    if (required && v.toString().trimmed().isEmpty())
        problem(key, QCoreApplication::translate("JsonReader", "must not be empty."));
    return v.toString();
}

bool JsonReader::boolean(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        problem(key, QCoreApplication::translate("JsonReader", "must be true or false."));
    return v.toBool();
}

qint64 JsonReader::integer(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return 0;
    const double d = v.toDouble(-1.5);
    // Range first: converting a double outside qint64 (1e36 in a file) is undefined behaviour.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    if (!v.isDouble() || !(d >= -kTwoTo63 && d < kTwoTo63) || d != std::trunc(d)) {
        problem(key, QCoreApplication::translate("JsonReader", "must be a whole number."));
        return 0;
    }
    return static_cast<qint64>(d);
}

QDate JsonReader::date(const char *key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined() || v.isNull()) {
        if (required && v.isNull())
            problem(key, QCoreApplication::translate("JsonReader", "is required."));
        return {};
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    if (!d.isValid() || !shape.match(v.toString()).hasMatch())
        problem(key, QCoreApplication::translate("JsonReader", "must be a date like 2026-03-01."));
    return d;
}

QTime JsonReader::time(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    const QTime t
        = v.isString() ? QTime::fromString(v.toString(), QStringLiteral("HH:mm")) : QTime();
    if (!t.isValid())
        problem(key, QCoreApplication::translate("JsonReader", "must be a time like 14:30."));
    return t;
}

QDateTime JsonReader::dateTime(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    QDateTime dt = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODate) : QDateTime();
    if (!dt.isValid() || !v.toString().endsWith(QLatin1Char('Z'))) {
        problem(key,
            QCoreApplication::translate(
                "JsonReader", "must be a UTC date and time like 2026-03-01T14:30:00Z."));
        return {};
    }
    return dt.toUTC();
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        problem(key, QCoreApplication::translate("JsonReader", "must be a list."));
    return v.toArray();
}

QJsonObject JsonReader::object(const char *key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        problem(key, QCoreApplication::translate("JsonReader", "must be an object."));
        return {};
    }
    return v.toObject();
}

void JsonReader::finish()
{
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            unknown.append(it.key());
    }
    for (const auto &key : std::as_const(unknown)) {
        const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
        m_problems.append(QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("JsonReader", "is not a known field.")));
    }
}

} // namespace td
