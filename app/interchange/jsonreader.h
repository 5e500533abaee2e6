#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

namespace td {

/// Reads one JSON object strictly: every value's type is checked, every key must be known, and
/// each problem is recorded with the path of the field ("incidents[0].date").
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList &problems);

    QString string(const char *key, bool required = false);
    bool boolean(const char *key);
    qint64 integer(const char *key);
    QDate date(const char *key, bool required = false);
    QTime time(const char *key);
    QDateTime dateTime(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key, bool required = false);
    /// Records any key that was never read as unknown.
    void finish();

    QString pathOf(const char *key) const;

private:
    QJsonValue take(const char *key, bool required);
    void problem(const char *key, const QString &message);

    QJsonObject m_object;
    QString m_path;
    QStringList &m_problems;
    QSet<QString> m_read;
};

} // namespace td
