#include "officestatus.h"

#include <QCoreApplication>

namespace td::ui::OfficeStatus {

QString roleName(const QString &role)
{
    if (role == QLatin1String("caseworker"))
        return QCoreApplication::translate("OfficeStatus", "caseworker");
    if (role == QLatin1String("supervisor"))
        return QCoreApplication::translate("OfficeStatus", "supervisor");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("OfficeStatus", "admin");
    return role;
}

QString serverLabel(
    const QString &database, const QString &host, const QString &login, const QString &role)
{
    if (role.isEmpty())
        return QCoreApplication::translate("OfficeStatus", "Office server: %1 on %2, login %3")
            .arg(database, host, login);
    return QCoreApplication::translate("OfficeStatus", "Office server: %1 on %2, login %3 (%4)")
        .arg(database, host, login, roleName(role));
}

} // namespace td::ui::OfficeStatus
