#include "appinfo.h"

#include "caseworkerprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <unistd.h>

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
    const CaseworkerProfile profile = CaseworkerProfile::current();
    if (!profile.isEmpty())
        return profile.actor();
    // No profile: say so, with the account's number from the kernel (not from $USER, which any
    // caller can set), rather than invent a name.
    return QStringLiteral("unnamed (no caseworker profile, uid %1)").arg(::getuid());
}

} // namespace td
