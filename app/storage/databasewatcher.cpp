#include "databasewatcher.h"

#include "database.h"

#include <QSqlQuery>

namespace td {

DatabaseWatcher::DatabaseWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_lastVersion = dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
    setInterval(kDefaultIntervalMs);
}

void DatabaseWatcher::setInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

bool DatabaseWatcher::checkNow()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_lastVersion)
        return false;
    m_lastVersion = version;
    emit changed();
    return true;
}

qint64 DatabaseWatcher::dataVersion() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1; // busy or closed: look again next time
    return q.value(0).toLongLong();
}

} // namespace td
