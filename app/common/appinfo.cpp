#include "appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace td {

void initApplicationInfo()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("trustdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUSTDESK_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("trustdesk.sqlite"));
}

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace td
