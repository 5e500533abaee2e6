#include "databasewatcher.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <utility>

namespace td {

DatabaseWatcher::DatabaseWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (m_database.dialect() == SqlDialect::Postgres)
        listen();
    else
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

QString DatabaseWatcher::channel()
{
    return QStringLiteral("trustdesk_cases_changed");
}

void DatabaseWatcher::listen()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver)
        return;
    if (!m_connected) {
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                onNotification(name, int(source));
            });
        m_connected = true;
    }
    // A reconnect (Database::reconnect) ends the session and with it the LISTEN: renew it.
    if (!driver->subscribedToNotifications().contains(channel()))
        (void)driver->subscribeToNotification(channel()); // fails only while the server is away
}

void DatabaseWatcher::onNotification(const QString &name, int source)
{
    if (name != channel() || source == int(QSqlDriver::SelfSource))
        return;
    m_notified = true;
    // Stopped (interval 0): the owner looks by hand, as on SQLite; checkNow() reports it.
    if (m_timer.isActive())
        emit changed();
}

bool DatabaseWatcher::checkNow()
{
    if (m_database.dialect() == SqlDialect::Postgres) {
        // Qt marks the connection closed once a query met a dead session. Colleagues' saves
        // made while it was down were never announced: reconnect, then refresh everything.
        if (!m_database.connection().isOpen()) {
            if (!m_database.reconnect())
                return false; // still away: the next look tries again
            listen();
            emit changed();
            return true;
        }
        listen();
        if (!std::exchange(m_notified, false))
            return false;
        if (!m_timer.isActive())
            emit changed(); // not emitted when the notification came
        return true;
    }
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
