#include "backupsummary.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace td {

Result<BackupSummary> BackupSummary::of(Database &db)
{
    BackupSummary summary;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next())
        return sqlError(q.lastError(),
            QCoreApplication::translate("BackupSummary", "The cases could not be counted"));
    summary.cases = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT max(occurred_at) FROM audit_events")) || !q.next())
        return sqlError(q.lastError(),
            QCoreApplication::translate("BackupSummary", "The audit log could not be read"));
    summary.lastChange = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return summary;
}

Result<BackupSummary> BackupSummary::ofFile(const QString &path, const SecureKey *dataKey)
{
    auto opened = dataKey ? Database::open(path, Database::OpenMode::ReadOnly, *dataKey)
                          : Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    return of(**opened);
}

} // namespace td
