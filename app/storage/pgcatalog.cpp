#include "pgcatalog.h"

#include "database.h"
#include "sqlerror.h"

#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

namespace td::PgCatalog {

QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

Result<QStringList> tables(Database &db, const QString &what)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                               " WHERE table_schema = current_schema()"
                               " AND table_type = 'BASE TABLE' ORDER BY table_name")))
        return sqlError(q.lastError(), what);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> columns(Database &db, const QString &table, const QString &what)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns"
                             " WHERE table_schema = current_schema() AND table_name = ?"
                             " AND is_generated = 'NEVER' ORDER BY ordinal_position"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(q.lastError(), what);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Status resetIdentities(Database &db, const QString &what)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                               " WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return sqlError(q.lastError(), what);
    QList<QPair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : identities) {
        QSqlQuery set(db.connection());
        set.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?),"
                                   " coalesce((SELECT max(%1) FROM %2), 0) + 1, false)")
                        .arg(quoted(column), quoted(table)));
        set.addBindValue(quoted(table));
        set.addBindValue(column);
        if (!set.exec())
            return sqlError(set.lastError(), what);
    }
    return {};
}

} // namespace td::PgCatalog
