#include "caseworkerlist.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace td {

Result<QStringList> assignedCaseworkers(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // One spelling per caseworker: the most used, ties to the first in sort order.
    if (!q.exec(QStringLiteral("SELECT lower(trim(assigned_caseworker)), trim(assigned_caseworker),"
                               " COUNT(*) FROM cases WHERE trim(coalesce(assigned_caseworker, ''))"
                               " <> '' GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2")))
        return sqlError(q.lastError(),
            QCoreApplication::translate("Statistics", "The caseworkers could not be read."));
    QStringList names;
    QString lastKey;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!names.isEmpty() && key == lastKey)
            continue;
        lastKey = key;
        names.append(q.value(1).toString());
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace td
